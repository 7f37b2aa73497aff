#include "core/annotations.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace spanmark {

bool naturalLess(std::string_view a, std::string_view b) {
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const bool da = std::isdigit(static_cast<unsigned char>(a[i])) != 0;
        const bool db = std::isdigit(static_cast<unsigned char>(b[j])) != 0;
        if (da && db) {
            std::size_t ei = i, ej = j;
            while (ei < a.size() && std::isdigit(static_cast<unsigned char>(a[ei]))) ++ei;
            while (ej < b.size() && std::isdigit(static_cast<unsigned char>(b[ej]))) ++ej;
            // Compare the digit runs by value: longer (without leading zeros) is larger.
            std::size_t si = i, sj = j;
            while (si + 1 < ei && a[si] == '0') ++si;
            while (sj + 1 < ej && b[sj] == '0') ++sj;
            if (ei - si != ej - sj) return ei - si < ej - sj;
            const int c = a.substr(si, ei - si).compare(b.substr(sj, ej - sj));
            if (c != 0) return c < 0;
            if (ei - i != ej - j) return ei - i < ej - j;  // "s01" after "s1": a total order still
            i = ei;
            j = ej;
        } else {
            if (a[i] != b[j]) return a[i] < b[j];
            ++i;
            ++j;
        }
    }
    return a.size() - i < b.size() - j;
}

namespace {

// The number in an id like "s12", or 0.
std::size_t idNumber(const std::string& id, char prefix) {
    if (id.size() < 2 || id[0] != prefix || id.size() > 12) return 0;
    std::size_t n = 0;
    for (std::size_t i = 1; i < id.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(id[i]))) return 0;
        n = n * 10 + static_cast<std::size_t>(id[i] - '0');
    }
    return n;
}

}  // namespace

std::uint32_t Annotations::slotOf(std::string_view id) const {
    auto it = byId_.find(std::string(id));
    return it == byId_.end() ? UINT32_MAX : it->second;
}

const Span* Annotations::span(std::string_view id) const {
    const std::uint32_t slot = slotOf(id);
    return slot == UINT32_MAX ? nullptr : &*slots_[slot];
}

const Relation* Annotations::relation(std::string_view id) const {
    auto it = relations_.find(std::string(id));
    return it == relations_.end() ? nullptr : &it->second;
}

const Span* Annotations::find(std::size_t start, std::size_t end, std::string_view label) const {
    const auto& entries = index_.entries();
    for (std::size_t i = index_.firstWithBounds(static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end));
         i < entries.size() && entries[i].start == start && entries[i].end == end; ++i) {
        const Span& s = *slots_[entries[i].slot];
        if (s.label == label) return &s;
    }
    return nullptr;
}

void Annotations::forEachSpan(const std::function<void(const Span&)>& visit) const {
    for (const auto& e : index_.entries()) visit(*slots_[e.slot]);
}

void Annotations::forEachRelation(const std::function<void(const Relation&)>& visit) const {
    for (const auto& [id, r] : relations_) visit(r);
}

std::vector<const Span*> Annotations::spans() const {
    std::vector<const Span*> out;
    out.reserve(spanCount());
    for (const auto& e : index_.entries()) out.push_back(&*slots_[e.slot]);
    return out;
}

std::vector<const Relation*> Annotations::relations() const {
    std::vector<const Relation*> out;
    out.reserve(relations_.size());
    for (const auto& [id, r] : relations_) out.push_back(&r);
    return out;
}

void Annotations::forEachIntersecting(std::size_t begin, std::size_t end,
                                      const std::function<void(const Span&)>& visit) const {
    index_.forEachIntersecting(static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end),
                               [&](const IntervalIndex::Entry& e) { visit(*slots_[e.slot]); });
}

std::vector<const Span*> Annotations::covering(std::size_t pos) const {
    std::vector<const Span*> out;
    forEachIntersecting(pos, pos, [&](const Span& s) { out.push_back(&s); });
    return out;
}

std::vector<const Span*> Annotations::intersecting(std::size_t begin, std::size_t end) const {
    std::vector<const Span*> out;
    if (begin >= end) return out;
    forEachIntersecting(begin, end, [&](const Span& s) { out.push_back(&s); });
    return out;
}

bool Annotations::hasRelation(std::string_view label, std::string_view from, std::string_view to) const {
    for (const Relation* r : relationsOf(from))
        if (r->label == label && r->from == from && r->to == to) return true;
    return false;
}

