#pragma once
// The search bar's matches as the text view highlights them.
#include <cstddef>
#include <vector>

#include "core/boundaries.hpp"

namespace spanmark::app {

struct SearchHighlights {
    const std::vector<Range>* matches = nullptr;  // sorted
    std::size_t current = 0;
};

}  // namespace spanmark::app
