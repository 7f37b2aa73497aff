#include "app/span_lanes.hpp"

#include <algorithm>
#include <vector>

namespace spanmark::app {

void SpanLanes::assign(const Annotations& annotations, std::size_t begin, std::size_t end) {
    // A greedy sweep's lanes at a point depend only on the spans that cross
    // it, so the sweep can start at the last point before `begin` that no
    // span crosses: there every lane is free, as it would be in a whole sweep.
    std::size_t from = begin;
    for (;;) {
        std::size_t earliest = from;
        for (const Span* s : annotations.covering(from)) earliest = std::min(earliest, s->start);
        if (earliest == from) break;
        from = earliest;
    }
    std::vector<const Span*> spans = annotations.intersecting(from, std::max(end, from + 1));
    // Outer spans first where they start together: they take the lower lane.
    std::stable_sort(spans.begin(), spans.end(), [](const Span* a, const Span* b) {
        return a->start != b->start ? a->start < b->start : a->end > b->end;
    });
    lanes_.clear();
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
