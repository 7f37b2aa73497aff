#pragma once
// The pieces of a line that the embedded font cannot draw by itself, each
// drawn whole by the machine's own fonts (on the page, the browser's): a
// grapheme cluster holding a code point the font lacks (CJK, emoji with their
// modifiers and joiners, Devanagari, Thai, Hebrew), an Indic cluster joined
// to the next across a virama (so a conjunct forms), and each letter of a
// joining script (Arabic, Syriac, N'Ko) with its joining context, so it is
// drawn in the form it takes between its neighbours (lam and alef as their
// ligature), whole words of it drawn at once. A pure function of the text and of which code points the font
// has; offsets stay logical code points.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "core/text.hpp"

namespace spanmark::app {

struct SystemUnit {
    std::size_t begin = 0;  // code points, half-open, on grapheme cluster boundaries
    std::size_t end = 0;
    // What the machine's fonts are asked to draw: the unit's UTF-8 (for a lone letter of a
    // joining script, with a zero-width joiner on each side where it joins its neighbour).
    std::string key;
    // A word of a joining script is drawn whole, so the browser shapes it as it would a
    // page's; its letters (each a unit of its own, with its joining context) are where the
    // caret stops inside it, their widths in proportion to theirs drawn alone. Empty for
    // any other unit: nothing stops inside it.
    std::vector<SystemUnit> parts;
};

// True for a letter that takes a joining form (Unicode's joining types R, D and L).
bool isJoiningLetter(char32_t codePoint);

// The units of [begin, end) (one hard line); `hasGlyph` tells the code points the
// embedded font draws. Empty for a line the font draws by itself.
std::vector<SystemUnit> systemUnits(const Text& text, std::size_t begin, std::size_t end,
                                    const std::function<bool(char32_t)>& hasGlyph);

// True where a line needs units at all: a code point the font lacks, or a joining letter.
inline bool needsSystemFont(char32_t codePoint, bool hasGlyph) {
    return !hasGlyph || (codePoint >= 0x0600 && isJoiningLetter(codePoint));
}

}  // namespace spanmark::app
