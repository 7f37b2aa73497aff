#pragma once
// Character properties from the Unicode Character Database (15.0), for
// grapheme clusters (UAX #29) and for the word rule of docs/page.md.
namespace spanmark::unicode {

enum class GraphemeBreak : unsigned char {
    Other, CR, LF, Control, Extend, ZWJ, Regional_Indicator, Prepend, SpacingMark, L, V, T, LV, LVT,
};

GraphemeBreak graphemeBreak(char32_t c);
bool isExtendedPictographic(char32_t c);
// Letters, combining marks and digits (general categories L, M and N).
bool isWordCharacter(char32_t c);
// White_Space characters: what a selection's edges shed.
bool isWhitespace(char32_t c);

}  // namespace spanmark::unicode
