#pragma once
// What the rules propose. A suggestion names spans by their bounds and
// label, not by id: it may refer to a span that exists, or to one that
// accepting the suggestion will create.
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
}  // namespace rule

struct SpanSuggestion {
    Range range;
    std::string label;
    std::string rule;
    bool operator==(const SpanSuggestion&) const = default;
};

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
