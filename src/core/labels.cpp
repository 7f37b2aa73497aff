#include "core/labels.hpp"

namespace spanmark {

std::vector<Label> defaultLabels() {
    return {
        {"ACTOR", LabelKind::Span, "#4e79a7", "1", {}, {}, {}},
        {"PLACE", LabelKind::Span, "#59a14f", "2", {}, {}, {}},
        {"FIGURE", LabelKind::Span, "#f28e2b", "3", {}, {}, {}},
        {"QUOTE", LabelKind::Span, "#b07aa1", "4", {}, {}, {}},
        {"SPEAKER", LabelKind::Relation, "", "r", {"QUOTE"}, {"ACTOR"}, {}},
    };
}

const Label* findLabel(const std::vector<Label>& labels, const std::string& name) {
    for (const Label& l : labels)
        if (l.name == name) return &l;
    return nullptr;
}

}  // namespace spanmark
