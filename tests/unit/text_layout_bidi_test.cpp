// The layout of right-to-left and mixed lines: where each character is drawn,
// what a point hits, and what a range covers, all in logical code points.
#include <catch_amalgamated.hpp>

#include "app/text_layout.hpp"

using namespace spanmark;
using namespace spanmark::app;

namespace {

class TenPixels final : public FontMetrics {
public:
    float advance(char32_t) const override { return 10; }
    float lineHeight() const override { return 16; }
};

Text make(const std::string& s) { return std::move(Text::fromUtf8(s).value()); }

TextLayout laidOut(const Text& text, float width) {
    TextLayout layout;
    LayoutOptions options;
    options.width = width;
    layout.build(text, TenPixels(), options);
    return layout;
}

std::vector<std::size_t> drawingOrder(const Text& text, const TextLayout& layout, std::size_t line) {
    std::vector<std::size_t> out;
    for (const GlyphBox& g : layout.glyphs(text, TenPixels(), line)) out.push_back(g.codePoint);
    return out;
}

// Hebrew letters: alef, bet, gimel, dalet, he.
const std::string kAlef = "\u05D0", kBet = "\u05D1", kGimel = "\u05D2", kDalet = "\u05D3", kHe = "\u05D4";

}  // namespace

TEST_CASE("a right-to-left paragraph is drawn from the right edge, its first letter rightmost", "[layout][bidi]") {
    const Text text = make(kAlef + kBet + kGimel + " " + kDalet + kHe);  // 6 code points
    const TextLayout layout = laidOut(text, 500);
    REQUIRE(layout.lineCount() == 1);
    CHECK(layout.line(0).rightToLeft);
    CHECK(layout.line(0).x == 440);
    CHECK(drawingOrder(text, layout, 0) == std::vector<std::size_t>{5, 4, 3, 2, 1, 0});
    const auto boxes = layout.glyphs(text, TenPixels(), 0);
    CHECK(boxes.front().x == 440);
    CHECK(boxes.back().x == 490);  // alef, the first letter, at the right
    // The caret before a letter is at its right edge; the line's end is at its left.
    CHECK(layout.xOf(text, TenPixels(), 0, 0) == 500);
    CHECK(layout.xOf(text, TenPixels(), 0, 1) == 490);
    CHECK(layout.xOf(text, TenPixels(), 0, 6) == 440);
}

TEST_CASE("hit-testing a right-to-left letter: its right half is before it, its left half after", "[layout][bidi]") {
    const Text text = make(kAlef + kBet + kGimel);
    const TextLayout layout = laidOut(text, 300);  // drawn at 270..300: gimel, bet, alef
    CHECK(layout.hitTest(text, TenPixels(), {298, 5}) == 0);
    CHECK(layout.hitTest(text, TenPixels(), {292, 5}) == 1);
    CHECK(layout.hitTest(text, TenPixels(), {275, 5}) == 2);
    CHECK(layout.hitTest(text, TenPixels(), {271, 5}) == 3);
    CHECK(layout.hitTest(text, TenPixels(), {100, 5}) == 3);  // left of the text: the line's logical end
    CHECK(layout.characterAt(text, TenPixels(), {295, 5}) == std::optional<std::size_t>(0));
    CHECK(layout.characterAt(text, TenPixels(), {271, 5}) == std::optional<std::size_t>(2));
    CHECK_FALSE(layout.characterAt(text, TenPixels(), {100, 5}).has_value());
}

TEST_CASE("a Hebrew word inside an English line is reversed in place; a range across the boundary covers two pieces", "[layout][bidi]") {
    // Logical: a b c ' ' alef bet gimel ' ' d e f; drawn: a b c ' ' gimel bet alef ' ' d e f.
    const Text text = make("abc " + kAlef + kBet + kGimel + " def");
    const TextLayout layout = laidOut(text, 500);
    REQUIRE(layout.lineCount() == 1);
    CHECK_FALSE(layout.line(0).rightToLeft);
    CHECK(layout.line(0).x == 0);
    CHECK(drawingOrder(text, layout, 0) == std::vector<std::size_t>{0, 1, 2, 3, 6, 5, 4, 7, 8, 9, 10});
    using Extents = std::vector<std::pair<float, float>>;
    CHECK(layout.extentsOf(text, TenPixels(), 0, 4, 7) == Extents{{40, 70}});       // the Hebrew word
    CHECK(layout.extentsOf(text, TenPixels(), 0, 2, 6) == Extents{{20, 40}, {50, 70}});  // c, space, alef, bet
    CHECK(layout.extentsOf(text, TenPixels(), 0, 8, 11) == Extents{{80, 110}});
    CHECK(layout.xOf(text, TenPixels(), 0, 4) == 70);  // before alef: its right edge
    CHECK(layout.xOf(text, TenPixels(), 0, 8) == 80);
    CHECK(layout.characterAt(text, TenPixels(), {45, 5}) == std::optional<std::size_t>(6));
    // A drag from the Hebrew word's right end to its left end covers exactly its code points.
    const std::size_t from = layout.hitTest(text, TenPixels(), {69, 5});
    const std::size_t to = layout.hitTest(text, TenPixels(), {41, 5});
    CHECK(std::min(from, to) == 4);
    CHECK(std::max(from, to) == 7);
}

