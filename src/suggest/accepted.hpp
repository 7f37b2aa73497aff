#pragma once
// What accepting every suggestion would add to a document, without building
// a Span for each: the new spans as suggestions with ids by position, and
// the new relations with their ends' ids. The CLI's suggest writes 700,000
// suggestions on a 20 MB text straight to the file from this, in a fraction
// of the memory of acceptEdit's operations (which the editor uses, for undo).
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/result.hpp"
#include "suggest/suggestion.hpp"

namespace spanmark::suggest {

struct Accepted {
    std::vector<SpanSuggestion> spans;  // the new spans, in file order; spans[i] is "s" + (firstSpanNumber + i)
    std::size_t firstSpanNumber = 1;
    std::vector<RelationSuggestion> relations;  // the new relations; relations[i] is "r" + (firstRelationNumber + i)
    std::size_t firstRelationNumber = 1;

    // A new relation with the ids of its ends, made when it is written: kept
    // for all 175,000 relations of a 20 MB text, the ids alone took 20 MB.
    struct Link {
        std::string label, from, to, rule;  // from and to are span ids
    };
    Link link(const Document& doc, std::size_t i) const;
    // The id of the span at these bounds: the document's, or a new one's.
    std::string idOf(const Document& doc, Range range, const std::string& label) const;
};

// Takes the suggestions (their storage becomes the result's), spans sorted
// as Suggestions keeps them. Refuses, as applying acceptEdit's edit would, a
// label the document's set does not allow.
Result<Accepted> acceptAll(const Document& doc, Suggestions&& found);

// The extra member a suggested span or relation carries: {"suggested": RULE}.
std::string suggestedMark(const std::string& rule);
// The same with what takeMarked keeps apart: a merge's difference and the
// other extra keys ({"annotators": […]}), so a suggestion marked again reads back as it was.
std::string suggestedMark(const std::string& rule, const std::string& difference, const std::string& extraJson);
// A string member of such extra keys (a JSON object's text), or empty.
std::string markString(const std::string& extraJson, const std::string& key);
// A number member of such extra keys, if it is one.
std::optional<double> markNumber(const std::string& extraJson, const std::string& key);
// The extra key the tagger's suggestions carry: {"confidence": 0.873}.
std::string confidenceMark(double confidence);
// The strings of a member that is an array of them, in order.
std::vector<std::string> markList(const std::string& extraJson, const std::string& key);
// The names of a member that is an array of strings, joined: "anna, ben".
std::string markNames(const std::string& extraJson, const std::string& key);
// The extra keys without one member, a string or a number ("{}" and empty both come back empty).
std::string withoutMark(const std::string& extraJson, const std::string& key);

}  // namespace spanmark::suggest
