#include "app/span_lanes.hpp"

#include <algorithm>
#include <vector>

namespace spanmark::app {

void SpanLanes::build(const Annotations& annotations) {
    std::vector<const Span*> spans = annotations.spans();
    // Outer spans first where they start together: they take the lower lane.
    std::stable_sort(spans.begin(), spans.end(), [](const Span* a, const Span* b) {
        return a->start != b->start ? a->start < b->start : a->end > b->end;
    });
    lanes_.clear();
    lanes_.reserve(spans.size());
    std::vector<std::size_t> laneEnds;  // where the last span in each lane ends
    for (const Span* s : spans) {
        std::size_t lane = 0;
        while (lane < laneEnds.size() && laneEnds[lane] > s->start) ++lane;
        if (lane == laneEnds.size()) laneEnds.push_back(0);
        laneEnds[lane] = s->end;
        lanes_.emplace(s->id, static_cast<int>(lane));
    }
    count_ = static_cast<int>(laneEnds.size());
}

}  // namespace spanmark::app