TEST_CASE("digits and Latin names inside a right-to-left line keep their own order", "[layout][bidi]") {
    // alef bet ' ' 1 2 3 ' ' gimel: the number reads left to right between the words.
    const Text text = make(kAlef + kBet + " 123 " + kGimel);
    const TextLayout layout = laidOut(text, 100);
    CHECK(layout.line(0).rightToLeft);
    CHECK(drawingOrder(text, layout, 0) == std::vector<std::size_t>{7, 6, 3, 4, 5, 2, 1, 0});
}

TEST_CASE("a wrapped right-to-left paragraph: each line aligned right, the first logical words on top", "[layout][bidi]") {
    std::string words;
    for (int i = 0; i < 6; ++i) words += kAlef + kBet + kGimel + " ";
    const Text text = make(words);  // six words of four code points
    const TextLayout layout = laidOut(text, 90);  // two words a line
    REQUIRE(layout.lineCount() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(layout.line(i).rightToLeft);
        CHECK(layout.line(i).begin == 8 * i);
        // The trailing space goes at the line's logical end (rule L1): its left.
        CHECK(drawingOrder(text, layout, i).front() == 8 * i + 7);
    }
    CHECK(layout.line(0).x == 10);  // 90 wide, 80 of text
    CHECK(layout.hitTest(text, TenPixels(), {89, 20}) == 8);
}

TEST_CASE("a line of 200,000 characters of both directions lays out, wraps and hit-tests", "[layout][bidi]") {
    std::string s;
    for (int i = 0; i < 20000; ++i) s += (i % 2 ? "abcd" : kAlef + kBet + kGimel + kDalet) + "\u202B\u05D4";
    const Text text = make(s);  // unpaired embeddings all through
    REQUIRE(text.size() == 120000);
    std::string mixedNoSpace;
    for (int i = 0; i < 40000; ++i) mixedNoSpace += i % 3 ? "x" : kHe;
    mixedNoSpace += std::string(160000, 'y');
    const Text longest = make(mixedNoSpace + "\u0301\u05B0\U000E0001\U0010FFFD");
    for (const Text* t : {&text, &longest}) {
        const TextLayout layout = laidOut(*t, 400);
        CHECK(layout.lineCount() > 100);
        const std::size_t last = layout.lineCount() - 1;
        CHECK(layout.line(last).end == t->size());
        const std::size_t hit = layout.hitTest(*t, TenPixels(), {200, layout.line(last).y + 5});
        CHECK(hit >= layout.line(last).begin);
        CHECK(hit <= layout.line(last).end);
    }
}

TEST_CASE("a drag along a reordered line covers what it passes over, a number inside right-to-left words included", "[layout][bidi]") {
    // alef bet ' ' 1 2 3 ' ' gimel, right to left: drawn gimel ' ' 1 2 3 ' ' bet alef from x 20.
    const Text text = make(kAlef + kBet + " 123 " + kGimel);
    const TextLayout layout = laidOut(text, 100);
    // Over "123" and "gimel": the logical range [3, 8), though the number's right edge is its logical end.
    CHECK(layout.visualHull(text, TenPixels(), 0, 22, 68) == std::pair<std::size_t, std::size_t>{3, 8});
    CHECK(layout.visualHull(text, TenPixels(), 0, 68, 22) == std::pair<std::size_t, std::size_t>{3, 8});
    // The whole line, and nothing when no glyph's middle is passed.
    CHECK(layout.visualHull(text, TenPixels(), 0, 0, 100) == std::pair<std::size_t, std::size_t>{0, 8});
    CHECK(layout.visualHull(text, TenPixels(), 0, 21, 23).second == 0);
}
