#include "app/bidi.hpp"

#include <fribidi.h>

#include <numeric>

namespace spanmark::app {
namespace {

// The flags for a line's reordering: no reordering of marks after their base (rule L3,
// which UAX #9 leaves optional and its test data leaves out); the layout keeps a
// base and its marks in one cluster anyway.
constexpr FriBidiFlags kReorderFlags = 0;

}  // namespace

BidiParagraph::BidiParagraph(std::u32string_view text, BaseDirection base) {
    const auto n = static_cast<FriBidiStrIndex>(text.size());
    std::vector<FriBidiChar> chars(text.begin(), text.end());
    std::vector<FriBidiCharType> types(text.size());
    std::vector<FriBidiBracketType> brackets(text.size());
    std::vector<FriBidiLevel> levels(text.size());
    fribidi_get_bidi_types(chars.data(), n, types.data());
    fribidi_get_bracket_types(chars.data(), n, types.data(), brackets.data());
    FriBidiParType direction = base == BaseDirection::LeftToRight   ? FRIBIDI_PAR_LTR
                               : base == BaseDirection::RightToLeft ? FRIBIDI_PAR_RTL
                                                                    : FRIBIDI_PAR_ON;
    const FriBidiLevel most = text.empty() ? 1 : fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), n, &direction, levels.data());
    level_ = FRIBIDI_IS_RTL(direction) ? 1 : 0;
    maxLevel_ = most > 0 ? most - 1 : level_;
    if (most == 0) levels.assign(text.size(), static_cast<FriBidiLevel>(level_));  // no memory: drawn in logical order
    types_.assign(types.begin(), types.end());
    levels_.assign(levels.begin(), levels.end());
}

bool BidiParagraph::removed(std::size_t i) const { return FRIBIDI_IS_EXPLICIT_OR_BN(types_[i]); }

// A line's reordering sees only the line's own slice of the paragraph (rule L1's trailing
// whitespace and L2's reversals are within the line), so a long paragraph's lines cost
// what each holds, not the paragraph each time.
std::vector<std::uint8_t> BidiParagraph::lineLevels(std::size_t begin, std::size_t end) const {
    std::vector<FriBidiLevel> levels(levels_.begin() + static_cast<std::ptrdiff_t>(begin), levels_.begin() + static_cast<std::ptrdiff_t>(end));
    std::vector<FriBidiCharType> types(types_.begin() + static_cast<std::ptrdiff_t>(begin), types_.begin() + static_cast<std::ptrdiff_t>(end));
    if (!levels.empty() && !fribidi_reorder_line(kReorderFlags, types.data(), static_cast<FriBidiStrIndex>(end - begin), 0,
                                                 level_ ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR, levels.data(), nullptr, nullptr))
        return std::vector<std::uint8_t>(levels_.begin() + static_cast<std::ptrdiff_t>(begin), levels_.begin() + static_cast<std::ptrdiff_t>(end));
    return std::vector<std::uint8_t>(levels.begin(), levels.end());
}

std::vector<std::size_t> BidiParagraph::visualOrder(std::size_t begin, std::size_t end) const {
    std::vector<std::size_t> order(end - begin);
    std::iota(order.begin(), order.end(), begin);
    if (leftToRight() || begin == end) return order;
    std::vector<FriBidiLevel> levels(levels_.begin() + static_cast<std::ptrdiff_t>(begin), levels_.begin() + static_cast<std::ptrdiff_t>(end));
    std::vector<FriBidiCharType> types(types_.begin() + static_cast<std::ptrdiff_t>(begin), types_.begin() + static_cast<std::ptrdiff_t>(end));
    std::vector<FriBidiStrIndex> map(end - begin);
    std::iota(map.begin(), map.end(), 0);
    if (!fribidi_reorder_line(kReorderFlags, types.data(), static_cast<FriBidiStrIndex>(end - begin), 0,
                              level_ ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR, levels.data(), nullptr, map.data()))
        return order;  // no memory: logical order, still every code point once
    for (std::size_t i = 0; i < map.size(); ++i) order[i] = begin + static_cast<std::size_t>(map[i]);
    return order;
}

char32_t mirrored(char32_t codePoint) {
    FriBidiChar mirror = codePoint;
    return fribidi_get_mirror_char(codePoint, &mirror) ? static_cast<char32_t>(mirror) : codePoint;
}

bool startsRightToLeft(char32_t c) {
    return (c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF) ||
           (c >= 0x10800 && c <= 0x10FFF) || (c >= 0x1E800 && c <= 0x1EFFF) || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

}  // namespace spanmark::app
