#pragma once
// Ranges the text view highlights: the search bar's matches, and the
// differences the side-by-side view of two layers marks.
#include <cstddef>
#include <string>
#include <vector>

#include "core/boundaries.hpp"

namespace spanmark::app {

struct SearchHighlights {
    const std::vector<Range>* matches = nullptr;  // sorted
    std::size_t current = 0;
};

// Marked over the spans with a red frame: sorted by begin, and they may nest
// or overlap (a quote and the actor inside it), so `longest` bounds the search.
struct MarkedRanges {
    const std::vector<Range>* ranges = nullptr;
    std::size_t longest = 0;
    const std::vector<std::string>* labels = nullptr;  // each range's label, drawn as its tag
};

}  // namespace spanmark::app
