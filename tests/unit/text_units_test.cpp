// Which pieces of a line the machine's fonts draw whole, with what joining
// context, and how the layout measures, wraps and hit-tests them.
#include <catch_amalgamated.hpp>

#include "app/text_layout.hpp"
#include "app/text_units.hpp"

using namespace spanmark;
using namespace spanmark::app;

namespace {

Text make(const std::string& s) { return std::move(Text::fromUtf8(s).value()); }

// Like the embedded font: Latin, Greek, Cyrillic and Arabic's isolated letters, punctuation.
bool embedded(char32_t c) { return c < 0x0590 || (c >= 0x0600 && c <= 0x06FF) || (c >= 0x2000 && c <= 0x206F); }

std::vector<std::string> keysOf(const Text& text) {
    std::vector<std::string> out;
    for (const SystemUnit& u : systemUnits(text, 0, text.size(), embedded)) out.push_back(u.key);
    return out;
}

// The letters of each word of a joining script, with their joining context.
std::vector<std::string> lettersOf(const Text& text) {
    std::vector<std::string> out;
    for (const SystemUnit& u : systemUnits(text, 0, text.size(), embedded))
        for (const SystemUnit& part : u.parts) out.push_back(part.key);
    return out;
}

// 10 px for each code point a unit draws (its joiners not counted).
class CountingMetrics final : public FontMetrics {
public:
    float advance(char32_t) const override { return 10; }
    float lineHeight() const override { return 16; }
    bool hasGlyph(char32_t c) const override { return embedded(c); }
    float unitAdvance(std::string_view key) const override {
        float n = 0;
        for (std::size_t i = 0; i < key.size(); ++i)
            if ((static_cast<unsigned char>(key[i]) & 0xC0) != 0x80 && key.substr(i, 3) != "\u200D") ++n;
        return 10 * n;
    }
};

// 10 px a code point; a unit the machine draws is 25 px, except those holding "x" (none there).
class UnitMetrics final : public FontMetrics {
public:
    float advance(char32_t) const override { return 10; }
    float lineHeight() const override { return 16; }
    bool hasGlyph(char32_t c) const override { return embedded(c); }
    float unitAdvance(std::string_view key) const override { return key.find('x') == std::string_view::npos ? 25 : -1; }
};

const std::string kFamily = "\U0001F469\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466";  // 7 code points, one cluster
const std::string kFlag = "\U0001F1EF\U0001F1F5";
const std::string kWave = "\U0001F44B\U0001F3FD";  // a waving hand with a skin tone

}  // namespace

TEST_CASE("units: a line the embedded font draws has none", "[units]") {
    CHECK(keysOf(make("Port strike ends, 3.5% rise \u201Cquoted\u201D")).empty());
}

TEST_CASE("units: emoji sequences, flags and skin tones are one unit each", "[units]") {
    const Text text = make("hi " + kFamily + " " + kFlag + kWave + "!");
    const auto units = systemUnits(text, 0, text.size(), embedded);
    REQUIRE(units.size() == 3);
    CHECK(units[0].begin == 3);
    CHECK(units[0].end == 10);
    CHECK(units[0].key == kFamily);
    CHECK(units[1].key == kFlag);
    CHECK(units[2].key == kWave);
    CHECK(units[2].end == 15);
}

TEST_CASE("units: each Arabic letter in the form its neighbours give it, lam and alef as one", "[units]") {
    // seen, lam, alef, meem: seen joins the lam after it; lam-alef joins the seen before; alef never
    // joins what follows, so the meem stands alone.
    const Text text = make("\u0633\u0644\u0627\u0645 12");
    CHECK(lettersOf(text) == std::vector<std::string>{"\u0633\u200D", "\u200D\u0644\u0627", "\u0645"});
    CHECK(keysOf(text) == std::vector<std::string>{"\u0633\u0644\u0627\u0645"});  // the word, drawn whole
    // Marks are skipped when looking for the neighbour: beh with a fatha between beh and teh.
    CHECK(lettersOf(make("\u0628\u064E\u062A")) == std::vector<std::string>{"\u0628\u064E\u200D", "\u200D\u062A"});
    // A Latin letter or a space between them breaks the joining, and makes two words.
    CHECK(lettersOf(make("\u0628 \u062A")) == std::vector<std::string>{"\u0628", "\u062A"});
    CHECK(keysOf(make("\u0628 \u062A")) == std::vector<std::string>{"\u0628", "\u062A"});
}

