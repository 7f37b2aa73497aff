#pragma once
// Krippendorff's unitizing alpha (αu; Krippendorff 1995, "On the reliability
// of unitizing continuous data", and Content Analysis, 2004, ch. 12.4): the
// agreement of several annotators who each cut one continuum (a text's code
// points) into units of a category and the gaps between them. Units that
// overlap are compared by the squared differences of their ends; a unit that
// lies inside another annotator's gap counts its length squared; the
// expected disagreement is that of every possible unitizing with the same
// units and gaps. It is the measure INCEpTION reports for spans.
#include <cstddef>
#include <string>
#include <vector>

namespace spanmark {

struct Unit {
    std::size_t begin, end;  // [begin, end) on the continuum
    std::size_t annotator;   // 0 … annotators-1
};

struct UnitizingFigures {
    double observed = 0, expected = 0;  // D_o and D_e
    double alpha = 0;                   // 1 - D_o / D_e; NaN when no unit gives anything to expect
};

// One category's αu over a continuum of `length` that every one of
// `annotators` unitized. An annotator's units of the category that overlap
// each other are taken as their union (the measure wants them apart).
UnitizingFigures unitizingAlpha(std::size_t length, std::size_t annotators, std::vector<Unit> units);

// Several categories together: 1 - ΣD_o / ΣD_e, as Krippendorff sums them.
double combinedUnitizingAlpha(const std::vector<UnitizingFigures>& categories);

}  // namespace spanmark
