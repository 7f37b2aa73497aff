#include <catch_amalgamated.hpp>

#include "app/text_layout.hpp"
#include "unicode_samples.hpp"

using namespace spanmark;
using namespace spanmark::app;

namespace {

// Every character 10 px wide, except combining marks (0) and CJK (20).
class FixedMetrics final : public FontMetrics {
public:
    float advance(char32_t c) const override {
        if (c >= 0x300 && c <= 0x36F) return 0;
        if (c >= 0x4E00) return 20;
        return 10;
    }
    float lineHeight() const override { return 16; }
};

Text make(const std::string& s) { return std::move(Text::fromUtf8(s).value()); }

std::vector<std::string> lines(const Text& text, const TextLayout& layout) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < layout.lineCount(); ++i)
        out.emplace_back(text.slice(layout.line(i).begin, layout.line(i).end));
    return out;
}

}  // namespace

TEST_CASE("layout wraps at spaces, spaces hanging at the line end", "[layout]") {
    const Text text = make("the harbour strike ended");
    TextLayout layout;
    LayoutOptions options;
    options.width = 120;  // 12 characters
    layout.build(text, FixedMetrics(), options);
    CHECK(lines(text, layout) == std::vector<std::string>{"the harbour ", "strike ended"});
    CHECK(layout.line(1).y == 16);
    CHECK(layout.height() == 32);
}

TEST_CASE("layout breaks a word longer than the width", "[layout]") {
    const Text text = make("abcdefghijklmnop qr");
    TextLayout layout;
    LayoutOptions options;
    options.width = 50;
    layout.build(text, FixedMetrics(), options);
    CHECK(lines(text, layout) == std::vector<std::string>{"abcde", "fghij", "klmno", "p qr"});
}

TEST_CASE("layout treats CRLF as one break and keeps empty lines", "[layout]") {
    const Text text = make("one\r\n\r\ntwo");
    TextLayout layout;
    LayoutOptions options;
    options.width = 500;
    options.paragraphSpacing = 4;
    layout.build(text, FixedMetrics(), options);
    CHECK(lines(text, layout) == std::vector<std::string>{"one", "", "two"});
    CHECK(layout.line(1).begin == 5);
    CHECK(layout.line(2).y == 2 * (16 + 4));
}

TEST_CASE("tabs advance to the next stop", "[layout]") {
    const Text text = make("a\tb");
    TextLayout layout;
    LayoutOptions options;
    options.width = 500;
    options.tabStop = 4;  // 40 px
    layout.build(text, FixedMetrics(), options);
    CHECK(layout.xOf(text, FixedMetrics(), 0, 2) == 40);
}

TEST_CASE("hit-testing picks the nearest boundary", "[layout]") {
    const Text text = make("abc def\nxyz");
    TextLayout layout;
    LayoutOptions options;
    options.width = 500;
    layout.build(text, FixedMetrics(), options);
    const FixedMetrics m;
    CHECK(layout.hitTest(text, m, {14, 5}) == 1);   // right half of 'a' -> after it
    CHECK(layout.hitTest(text, m, {16, 5}) == 2);
    CHECK(layout.hitTest(text, m, {900, 5}) == 7);  // past the end of the line
    CHECK(layout.hitTest(text, m, {0, 20}) == 8);   // second line
    CHECK(layout.hitTest(text, m, {0, 900}) == 8);  // below the text: last line
}

TEST_CASE("combining marks add no width and CJK measures by its own advance", "[layout]") {
    const Text text = make(test::u8(u8"Jose\u0301 港口"));
    TextLayout layout;
    LayoutOptions options;
    options.width = 500;
    layout.build(text, FixedMetrics(), options);
    const FixedMetrics m;
    CHECK(layout.xOf(text, m, 0, 5) == 40);  // "Jose" + combining acute
    CHECK(layout.xOf(text, m, 0, 8) == 90);  // + space + two CJK characters
    CHECK(layout.lineOf(7) == 0);
}

TEST_CASE("the character under a point, and none past a line's end", "[layout]") {
    const Text text = make("abc\n\nxy");
    TextLayout layout;
    LayoutOptions options;
    options.width = 500;
    options.paragraphSpacing = 4;
    layout.build(text, FixedMetrics(), options);
    const FixedMetrics m;
    CHECK(layout.characterAt(text, m, {15, 5}) == 1u);
    CHECK(layout.characterAt(text, m, {35, 5}) == std::nullopt);   // right of "abc"
    CHECK(layout.characterAt(text, m, {5, 18}) == std::nullopt);   // in the spacing below line 1
    CHECK(layout.characterAt(text, m, {5, 2 * 20 + 3}) == 5u);     // 'x' on the third line
    CHECK(layout.characterAt(text, m, {5, 900}) == std::nullopt);
}

TEST_CASE("a long word never breaks inside a grapheme cluster", "[layout]") {
    // Five e+acute pairs with no space: wraps may only fall between clusters.
    const Text text = make(test::u8(u8"e\u0301e\u0301e\u0301e\u0301e\u0301"));
    TextLayout layout;
    LayoutOptions options;
    options.width = 25;  // fits two clusters (marks are 0 wide)
    layout.build(text, FixedMetrics(), options);
    for (std::size_t i = 0; i < layout.lineCount(); ++i) {
        INFO("line " << i);
        CHECK(layout.line(i).begin % 2 == 0);
    }
    CHECK(layout.lineCount() == 3);
}