TEST_CASE("units: a Devanagari conjunct across a virama is one unit; Hebrew with its points", "[units]") {
    // ksha + e, tra: clusters "k+virama", "ssa+e", "ta+virama", "ra" joined in twos.
    CHECK(keysOf(make("\u0915\u094D\u0937\u0947\u0924\u094D\u0930")) ==
          std::vector<std::string>{"\u0915\u094D\u0937\u0947", "\u0924\u094D\u0930"});
    CHECK(keysOf(make("\u05E9\u05B8\u05C1\u05DC\u05D5\u05B9\u05DD")) ==
          std::vector<std::string>{"\u05E9\u05B8\u05C1", "\u05DC", "\u05D5\u05B9", "\u05DD"});
    // A virama before a space ends its unit there.
    CHECK(keysOf(make("\u0915\u094D \u0937")) == std::vector<std::string>{"\u0915\u094D", "\u0937"});
}

TEST_CASE("units: the layout measures a unit by its key, and never puts the caret or a wrap inside it", "[units][layout]") {
    const Text text = make("ab" + kFamily + "c");  // a b [family: 7] c
    TextLayout layout;
    LayoutOptions options;
    options.width = 500;
    const UnitMetrics metrics;
    layout.build(text, metrics, options);
    REQUIRE(layout.hasUnits(0));
    REQUIRE(layout.unitAt(2).has_value());
    CHECK(layout.unitAt(2)->key == kFamily);
    CHECK(layout.unitAt(2)->end == 9);
    CHECK(layout.unitAt(2)->drawn);
    CHECK(layout.unitAt(3)->begin == 2);  // inside it
    CHECK_FALSE(layout.unitAt(9).has_value());
    CHECK(layout.xOf(text, metrics, 0, 9) == 45);
    for (float x = 20; x < 45; x += 1) {
        const std::size_t hit = layout.hitTest(text, metrics, {x, 5});
        CHECK((hit == 2 || hit == 9));
        CHECK(layout.characterAt(text, metrics, {x, 5}) == std::optional<std::size_t>(2));
    }
    CHECK(layout.hitTest(text, metrics, {34, 5}) == 9);
    CHECK(layout.hitTest(text, metrics, {31, 5}) == 2);
    const auto boxes = layout.glyphs(text, metrics, 0);
    CHECK(boxes[2].end == 9);
    CHECK(boxes[3].withinUnit);
    // 40 px wide: "ab" and the family do not fit together; the line breaks before it, not inside.
    options.width = 40;
    layout.build(text, metrics, options);
    REQUIRE(layout.lineCount() == 2);
    CHECK(layout.line(0).end == 2);
    CHECK(layout.line(1).begin == 2);
}

TEST_CASE("units: a unit the machine's fonts cannot draw keeps each code point's own advance", "[units][layout]") {
    const Text text = make("\u4E2Dx\u0301 \u4E2D");  // a CJK letter, then x with an accent: 'x' is refused
    TextLayout layout;
    LayoutOptions options;
    options.width = 500;
    const UnitMetrics metrics;
    layout.build(text, metrics, options);
    REQUIRE(layout.unitAt(0).has_value());
    CHECK(layout.unitAt(0)->drawn);
    CHECK(layout.xOf(text, metrics, 0, 1) == 25);
    CHECK(layout.unitAt(4).has_value());
    // The CJK letter and the x are separate clusters: only the first is a unit.
    CHECK_FALSE(layout.unitAt(1).has_value());
    CHECK(layout.xOf(text, metrics, 0, 4) == 55);
}

TEST_CASE("units: Arabic letters are reordered as units; a drag over a word covers exactly its code points", "[units][layout][bidi]") {
    // "abc " + seen lam alef meem + " def": the Arabic word is one unit, its caret stops at seen,
    // lam-alef and meem.
    const Text text = make("abc \u0633\u0644\u0627\u0645 def");
    TextLayout layout;
    LayoutOptions options;
    options.width = 500;
    const CountingMetrics metrics;
    layout.build(text, metrics, options);
    REQUIRE(layout.reordered(0));
    REQUIRE(layout.hasUnits(0));
    REQUIRE(layout.unitAt(6).has_value());
    CHECK(layout.unitAt(6)->begin == 4);
    CHECK(layout.unitAt(6)->end == 8);
    // Drawn left to right: meem (10), lam-alef (20), seen (10) from x 40.
    using Extents = std::vector<std::pair<float, float>>;
    CHECK(layout.extentsOf(text, metrics, 0, 4, 8) == Extents{{40, 80}});
    CHECK(layout.extentsOf(text, metrics, 0, 5, 7) == Extents{{50, 70}});  // the ligature
    CHECK(layout.xOf(text, metrics, 0, 4) == 80);  // before seen: its right edge
    CHECK(layout.xOf(text, metrics, 0, 8) == 80);  // the space after the word, left to right again
    const std::size_t from = layout.hitTest(text, metrics, {79, 5});
    const std::size_t to = layout.hitTest(text, metrics, {41, 5});
    CHECK(std::min(from, to) == 4);
    CHECK(std::max(from, to) == 8);
    for (float x = 51; x < 70; x += 2) {
        const std::size_t hit = layout.hitTest(text, metrics, {x, 5});
        CHECK((hit == 5 || hit == 7));
    }
}

