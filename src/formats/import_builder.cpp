#include "formats/import_builder.hpp"

#include <algorithm>

namespace spanmark::formats {
namespace {

// Tableau 10: hues that stay apart for most colour-blind readers.
const char* kPalette[] = {"#4e79a7", "#59a14f", "#f28e2b", "#b07aa1", "#e15759",
                          "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#bab0ac"};

}  // namespace

void ImportBuilder::ensureSpanLabel(const std::string& name) {
    if (findLabel(doc_.labels, name)) return;
    std::size_t spanLabels = 0;
    for (const Label& l : doc_.labels) spanLabels += l.kind == LabelKind::Span;
    Label l;
    l.name = name;
    l.color = kPalette[spanLabels % 10];
    doc_.labels.insert(doc_.labels.begin() + static_cast<long>(spanLabels), l);
}

void ImportBuilder::ensureRelationLabel(const std::string& name, const std::string& from, const std::string& to) {
    for (Label& l : doc_.labels) {
        if (l.name != name) continue;
        if (std::find(l.from.begin(), l.from.end(), from) == l.from.end()) l.from.push_back(from);
        if (std::find(l.to.begin(), l.to.end(), to) == l.to.end()) l.to.push_back(to);
        return;
    }
    Label l;
    l.name = name;
    l.kind = LabelKind::Relation;
    l.from = {from};
    l.to = {to};
    doc_.labels.push_back(l);
}

std::string ImportBuilder::addSpan(std::size_t start, std::size_t end, const std::string& label) {
    ensureSpanLabel(label);
    if (const Span* twin = doc_.annotations.find(start, end, label)) return twin->id;
    Span s;
    s.id = "s" + std::to_string(++spans_);
    while (doc_.annotations.span(s.id)) s.id = "s" + std::to_string(++spans_);
    s.start = start;
    s.end = end;
    s.label = label;
    const std::string id = s.id;
    doc_.annotations.insertSpan(std::move(s));
    return id;
}

void ImportBuilder::addRelation(const std::string& label, const std::string& fromSpan, const std::string& toSpan) {
    ensureRelationLabel(label, doc_.annotations.span(fromSpan)->label, doc_.annotations.span(toSpan)->label);
    std::string id = "r" + std::to_string(++relations_);
    while (doc_.annotations.relation(id)) id = "r" + std::to_string(++relations_);
    doc_.annotations.insertRelation({id, label, fromSpan, toSpan, {}});
}

void ImportBuilder::setNote(const std::string& spanId, const std::string& note) {
    Span s = doc_.annotations.eraseSpan(spanId);
    s.note = note;
    doc_.annotations.insertSpan(std::move(s));
}

void ImportBuilder::setAttribute(const std::string& spanId, const std::string& name, AttributeValue value) {
    Span s = doc_.annotations.eraseSpan(spanId);
    s.attributes[name] = std::move(value);
    doc_.annotations.insertSpan(std::move(s));
}

}  // namespace spanmark::formats
