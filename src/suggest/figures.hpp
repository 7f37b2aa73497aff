#pragma once
// FIGURE suggestions: numbers in digits and in words, with what they measure
// ("25 lives", "four million residents", "at least seven people"),
// percentages, amounts of money, dates, times, ages and ranges.
#include <vector>

#include "core/boundaries.hpp"
#include "suggest/scan.hpp"

namespace spanmark::suggest {

std::vector<Range> findFigures(const Scan& scan);

}  // namespace spanmark::suggest
