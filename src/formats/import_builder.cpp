#include "formats/import_builder.hpp"

#include <algorithm>

namespace spanmark::formats {
namespace {

// Tableau 10: hues that stay apart for most colour-blind readers.
const char* kPalette[] = {"#4e79a7", "#59a14f", "#f28e2b", "#b07aa1", "#e15759",
                          "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#bab0ac"};

// Span ids are "s1", "s2", …: the number is the span's place in spans_ plus one.
std::size_t indexOfId(const std::string& id) { return std::stoul(id.substr(1)) - 1; }

}  // namespace

ImportBuilder::ImportBuilder(Document& doc) : doc_(doc) {
    for (Label& l : doc_.labels) {
        auto& list = l.kind == LabelKind::Span ? spanLabels_ : relationLabels_;
        labelOfName_.emplace(l.name, std::pair{l.kind, list.size()});
        list.push_back(std::move(l));
    }
    doc_.labels.clear();
}

void ImportBuilder::refuse(const std::string& where, std::string message) {
    if (!error_) error_ = Error{where.empty() ? "document " + doc_.id : where, std::move(message)};
}

void ImportBuilder::spanLabel(const std::string& name, const std::string& where) {
    auto [it, added] = labelOfName_.emplace(name, std::pair{LabelKind::Span, spanLabels_.size()});
    if (!added) {
        if (it->second.first != LabelKind::Span)
            refuse(where, "\"" + name + "\" names a relation and a span; a label is one or the other");
        return;
    }
    Label l;
    l.name = name;
    l.color = kPalette[spanLabels_.size() % 10];
    spanLabels_.push_back(std::move(l));
}

void ImportBuilder::relationLabel(const std::string& name, const std::string& from, const std::string& to,
                                  const std::string& where) {
    auto [it, added] = labelOfName_.emplace(name, std::pair{LabelKind::Relation, relationLabels_.size()});
    if (added) {
        Label l;
        l.name = name;
        l.kind = LabelKind::Relation;
        relationLabels_.push_back(std::move(l));
    } else if (it->second.first != LabelKind::Relation) {
        refuse(where, "\"" + name + "\" names a span and a relation; a label is one or the other");
        return;
    }
    Label& l = relationLabels_[it->second.second];
    if (std::find(l.from.begin(), l.from.end(), from) == l.from.end()) l.from.push_back(from);
    if (std::find(l.to.begin(), l.to.end(), to) == l.to.end()) l.to.push_back(to);
}

std::string ImportBuilder::addSpan(std::size_t start, std::size_t end, const std::string& label, const std::string& where) {
    if (label.empty()) refuse(where, "a span with an empty label");
    if (start >= end)
        refuse(where, "the span [" + std::to_string(start) + ", " + std::to_string(end) + ") is empty or ends before it starts");
    else if (end > doc_.text.size())
        refuse(where, "the span [" + std::to_string(start) + ", " + std::to_string(end) + ") ends past the text, which has " +
                          std::to_string(doc_.text.size()) + " code points");
    spanLabel(label, where);
    const std::string key = std::to_string(start) + ' ' + std::to_string(end) + ' ' + label;
    auto [it, added] = spanOfKey_.emplace(key, spans_.size());
    if (!added) return spans_[it->second].id;
    Span s;
    s.id = "s" + std::to_string(spans_.size() + 1);
    s.start = start;
    s.end = end;
    s.label = label;
    spans_.push_back(std::move(s));
    return spans_.back().id;
}

void ImportBuilder::addRelation(const std::string& label, const std::string& fromSpan, const std::string& toSpan,
                                const std::string& where) {
    if (label.empty()) refuse(where, "a relation with an empty label");
    relationLabel(label, spans_[indexOfId(fromSpan)].label, spans_[indexOfId(toSpan)].label, where);
    relations_.push_back({"r" + std::to_string(relations_.size() + 1), label, fromSpan, toSpan, {}});
}

void ImportBuilder::setNote(const std::string& spanId, const std::string& note) { spans_[indexOfId(spanId)].note = note; }

void ImportBuilder::setAttribute(const std::string& spanId, const std::string& name, AttributeValue value) {
    spans_[indexOfId(spanId)].attributes[name] = std::move(value);
}

std::optional<Error> ImportBuilder::finish() {
    doc_.labels = std::move(spanLabels_);
    doc_.labels.insert(doc_.labels.end(), std::make_move_iterator(relationLabels_.begin()),
                       std::make_move_iterator(relationLabels_.end()));
    if (error_) return error_;
    doc_.annotations.assignSpans(std::move(spans_));
    for (Relation& r : relations_) doc_.annotations.insertRelation(std::move(r));
    if (auto bad = checkDocument(doc_)) return Error{"document " + doc_.id + ": " + bad->where, bad->message};
    return std::nullopt;
}

}  // namespace spanmark::formats
