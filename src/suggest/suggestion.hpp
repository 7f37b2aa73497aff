#pragma once
// What the rules propose. A suggestion names spans by their bounds and
// label, not by id: it may refer to a span that exists, or to one that
// accepting the suggestion will create.
#include <algorithm>
#include <string>
#include <vector>

#include "core/boundaries.hpp"

namespace spanmark::suggest {

// The rule families, kept on each suggestion so a reviewer (and the file's
// `suggested` attribute) can tell where it came from.
namespace rule {
inline constexpr const char* figure = "figure";
inline constexpr const char* quote = "quote";
inline constexpr const char* speaker = "speaker";
inline constexpr const char* propagation = "propagation";
inline constexpr const char* tagger = "tagger";  // suggest/tagger.hpp
}  // namespace rule

struct SpanSuggestion {
    Range range;
    std::string label;
    std::string rule;
    // A marked span's other keys from the file (a merge's "annotators" and
    // "difference"), kept on the span when the suggestion is accepted.
    std::string extraJson = {};
    // The merge difference it is a variant of ("d3"); variants of one settle together.
    std::string difference = {};
    // How sure the learned tagger is (0..1); the rules' suggestions are 1.
    float confidence = 1.0f;
    bool operator==(const SpanSuggestion&) const = default;
};

// The order of Suggestions::spans: by start, end, then label; and "the same
// place and label" for finding one in it.
inline bool spanOrder(const SpanSuggestion& a, const SpanSuggestion& b) {
    return a.range.begin != b.range.begin ? a.range.begin < b.range.begin
           : a.range.end != b.range.end   ? a.range.end < b.range.end
                                          : a.label < b.label;
}
inline bool samePlace(const SpanSuggestion& a, const SpanSuggestion& b) { return a.range == b.range && a.label == b.label; }
// Sorted, one per place and label; of equals the first kept, so a rule's
// own suggestion wins over propagation's when it came first.
inline void sortSpans(std::vector<SpanSuggestion>& spans) {
    std::stable_sort(spans.begin(), spans.end(), spanOrder);
    spans.erase(std::unique(spans.begin(), spans.end(), samePlace), spans.end());
}

// A SPEAKER (or other QUOTE -> ACTOR relation) between a quote and an actor.
struct RelationSuggestion {
    std::string label;
    Range from;
    std::string fromLabel;
    Range to;
    std::string toLabel;
    std::string rule;
    bool operator==(const RelationSuggestion&) const = default;
};

struct Suggestions {
    std::vector<SpanSuggestion> spans;          // sorted by (begin, end, label)
    std::vector<RelationSuggestion> relations;  // sorted by the quote's position
    bool empty() const { return spans.empty() && relations.empty(); }
};

}  // namespace spanmark::suggest
