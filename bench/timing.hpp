#pragma once
// The benchmarks' clock: the median of a few runs, so one slow run on a
// noisy machine does not set the figure.
#include <algorithm>
#include <chrono>
#include <vector>

namespace spanmark::bench {

template <class F>
double medianMs(int runs, F f) {
    using Clock = std::chrono::steady_clock;
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = Clock::now();
        f();
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

}  // namespace spanmark::bench
