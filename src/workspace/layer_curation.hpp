#pragma once
// A document's curation in team mode, from its annotators' layers and the
// gold begun so far (docs/team.md, "Curating"): the layers merged as
// `spanmark merge` merges files (core/merge.hpp), and, once the curator has
// begun the gold, the gold's own spans and relations in place of the merge's
// accepted ones, with only the differences the gold has not settled (none of
// whose variants it holds) left to review, less the variants the curator
// rejected (the gold's document object: "rejected": ["start:end:LABEL", …]).
#include <optional>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/result.hpp"

namespace spanmark {

struct NamedLayer {
    std::string annotator;
    Document layer;
};

// How a rejected variant is named in the gold's "rejected" list: "start:end:LABEL".
std::string rejectedKey(std::size_t start, std::size_t end, const std::string& label);
struct RejectedVariant {
    std::size_t start = 0, end = 0;
    std::string label;
};
std::optional<RejectedVariant> parseRejectedKey(const std::string& key);
// The variants a gold rejected: its meta's "rejected" (where the workspace
// keeps them, one undo step each) and its document object's (the team record's).
std::vector<std::string> rejectedOf(const Document& gold);

// `gold` null: not begun. Refused, as merge refuses, when the texts differ
// or two layers define one label in two ways; refused with no layer at all.
Result<Document> curationOfLayers(const std::vector<NamedLayer>& layers, const Document* gold);

// The same from JSONL, one spanmark document a line, each naming its
// annotator in its meta ("annotator"); the line whose annotator is "gold" is
// the gold begun so far. Errors say the line.
Result<Document> curationOfLayers(std::string_view jsonl);

}  // namespace spanmark
