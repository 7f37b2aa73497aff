#include "app/panel_lists.hpp"

#include <algorithm>

#include "core/summary.hpp"
#include "core/search.hpp"
#include "core/utf8.hpp"

namespace spanmark::app {
namespace {

constexpr std::size_t kMostOperationsToFollow = 256;

std::u32string folded(std::string_view utf8Text) {
    std::u32string out;
    for (std::size_t i = 0; i < utf8Text.size();) {
        const utf8::Decoded d = utf8::decode(utf8Text, i);
        if (d.length == 0) break;
        out += foldCase(d.codePoint);
        i += d.length;
    }
    return out;
}

// File order: start, end, label, then ids with digit runs by value.
bool before(const PanelLists::Entry& a, const PanelLists::Entry& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.end != b.end) return a.end < b.end;
    if (a.label != b.label) return a.label < b.label;
    return naturalLess(a.id, b.id);
}

PanelLists::Entry entryOf(const Span& s) { return {s.start, s.end, s.label, s.id}; }

std::vector<std::string> speakersOf(const Document& doc, const std::string& quoteId) {
    std::vector<const Relation*> from;
    for (const Relation* r : doc.annotations.relationsOf(quoteId))
        if (r->from == quoteId) from.push_back(r);
    std::sort(from.begin(), from.end(), [](const Relation* a, const Relation* b) { return naturalLess(a->id, b->id); });
    std::vector<std::string> out;
    for (const Relation* r : from) out.push_back(r->to);
    return out;
}

}  // namespace

bool PanelLists::passes(const Document& doc, const Span& s) const {
    return needle_.empty() || folded(doc.text.slice(s.start, s.end)).find(needle_) != std::u32string::npos;
}

void PanelLists::rebuild(const Document& doc, const std::string& filter) {
    filter_ = filter;
    needle_ = folded(filter);
    sources_ = relationSourceLabels(doc.labels);
    groups_.clear();
    quotes_.clear();
    unattributed_ = 0;
    for (const Label& l : doc.labels)
        if (l.kind == LabelKind::Span) groups_.push_back({l.name, {}, 0});
    doc.annotations.forEachSpan([&](const Span& s) {
        for (Group& g : groups_) {
            if (g.label != s.label) continue;
            ++g.total;
            if (passes(doc, s)) g.spans.push_back(entryOf(s));
        }
        if (std::find(sources_.begin(), sources_.end(), s.label) != sources_.end()) {
            Quote q{entryOf(s), speakersOf(doc, s.id)};
            if (q.speakers.empty()) ++unattributed_;
            quotes_.push_back(std::move(q));
        }
    });
}

void PanelLists::follow(const Document& doc, const Edit& edit, bool undone) {
    // Each operation moves the rest of a list: past a few hundred, one rebuild costs less.
    if (edit.operations.size() > kMostOperationsToFollow) {
        rebuild(doc, filter_);
        return;
    }
    for (std::size_t k = 0; k < edit.operations.size(); ++k) {
        // An undone edit was applied as its inverse, last operation first.
        const Operation& operation = edit.operations[undone ? edit.operations.size() - 1 - k : k];
        if (const auto* a = std::get_if<op::AddSpan>(&operation)) {
            if (undone) removeSpan(a->span);
            else addSpan(doc, a->span);
        } else if (const auto* r = std::get_if<op::RemoveSpan>(&operation)) {
            if (undone) addSpan(doc, r->span);
            else removeSpan(r->span);
        } else if (const auto* c = std::get_if<op::ChangeSpan>(&operation)) {
            removeSpan(undone ? c->after : c->before);
            addSpan(doc, undone ? c->before : c->after);
        } else if (const auto* ar = std::get_if<op::AddRelation>(&operation)) {
            respeak(doc, ar->relation.from);
        } else if (const auto* rr = std::get_if<op::RemoveRelation>(&operation)) {
            respeak(doc, rr->relation.from);
        } else if (std::holds_alternative<op::ChangeLabels>(operation)) {
            rebuild(doc, filter_);
            return;
        }
    }
}

std::vector<PanelLists::Quote>::iterator PanelLists::quoteAt(const Entry& e) {
    return std::lower_bound(quotes_.begin(), quotes_.end(), e, [](const Quote& q, const Entry& x) { return before(q.span, x); });
}

void PanelLists::addSpan(const Document& doc, const Span& s) {
    const Entry e = entryOf(s);
    for (Group& g : groups_) {
        if (g.label != s.label) continue;
        ++g.total;
        if (passes(doc, s)) g.spans.insert(std::upper_bound(g.spans.begin(), g.spans.end(), e, before), e);
    }
    if (std::find(sources_.begin(), sources_.end(), s.label) == sources_.end()) return;
    auto at = quoteAt(e);
    quotes_.insert(at, Quote{e, {}});
    ++unattributed_;
    respeak(doc, s.id);
}

void PanelLists::removeSpan(const Span& s) {
    const Entry e = entryOf(s);
    for (Group& g : groups_) {
        if (g.label != s.label) continue;
        --g.total;
        auto at = std::lower_bound(g.spans.begin(), g.spans.end(), e, before);
        if (at != g.spans.end() && at->id == s.id) g.spans.erase(at);
    }
    auto at = quoteAt(e);
    if (at == quotes_.end() || at->span.id != s.id) return;
    if (at->speakers.empty()) --unattributed_;
    quotes_.erase(at);
}

void PanelLists::respeak(const Document& doc, const std::string& quoteId) {
    const Span* s = doc.annotations.span(quoteId);
    if (!s) return;  // removed later in the same step, or never a quote
    const Entry e = entryOf(*s);
    auto at = quoteAt(e);
    if (at == quotes_.end() || at->span.id != quoteId) return;
    if (at->speakers.empty()) --unattributed_;
    at->speakers = speakersOf(doc, quoteId);
    if (at->speakers.empty()) ++unattributed_;
}

}  // namespace spanmark::app
