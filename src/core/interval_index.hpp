#pragma once
// Intervals sorted by start, with a max-end tree over them: a query visits
// only subtrees that can hold a hit: O(log n) to find where starts run out,
// and at most O(log n) nodes per hit beyond that (O((k + 1) log n) for k hits;
// 0.7 µs for a screenful of 150 spans among 50,000, see BENCHMARKS.md). Edits insert
// into the sorted array (a memmove) and mark the tree stale; it is rebuilt,
// in O(n), at the next query, so a batch of edits pays for one rebuild. An
// erase only marks its entry; the marked ones go in one pass at the next
// read or insert, so taking 30,000 spans out is not 30,000 memmoves.
#include <algorithm>
#include <cstdint>
#include <vector>

namespace spanmark {

class IntervalIndex {
public:
    struct Entry {
        std::uint32_t start, end, slot;
    };

    // tieLess(slotA, slotB) orders entries with equal bounds.
    template <class TieLess>
    void insert(Entry e, TieLess tieLess) {
        compact();
        auto it = std::lower_bound(entries_.begin(), entries_.end(), e, [&](const Entry& a, const Entry& b) {
            if (a.start != b.start) return a.start < b.start;
            if (a.end != b.end) return a.end < b.end;
            return tieLess(a.slot, b.slot);
        });
        entries_.insert(it, e);
        stale_ = true;
    }
    void erase(std::uint32_t start, std::uint32_t end, std::uint32_t slot);
    void clear() {
        entries_.clear();
        erased_ = 0;
        stale_ = true;
    }
    // Entries already in order.
    void assign(std::vector<Entry> sorted) {
        entries_ = std::move(sorted);
        erased_ = 0;
        stale_ = true;
    }

    const std::vector<Entry>& entries() const {
        compact();
        return entries_;
    }
    // Index of the first entry with these bounds, or entries().size().
    std::size_t firstWithBounds(std::uint32_t start, std::uint32_t end) const;

    // Entries with start < end' and end > begin' (begin < end), or, for an
    // empty query [p, p), the entries covering p. In sorted order.
    template <class Visit>
    void forEachIntersecting(std::uint32_t begin, std::uint32_t end, Visit visit) const {
        compact();
        if (entries_.empty()) return;
        if (stale_) rebuild();
        // Entries [0, limit) start early enough; of those, report those ending late enough.
        const std::uint32_t startLimit = begin < end ? end : begin + 1;
        const std::size_t limit = static_cast<std::size_t>(
            std::lower_bound(entries_.begin(), entries_.end(), startLimit,
                             [](const Entry& e, std::uint32_t v) { return e.start < v; }) -
            entries_.begin());
        if (limit == 0) return;
        visitNode(1, 0, leaves_, limit, begin, visit);
    }

private:
    template <class Visit>
    void visitNode(std::size_t node, std::size_t lo, std::size_t hi, std::size_t limit, std::uint32_t after,
                   Visit& visit) const {
        if (lo >= limit || maxEnd_[node] <= after) return;
        if (hi - lo == 1) {
            visit(entries_[lo]);
            return;
        }
        const std::size_t mid = (lo + hi) / 2;
        visitNode(2 * node, lo, mid, limit, after, visit);
        visitNode(2 * node + 1, mid, hi, limit, after, visit);
    }
    void rebuild() const;
    static constexpr std::uint32_t kErased = UINT32_MAX;  // the slot of an entry erased since the last compact()
    void compact() const;
    std::size_t firstAtBounds(std::uint32_t start, std::uint32_t end) const;

    mutable std::vector<Entry> entries_;
    mutable std::size_t erased_ = 0;
    mutable std::vector<std::uint32_t> maxEnd_;  // a heap-ordered tree; leaves at [leaves_, 2 * leaves_)
    mutable std::size_t leaves_ = 0;
    mutable bool stale_ = true;
};

}  // namespace spanmark
