#include "core/unicode.hpp"

#include <algorithm>
#include <iterator>

namespace spanmark::unicode {
namespace {

struct GraphemeRange {
    char32_t first, last;
    GraphemeBreak property;
};

struct CodePointRange {
    char32_t first, last;
};

#include "unicode_tables.inc"

template <class Range, std::size_t N>
const Range* find(const Range (&table)[N], char32_t c) {
    const Range* it = std::upper_bound(std::begin(table), std::end(table), c,
                                       [](char32_t v, const Range& r) { return v < r.first; });
    if (it == std::begin(table)) return nullptr;
    --it;
    return c <= it->last ? it : nullptr;
}

}  // namespace

GraphemeBreak graphemeBreak(char32_t c) {
    if (c >= 0x20 && c < 0x7F) return GraphemeBreak::Other;
    const GraphemeRange* r = find(kGraphemeRanges, c);
    return r ? r->property : GraphemeBreak::Other;
}

bool isExtendedPictographic(char32_t c) { return c >= 0xA9 && find(kPictographicRanges, c) != nullptr; }

bool isWordCharacter(char32_t c) {
    if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    return find(kWordRanges, c) != nullptr;
}

bool isWhitespace(char32_t c) {
    switch (c) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0x85: case 0xA0:
    case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

}  // namespace spanmark::unicode
