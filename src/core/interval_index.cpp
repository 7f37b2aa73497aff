#include "core/interval_index.hpp"

namespace spanmark {

std::size_t IntervalIndex::firstWithBounds(std::uint32_t start, std::uint32_t end) const {
    compact();
    return firstAtBounds(start, end);
}

// Erased entries keep their bounds, so the order holds with them in place.
std::size_t IntervalIndex::firstAtBounds(std::uint32_t start, std::uint32_t end) const {
    auto it = std::lower_bound(entries_.begin(), entries_.end(), Entry{start, end, 0},
                               [](const Entry& a, const Entry& b) {
                                   return a.start != b.start ? a.start < b.start : a.end < b.end;
                               });
    if (it == entries_.end() || it->start != start || it->end != end) return entries_.size();
    return static_cast<std::size_t>(it - entries_.begin());
}

void IntervalIndex::erase(std::uint32_t start, std::uint32_t end, std::uint32_t slot) {
    for (std::size_t i = firstAtBounds(start, end); i < entries_.size(); ++i) {
        Entry& e = entries_[i];
        if (e.start != start || e.end != end) break;
        if (e.slot == slot) {
            e.slot = kErased;
            ++erased_;
            stale_ = true;
            return;
        }
    }
}

void IntervalIndex::compact() const {
    if (!erased_) return;
    entries_.erase(std::remove_if(entries_.begin(), entries_.end(), [](const Entry& e) { return e.slot == kErased; }),
                   entries_.end());
    erased_ = 0;
    stale_ = true;
}

void IntervalIndex::rebuild() const {
    leaves_ = 1;
    while (leaves_ < entries_.size()) leaves_ *= 2;
    maxEnd_.assign(2 * leaves_, 0);
    for (std::size_t i = 0; i < entries_.size(); ++i) maxEnd_[leaves_ + i] = entries_[i].end;
    for (std::size_t n = leaves_ - 1; n >= 1; --n) maxEnd_[n] = std::max(maxEnd_[2 * n], maxEnd_[2 * n + 1]);
    stale_ = false;
}

}  // namespace spanmark
