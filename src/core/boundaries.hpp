#pragma once
// Where a selection may start and end: grapheme cluster boundaries (so no
// selection splits an emoji, a flag or a letter from its accent) and the
// word rule that drag selections snap to (docs/page.md).
#include <cstddef>

#include "core/text.hpp"

namespace spanmark {

struct Range {
    std::size_t begin = 0;  // code points, half-open
    std::size_t end = 0;
    bool operator==(const Range&) const = default;
};

// True at 0, at the end, and between two grapheme clusters (UAX #29).
bool isGraphemeBoundary(const Text& text, std::size_t pos);
std::size_t nextGraphemeBoundary(const Text& text, std::size_t pos);      // > pos unless at the end
std::size_t previousGraphemeBoundary(const Text& text, std::size_t pos);  // < pos unless at 0

// A word is a run of letters, marks and digits, keeping hyphens, periods and
// commas between two such characters (al-Assad, 3.5, 1,200); an apostrophe
// ends it. These are the characters kept between two letters:
bool isWordJoiner(char32_t c);
// Whitespace at the edges of a selection is dropped and each end moves
// outwards to the edge of the word it falls in. An empty range, or one of
// only whitespace, is returned unchanged.
Range snapToWords(const Text& text, Range selection);
// The word at a position (as a double-click picks it); empty when there is none.
Range wordAt(const Text& text, std::size_t pos);
// Word starts and ends for Ctrl+arrow movement.
std::size_t nextWordEnd(const Text& text, std::size_t pos);
std::size_t previousWordStart(const Text& text, std::size_t pos);

}  // namespace spanmark
