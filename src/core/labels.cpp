#include "core/labels.hpp"

#include <algorithm>
#include <cctype>
#include <set>

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

bool relationAllows(const Label& relation, const std::string& fromLabel, const std::string& toLabel) {
    auto has = [](const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); };
    return has(relation.from, fromLabel) && has(relation.to, toLabel);
}

namespace {

bool isColor(const std::string& c) {
    if (c.size() != 7 || c[0] != '#') return false;
    for (std::size_t i = 1; i < 7; ++i)
        if (!std::isxdigit(static_cast<unsigned char>(c[i]))) return false;
    return true;
}

// One key on the keyboard: a single code point.
bool isSingleCharacter(const std::string& key) {
    if (key.empty()) return false;
    const auto lead = static_cast<unsigned char>(key[0]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    return key.size() == length;
}

std::optional<Error> checkOne(const Label& l, const std::vector<Label>& labels, std::set<std::string>& names,
                              std::set<std::string>& keys) {
    const std::string where = "label " + (l.name.empty() ? std::string("(no name)") : l.name);
    if (l.name.empty()) return Error{where, "a label needs a name"};
    if (!names.insert(l.name).second) return Error{where, "the name " + l.name + " is used twice"};
    if (!l.color.empty() && !isColor(l.color))
        return Error{where, "colour \"" + l.color + "\" is not of the form #rrggbb"};
    if (!l.key.empty()) {
        if (!isSingleCharacter(l.key)) return Error{where, "key \"" + l.key + "\" is not a single character"};
        if (!keys.insert(l.key).second) return Error{where, "key \"" + l.key + "\" is used by another label"};
    }
    if (l.kind == LabelKind::Span) {
        if (!l.from.empty() || !l.to.empty()) return Error{where, "a span label has no from or to"};
        return std::nullopt;
    }
    if (l.from.empty() || l.to.empty()) return Error{where, "a relation label needs span labels in from and to"};
    for (const auto* side : {&l.from, &l.to})
        for (const std::string& end : *side) {
            const Label* target = findLabel(labels, end);
            if (!target || target->kind != LabelKind::Span)
                return Error{where, "\"" + end + "\" in " + (side == &l.from ? "from" : "to") + " is not a span label"};
        }
    return std::nullopt;
}

}  // namespace

std::optional<Error> checkLabels(const std::vector<Label>& labels, std::size_t* index) {
    std::set<std::string> names, keys;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (auto e = checkOne(labels[i], labels, names, keys)) {
            if (index) *index = i;
            return e;
        }
    }
    return std::nullopt;
}

}  // namespace spanmark
