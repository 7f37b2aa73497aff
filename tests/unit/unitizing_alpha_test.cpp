// Krippendorff's unitizing alpha (core/unitizing_alpha) against the worked
// example that defines it in Content Analysis (Krippendorff 2004, 2nd ed.,
// pp. 254-256): two observers unitizing a continuum from 150 to 450 into
// categories c and k. The book gives D_o(c) = .0144, D_e(c) = .0532,
// αu(c) = .7286, D_o(k) = 0, D_e(k) = .0490, αu(k) = 1, and uα = .8591 for
// both categories together.
#include <catch_amalgamated.hpp>

#include <cmath>

#include "core/unitizing_alpha.hpp"

using namespace spanmark;
using Catch::Matchers::WithinAbs;

namespace {

// The book's continuum starts at 150: units are given as (begin, length) there.
Unit unit(std::size_t begin, std::size_t length, std::size_t observer) { return {begin - 150, begin - 150 + length, observer}; }

}  // namespace

TEST_CASE("unitizing alpha: Krippendorff's (2004) example, category by category and together", "[reliability]") {
    const std::vector<Unit> c = {unit(225, 70, 0), unit(370, 30, 0), unit(220, 80, 1), unit(355, 20, 1), unit(400, 20, 1)};
    const std::vector<Unit> k = {unit(180, 60, 0), unit(300, 50, 0), unit(180, 60, 1), unit(300, 50, 1)};
    const UnitizingFigures fc = unitizingAlpha(300, 2, c);
    const UnitizingFigures fk = unitizingAlpha(300, 2, k);
    CHECK_THAT(fc.observed, WithinAbs(0.0144, 0.00005));
    CHECK_THAT(fc.expected, WithinAbs(0.0532, 0.00005));
    CHECK_THAT(fc.alpha, WithinAbs(0.7286, 0.00005));
    CHECK(fk.observed == 0);
    CHECK_THAT(fk.expected, WithinAbs(0.0490, 0.00005));
    CHECK(fk.alpha == 1);
    // The book sums its rounded figures: 1 - .0144 / (.0532 + .0490) = .8591; unrounded they give .85867.
    CHECK_THAT(combinedUnitizingAlpha({{0.0144, 0.0532, 0}, {0, 0.0490, 0}}), WithinAbs(0.8591, 0.00005));
    CHECK_THAT(combinedUnitizingAlpha({fc, fk}), WithinAbs(0.8591, 0.0005));
}

TEST_CASE("unitizing alpha: the book's distances between two units (pp. 252-253)", "[reliability]") {
    // D_o of two observers with one unit each is 2·δ² / (2·1·L²): δ² = L²·D_o.
    auto distance = [](Unit a, Unit b) { return std::llround(unitizingAlpha(300, 2, {a, b}).observed * 300 * 300); };
    CHECK(distance(unit(225, 70, 0), unit(220, 80, 1)) == 50);   // ends 5 and 5 apart
    CHECK(distance(unit(370, 30, 0), unit(355, 20, 1)) == 850);  // 15² + 25²
    CHECK(distance(unit(400, 20, 1), unit(200, 10, 0)) == 400 + 100);  // each in the other's gap: its length squared
}

TEST_CASE("unitizing alpha: edge cases", "[reliability]") {
    // Nobody marked anything: nothing to expect, undefined.
    CHECK(std::isnan(unitizingAlpha(100, 3, {}).alpha));
    CHECK(std::isnan(unitizingAlpha(100, 1, {{0, 5, 0}}).alpha));
    // Three annotators who agree exactly: 1.
    CHECK(unitizingAlpha(100, 3, {{10, 20, 0}, {10, 20, 1}, {10, 20, 2}, {40, 45, 0}, {40, 45, 1}, {40, 45, 2}}).alpha == 1);
    // One annotator's overlapping units are their union: the same as one unit.
    const auto joined = unitizingAlpha(100, 2, {{10, 20, 0}, {15, 30, 0}, {10, 30, 1}});
    CHECK(joined.alpha == 1);
    // Disagreeing units give less than no agreement at all... below zero is possible, never above 1.
    const auto apart = unitizingAlpha(100, 2, {{10, 20, 0}, {60, 70, 1}});
    CHECK(apart.alpha < 0);
}
