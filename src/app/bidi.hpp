#pragma once
// The Unicode Bidirectional Algorithm (UAX #9, computed by FriBidi) over one
// paragraph of code points: each one's embedding level, and for any line of
// the paragraph the order its code points are drawn in, left to right. A
// pure function of the text, like the rest of the layout: no window, no
// fonts. Offsets stay logical everywhere; only drawing and hit-testing ask
// for the visual order.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace spanmark::app {

enum class BaseDirection {
    Auto,         // from the first strong letter (rules P2, P3); left to right when there is none
    LeftToRight,
    RightToLeft,
};

class BidiParagraph {
public:
    BidiParagraph(std::u32string_view text, BaseDirection base = BaseDirection::Auto);

    // 0 for a left-to-right paragraph, 1 for a right-to-left one.
    int level() const { return level_; }
    // True when nothing in it runs right to left: drawing may skip the reordering.
    bool leftToRight() const { return maxLevel_ == 0; }
    std::size_t size() const { return levels_.size(); }

    // The resolved level of each code point of [begin, end) as a line of this
    // paragraph (rule L1 puts trailing spaces and separators at the paragraph's level).
    std::vector<std::uint8_t> lineLevels(std::size_t begin, std::size_t end) const;
    // The code points of [begin, end), as indices into the paragraph, in the order
    // they are drawn from left to right (rule L2).
    std::vector<std::size_t> visualOrder(std::size_t begin, std::size_t end) const;
    // True for a code point the algorithm removes (rule X9: embedding and override
    // controls, boundary neutrals): it has no level of its own and draws nothing.
    bool removed(std::size_t i) const;

private:
    std::vector<std::uint32_t> types_;  // FriBidi's bidi types
    std::vector<std::uint8_t> levels_;  // after rules up to I2 and parts 1 to 3 of L1
    int level_ = 0;
    int maxLevel_ = 0;
};

// The glyph a character at a right-to-left level is drawn with: "(" as ")", and so on (rule L4).
char32_t mirrored(char32_t codePoint);
// True for a code point that can make a paragraph need reordering: a letter or digit of a
// right-to-left script, or a bidi control other than LRM. Paragraphs without any skip the algorithm.
bool startsRightToLeft(char32_t codePoint);

}  // namespace spanmark::app