std::vector<const Relation*> Annotations::relationsOf(std::string_view spanId) const {
    auto it = relationsBySpan_.find(std::string(spanId));
    if (it == relationsBySpan_.end()) return {};
    std::vector<const Relation*> out;
    out.reserve(it->second.size());
    for (const std::string& id : it->second) out.push_back(&relations_.at(id));
    std::sort(out.begin(), out.end(), [](const Relation* a, const Relation* b) { return naturalLess(a->id, b->id); });
    return out;
}

bool Annotations::tieLess(std::uint32_t a, std::uint32_t b) const {
    const Span& sa = *slots_[a];
    const Span& sb = *slots_[b];
    return sa.label != sb.label ? sa.label < sb.label : naturalLess(sa.id, sb.id);
}

void Annotations::insertSpan(Span span) {
    std::uint32_t slot;
    if (!freeSlots_.empty()) {
        slot = freeSlots_.back();
        freeSlots_.pop_back();
    } else {
        slot = static_cast<std::uint32_t>(slots_.size());
        slots_.emplace_back();
    }
    maxSpanNumber_ = std::max(maxSpanNumber_, idNumber(span.id, 's'));
    byId_.emplace(span.id, slot);
    const IntervalIndex::Entry entry{static_cast<std::uint32_t>(span.start), static_cast<std::uint32_t>(span.end), slot};
    slots_[slot] = std::move(span);
    index_.insert(entry, [this](std::uint32_t a, std::uint32_t b) { return tieLess(a, b); });
}

Span Annotations::eraseSpan(std::string_view id) {
    const std::uint32_t slot = slotOf(id);
    if (slot == UINT32_MAX) throw std::logic_error("eraseSpan: no span " + std::string(id));
    Span span = std::move(*slots_[slot]);
    slots_[slot].reset();
    freeSlots_.push_back(slot);
    byId_.erase(span.id);
    index_.erase(static_cast<std::uint32_t>(span.start), static_cast<std::uint32_t>(span.end), slot);
    return span;
}

void Annotations::insertRelation(Relation relation) {
    maxRelationNumber_ = std::max(maxRelationNumber_, idNumber(relation.id, 'r'));
    std::string id = relation.id;
    auto [at, added] = relations_.emplace(std::move(id), std::move(relation));
    if (!added) return;
    const Relation& r = at->second;
    relationsBySpan_[r.from].push_back(r.id);
    if (r.to != r.from) relationsBySpan_[r.to].push_back(r.id);
}

Relation Annotations::eraseRelation(std::string_view id) {
    auto it = relations_.find(std::string(id));
    if (it == relations_.end()) throw std::logic_error("eraseRelation: no relation " + std::string(id));
    for (const std::string* end : {&it->second.from, &it->second.to}) {
        auto list = relationsBySpan_.find(*end);
        if (list == relationsBySpan_.end()) continue;
        std::erase(list->second, it->second.id);
        if (list->second.empty()) relationsBySpan_.erase(list);
    }
    Relation r = std::move(it->second);
    relations_.erase(it);
    return r;
}

void Annotations::assignSpans(std::vector<Span> spans) {
    std::deque<Span> queue(std::make_move_iterator(spans.begin()), std::make_move_iterator(spans.end()));
    spans = {};
    assignSpans(std::move(queue));
}

void Annotations::assignSpans(std::deque<Span>&& spans) {
    slots_.clear();
    freeSlots_.clear();
    byId_.clear();
    maxSpanNumber_ = 0;
    byId_.reserve(spans.size());
    std::vector<IntervalIndex::Entry> entries;
    entries.reserve(spans.size());
    while (!spans.empty()) {
        Span& span = spans.front();
        const auto slot = static_cast<std::uint32_t>(slots_.size());
        maxSpanNumber_ = std::max(maxSpanNumber_, idNumber(span.id, 's'));
        byId_.emplace(span.id, slot);
        entries.push_back({static_cast<std::uint32_t>(span.start), static_cast<std::uint32_t>(span.end), slot});
        slots_.emplace_back(std::move(span));
        spans.pop_front();
    }
    std::sort(entries.begin(), entries.end(), [this](const IntervalIndex::Entry& a, const IntervalIndex::Entry& b) {
        if (a.start != b.start) return a.start < b.start;
        if (a.end != b.end) return a.end < b.end;
        return tieLess(a.slot, b.slot);
    });
    index_.assign(std::move(entries));
}

}  // namespace spanmark
