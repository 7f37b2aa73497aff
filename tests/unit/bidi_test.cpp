// The bidirectional algorithm of the layout (app/bidi) against the Unicode
// Consortium's own BidiCharacterTest.txt (Debian's unicode-data): for every
// line, the paragraph's level, each code point's resolved level, and the
// order the line is drawn in.
#include <catch_amalgamated.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "app/bidi.hpp"

using namespace spanmark::app;

namespace {

std::vector<std::string> fields(const std::string& line) {
    std::vector<std::string> out;
    std::istringstream in(line);
    std::string field;
    while (std::getline(in, field, ';')) out.push_back(field);
    return out;
}

}  // namespace

TEST_CASE("bidi: every line of BidiCharacterTest.txt resolves to its levels and visual order", "[bidi]") {
    const char* path = "/usr/share/unicode/BidiCharacterTest.txt";
    std::ifstream in(path);
    REQUIRE(in.good());  // scripts/setup installs unicode-data
    std::string line;
    std::size_t cases = 0, failed = 0;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        const std::vector<std::string> f = fields(line);
        REQUIRE(f.size() == 5);
        std::u32string text;
        std::istringstream points(f[0]);
        std::string hex;
        while (points >> hex) text.push_back(static_cast<char32_t>(std::stoul(hex, nullptr, 16)));
        const BaseDirection base = f[1] == "0" ? BaseDirection::LeftToRight : f[1] == "1" ? BaseDirection::RightToLeft : BaseDirection::Auto;
        const BidiParagraph paragraph(text, base);
        const std::vector<std::uint8_t> levels = paragraph.lineLevels(0, text.size());
        std::istringstream wantLevels(f[3]), wantOrder(f[4]);
        std::string level;
        bool right = paragraph.level() == std::stoi(f[2]);
        for (std::size_t i = 0; wantLevels >> level; ++i) {
            if (i >= text.size()) right = false;
            else if (level == "x") right = right && paragraph.removed(i);
            else right = right && !paragraph.removed(i) && levels[i] == std::stoi(level);
        }
        std::vector<std::size_t> order;
        for (std::size_t i : paragraph.visualOrder(0, text.size()))
            if (!paragraph.removed(i)) order.push_back(i);
        std::size_t index = 0, at = 0;
        while (wantOrder >> index) right = right && at < order.size() && order[at++] == index;
        right = right && at == order.size();
        if (!right && ++failed <= 5) UNSCOPED_INFO("wrong: " << line);
        ++cases;
    }
    CHECK(failed == 0);
    CHECK(cases > 90000);
}

TEST_CASE("bidi: a paragraph's direction, and a line's order within it", "[bidi]") {
    // Hebrew "shalom" then Latin "abc": right to left by its first strong letter.
    const std::u32string mixed = U"\u05E9\u05DC\u05D5\u05DD abc";
    const BidiParagraph rtl(mixed);
    CHECK(rtl.level() == 1);
    CHECK_FALSE(rtl.leftToRight());
    // Drawn left to right: "abc", the space, then the Hebrew from its last letter to its first.
    CHECK(rtl.visualOrder(0, mixed.size()) == std::vector<std::size_t>{5, 6, 7, 4, 3, 2, 1, 0});
    // The same text forced left to right: the Hebrew word reversed in place.
    const BidiParagraph ltr(mixed, BaseDirection::LeftToRight);
    CHECK(ltr.level() == 0);
    CHECK(ltr.visualOrder(0, mixed.size()) == std::vector<std::size_t>{3, 2, 1, 0, 4, 5, 6, 7});
    // A line of it: the order of those code points only, as a line of the paragraph.
    CHECK(rtl.visualOrder(0, 4) == std::vector<std::size_t>{3, 2, 1, 0});
    // Latin only: nothing to reorder.
    const BidiParagraph latin(U"plain text");
    CHECK(latin.leftToRight());
    CHECK(latin.visualOrder(2, 5) == std::vector<std::size_t>{2, 3, 4});
    // Nothing at all.
    const BidiParagraph empty(U"");
    CHECK(empty.level() == 0);
    CHECK(empty.visualOrder(0, 0).empty());
}

TEST_CASE("bidi: unpaired controls, isolated marks, unassigned code points and a long mixed line resolve without a hang", "[bidi]") {
    // Unmatched embeddings and isolates, a mark with no base, an unassigned code point, then 200,000 more.
    std::u32string hostile = U"\u202B\u202B\u2067\u0301\U000E0080\u202C\u2069\u2069\u202E";
    for (int i = 0; hostile.size() < 200000; ++i) hostile += (i % 3 == 0) ? U"\u05D0\u0661 " : (i % 3 == 1) ? U"a1\u200F" : U"\u2066(\u0627]";
    const BidiParagraph paragraph(hostile);
    const std::vector<std::size_t> order = paragraph.visualOrder(0, hostile.size());
    REQUIRE(order.size() == hostile.size());
    // Each code point drawn once.
    std::vector<bool> seen(hostile.size());
    bool once = true;
    for (std::size_t i : order) {
        once = once && i < hostile.size() && !seen[i];
        if (i < hostile.size()) seen[i] = true;
    }
    CHECK(once);
}
