#pragma once
// A long news-like text of our own, generated from word lists, with spans and
// quote-speaker relations laid on it: the workload of the benchmarks.
#include <cstddef>
#include <string>

#include "core/document.hpp"

namespace spanmark::bench {

struct SyntheticSize {
    std::size_t bytes = 1 << 20;  // about 1 MB of text
    std::size_t spans = 50000;
    std::size_t relations = 5000;
};

Document syntheticArticle(const SyntheticSize& size, unsigned seed = 1);

}  // namespace spanmark::bench
