#pragma once
// Which underline lane each span takes: nested and overlapping spans get
// lanes of their own, outermost first, so every span stays visible. Lanes are
// worked out for the spans in sight only, yet each gets the lane a sweep over
// the whole document would give it: a change far away costs nothing here.
#include <cstddef>
#include <string>
#include <unordered_map>

#include "core/annotations.hpp"

namespace spanmark::app {

class SpanLanes {
public:
    // The lanes of the spans that meet [begin, end).
    void assign(const Annotations& annotations, std::size_t begin, std::size_t end);
    int laneOf(const std::string& spanId) const {
        auto it = lanes_.find(spanId);
        return it == lanes_.end() ? 0 : it->second;
    }
    // How many lanes the spans of the last assign() take.
    int laneCount() const { return count_; }

private:
    std::unordered_map<std::string, int> lanes_;
    int count_ = 0;
};

}  // namespace spanmark::app
