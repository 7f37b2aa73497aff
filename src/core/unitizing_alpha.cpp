#include "core/unitizing_alpha.hpp"

#include <algorithm>
#include <limits>

namespace spanmark {
namespace {

// Squares of lengths up to a megabyte's code points, cubed in D_e: long double keeps them exact enough.
using Real = long double;

struct Stretch {
    std::size_t begin, end;
};

// Each annotator's units, in order, apart: overlapping ones joined.
std::vector<std::vector<Stretch>> cutsOf(std::size_t annotators, std::vector<Unit>& units) {
    std::sort(units.begin(), units.end(), [](const Unit& a, const Unit& b) {
        return a.annotator != b.annotator ? a.annotator < b.annotator : a.begin < b.begin;
    });
    std::vector<std::vector<Stretch>> cuts(annotators);
    for (const Unit& u : units) {
        if (u.begin >= u.end || u.annotator >= annotators) continue;
        auto& cut = cuts[u.annotator];
        if (!cut.empty() && u.begin < cut.back().end)
            cut.back().end = std::max(cut.back().end, u.end);
        else
            cut.push_back({u.begin, u.end});
    }
    return cuts;
}

Real square(Real x) { return x * x; }

// One pair of annotators' disagreement: units that overlap by their ends,
// a unit that lies in the other's gap by its length.
Real pairDisagreement(const std::vector<Stretch>& a, const std::vector<Stretch>& b) {
    Real sum = 0;
    std::vector<bool> bMet(b.size(), false);
    std::size_t first = 0;  // b's first unit that may still overlap a's current one
    for (const Stretch& g : a) {
        while (first < b.size() && b[first].end <= g.begin) ++first;
        bool met = false;
        for (std::size_t h = first; h < b.size() && b[h].begin < g.end; ++h) {
            met = bMet[h] = true;
            sum += square(Real(g.begin) - Real(b[h].begin)) + square(Real(g.end) - Real(b[h].end));
        }
        if (!met) sum += square(Real(g.end - g.begin));
    }
    for (std::size_t h = 0; h < b.size(); ++h)
        if (!bMet[h]) sum += square(Real(b[h].end - b[h].begin));
    return sum;
}

}  // namespace

UnitizingFigures unitizingAlpha(std::size_t length, std::size_t annotators, std::vector<Unit> units) {
    UnitizingFigures out;
    out.alpha = std::numeric_limits<double>::quiet_NaN();
    if (length == 0 || annotators < 2) return out;
    const auto cuts = cutsOf(annotators, units);
    const Real L = Real(length), m = Real(annotators);

    Real pairs = 0;
    for (std::size_t i = 0; i < annotators; ++i)
        for (std::size_t j = i + 1; j < annotators; ++j) pairs += pairDisagreement(cuts[i], cuts[j]);
    const Real observed = 2 * pairs / (m * (m - 1) * L * L);
    out.observed = double(observed);

    // Expected: every unit against every place it could have been put, in
    // every gap long enough for it, and against the other units.
    std::vector<std::size_t> gaps;
    std::size_t count = 0;
    Real selfPairs = 0;
    for (const auto& cut : cuts) {
        std::size_t at = 0;
        for (const Stretch& s : cut) {
            if (s.begin > at) gaps.push_back(s.begin - at);
            at = s.end;
            ++count;
            selfPairs += Real(s.end - s.begin) * Real(s.end - s.begin - 1);
        }
        if (length > at) gaps.push_back(length - at);
    }
    if (count == 0) return out;
    std::sort(gaps.begin(), gaps.end());
    std::vector<Real> placesFrom(gaps.size() + 1, 0);  // Σ (gap + 1) over gaps[k…]
    for (std::size_t k = gaps.size(); k-- > 0;) placesFrom[k] = placesFrom[k + 1] + Real(gaps[k]) + 1;
    Real sum = 0;
    for (const auto& cut : cuts)
        for (const Stretch& s : cut) {
            const Real l = Real(s.end - s.begin);
            const std::size_t k = std::size_t(std::lower_bound(gaps.begin(), gaps.end(), s.end - s.begin) - gaps.begin());
            const Real places = placesFrom[k] - Real(gaps.size() - k) * l;  // Σ (gap - l + 1) over gaps ≥ l
            sum += Real(count - 1) * (2 * l * l * l - 3 * l * l + l) / 3 + l * l * places;
        }
    const Real expected = (2 / L) * sum / (m * L * (m * L - 1) - selfPairs);
    out.expected = double(expected);
    if (expected > 0) out.alpha = double(1 - observed / expected);
    return out;
}

double combinedUnitizingAlpha(const std::vector<UnitizingFigures>& categories) {
    double observed = 0, expected = 0;
    for (const UnitizingFigures& c : categories) {
        observed += c.observed;
        expected += c.expected;
    }
    return expected > 0 ? 1 - observed / expected : std::numeric_limits<double>::quiet_NaN();
}

}  // namespace spanmark
