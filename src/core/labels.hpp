#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace spanmark {

enum class LabelKind { Span, Relation };

struct Label {
    std::string name;
    LabelKind kind = LabelKind::Span;
    std::string color;              // "#rrggbb"
    std::string key;                // one character, the key that applies it
    std::vector<std::string> from;  // relation labels: span labels allowed at each end
    std::vector<std::string> to;
    std::string extraJson;          // keys we do not know, kept for the round trip
    bool operator==(const Label&) const = default;
};

// ACTOR, PLACE, FIGURE, QUOTE and the SPEAKER relation of the file format.
std::vector<Label> defaultLabels();

const Label* findLabel(const std::vector<Label>& labels, const std::string& name);

// A relation label lets a relation start at a span of `fromLabel` and end at one of `toLabel`.
bool relationAllows(const Label& relation, const std::string& fromLabel, const std::string& toLabel);

// A label set is usable when names are unique and non-empty, keys are single
// characters used once, colours are #rrggbb, and relation labels name span
// labels at both ends. The error names the label; `index` is its position.
std::optional<Error> checkLabels(const std::vector<Label>& labels, std::size_t* index = nullptr);

}  // namespace spanmark
