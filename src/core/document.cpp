#include "core/document.hpp"

#include <cstdio>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace spanmark {

std::optional<Error> checkDocumentId(const std::string& id) {
    if (id.empty()) return Error{"/document/id", "a document needs a non-empty string id"};
    for (std::size_t i = 0; i < id.size(); ++i) {
        const auto c = static_cast<unsigned char>(id[i]);
        if (c < 0x20 || c == 0x7f) {
            char code[8];
            std::snprintf(code, sizeof code, "U+%04X", c);
            return Error{"/document/id", std::string("the id holds the control character ") + code + " at byte " +
                                             std::to_string(i) + "; ids name drafts and files, so control characters are refused"};
        }
    }
    return std::nullopt;
}
namespace {

bool allows(const std::vector<std::string>& names, const std::string& label) {
    return std::find(names.begin(), names.end(), label) != names.end();
}

std::string range(std::size_t a, std::size_t b) {
    return "[" + std::to_string(a) + ", " + std::to_string(b) + ")";
}

// The rules a span meets on its own: a span label, found however the caller
// finds labels, and a non-empty range inside the text.
std::optional<Error> spanFits(const std::string& where, const Span& s, const Label* label, std::size_t textSize) {
    if (!label) return Error{where, "label \"" + s.label + "\" is not in the document's label set"};
    if (label->kind != LabelKind::Span) return Error{where, "\"" + s.label + "\" is a relation label, not a span label"};
    if (s.start >= s.end) return Error{where, "the span " + range(s.start, s.end) + " is empty"};
    if (s.end > textSize)
        return Error{where, "the span " + range(s.start, s.end) + " ends past the text, which has " +
                                std::to_string(textSize) + " code points"};
    return std::nullopt;
}

}  // namespace

std::optional<Error> Document::checkSpan(const Span& s, const std::string* replacing) const {
    const std::string where = "span " + (s.id.empty() ? std::string("(no id)") : s.id);
    if (s.id.empty()) return Error{where, "a span needs an id"};
    if (annotations.span(s.id) && !(replacing && *replacing == s.id))
        return Error{where, "the id " + s.id + " is used by another span"};
    if (auto bad = spanFits(where, s, findLabel(labels, s.label), text.size())) return bad;
    if (const Span* twin = annotations.find(s.start, s.end, s.label); twin && !(replacing && *replacing == twin->id))
        return Error{where, "span " + twin->id + " already has the same start, end and label " + s.label};
    return std::nullopt;
}

std::optional<Error> Document::checkRelation(const Relation& r, const std::string* replacing) const {
    const std::string where = "relation " + (r.id.empty() ? std::string("(no id)") : r.id);
    if (r.id.empty()) return Error{where, "a relation needs an id"};
    if (annotations.relation(r.id) && !(replacing && *replacing == r.id))
        return Error{where, "the id " + r.id + " is used by another relation"};
    const Label* label = findLabel(labels, r.label);
    if (!label) return Error{where, "label \"" + r.label + "\" is not in the document's label set"};
    if (label->kind != LabelKind::Relation)
        return Error{where, "\"" + r.label + "\" is a span label, not a relation label"};
    const Span* from = annotations.span(r.from);
    if (!from) return Error{where, "it starts at span " + r.from + ", which does not exist"};
    const Span* to = annotations.span(r.to);
    if (!to) return Error{where, "it ends at span " + r.to + ", which does not exist"};
    if (!allows(label->from, from->label))
        return Error{where, r.label + " cannot start at span " + r.from + ", which is " + from->label};
    if (!allows(label->to, to->label))
        return Error{where, r.label + " cannot end at span " + r.to + ", which is " + to->label};
    return std::nullopt;
}

std::optional<Error> checkDocument(const Document& doc) {
    if (auto bad = checkDocumentId(doc.id)) return bad;
    if (auto bad = checkLabels(doc.labels)) return bad;
    std::unordered_map<std::string_view, const Label*> labels;
    for (const Label& l : doc.labels) labels.emplace(l.name, &l);
    std::unordered_set<std::string_view> ids;
    const Span* previous = nullptr;
    std::optional<Error> error;
    doc.annotations.forEachSpan([&](const Span& s) {
        if (error) return;
        const std::string where = "span " + (s.id.empty() ? std::string("(no id)") : s.id);
        auto label = labels.find(s.label);
        if (s.id.empty()) error = Error{where, "a span needs an id"};
        else if (!ids.insert(s.id).second) error = Error{where, "the id " + s.id + " is used by another span"};
        else if (auto bad = spanFits(where, s, label == labels.end() ? nullptr : label->second, doc.text.size())) error = bad;
        else if (previous && previous->start == s.start && previous->end == s.end && previous->label == s.label)
            error = Error{where, "span " + previous->id + " already has the same start, end and label " + s.label};
        previous = &s;
    });
    if (error) return error;
    doc.annotations.forEachRelation([&](const Relation& r) {
        if (!error) error = doc.checkRelation(r, &r.id);
    });
    return error;
}

}  // namespace spanmark
