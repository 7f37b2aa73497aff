#pragma once
// Which underline lane each span takes: nested and overlapping spans get
// lanes of their own, outermost first, so every span stays visible.
#include <cstdint>
#include <string>
#include <unordered_map>

#include "core/annotations.hpp"

namespace spanmark::app {

class SpanLanes {
public:
    void build(const Annotations& annotations);
    int laneOf(const std::string& spanId) const {
        auto it = lanes_.find(spanId);
        return it == lanes_.end() ? 0 : it->second;
    }
    int laneCount() const { return count_; }

private:
    std::unordered_map<std::string, int> lanes_;
    int count_ = 0;
};

}  // namespace spanmark::app
