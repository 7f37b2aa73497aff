#pragma once
#include <string>
#include <vector>

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
};

// ACTOR, PLACE, FIGURE, QUOTE and the SPEAKER relation of the file format.
std::vector<Label> defaultLabels();

const Label* findLabel(const std::vector<Label>& labels, const std::string& name);

}  // namespace spanmark
