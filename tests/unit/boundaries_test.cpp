#include <catch_amalgamated.hpp>

#include <fstream>
#include <sstream>

#include "core/boundaries.hpp"
#include "core/utf8.hpp"
#include "unicode_samples.hpp"

using namespace spanmark;

namespace {

Text make(const std::string& s) { return std::move(Text::fromUtf8(s).value()); }

std::string word(const Text& t, Range r) { return std::string(t.slice(r.begin, r.end)); }

}  // namespace

// Every line of the Unicode Consortium's own test file (Debian's unicode-data).
TEST_CASE("grapheme boundaries pass GraphemeBreakTest.txt", "[boundaries]") {
    const char* path = "/usr/share/unicode/auxiliary/GraphemeBreakTest.txt";
    std::ifstream in(path);
    REQUIRE(in.good());  // scripts/setup installs unicode-data
    std::string line;
    std::size_t cases = 0;
    while (std::getline(in, line)) {
        line = line.substr(0, line.find('#'));
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        std::istringstream tokens(line);
        std::string token, bytes;
        std::vector<bool> breaks;  // before each code point, and at the end
        while (tokens >> token) {
            if (token == "\xC3\xB7") breaks.push_back(true);        // ÷
            else if (token == "\xC3\x97") breaks.push_back(false);  // ×
            else utf8::append(bytes, static_cast<char32_t>(std::stoul(token, nullptr, 16)));
        }
        const Text text = make(bytes);
        REQUIRE(breaks.size() == text.size() + 1);
        for (std::size_t i = 0; i <= text.size(); ++i) {
            INFO(line << " at " << i);
            CHECK(isGraphemeBoundary(text, i) == breaks[i]);
        }
        ++cases;
    }
    CHECK(cases > 600);
}

TEST_CASE("stepping by grapheme keeps emoji, flags and accents whole", "[boundaries]") {
    const Text t = make(test::u8(u8"a👨‍👩‍👧🇵🇹e\u0301!"));
    // a | family (5 code points) | flag (2) | e + accent (2) | !
    CHECK(nextGraphemeBoundary(t, 0) == 1);
    CHECK(nextGraphemeBoundary(t, 1) == 6);
    CHECK(nextGraphemeBoundary(t, 6) == 8);
    CHECK(nextGraphemeBoundary(t, 8) == 10);
    CHECK(previousGraphemeBoundary(t, 10) == 8);
    CHECK(previousGraphemeBoundary(t, 7) == 6);
    CHECK(previousGraphemeBoundary(t, 3) == 1);
    CHECK_FALSE(isGraphemeBoundary(t, 9));
    CHECK(nextGraphemeBoundary(t, t.size()) == t.size());
    CHECK(previousGraphemeBoundary(t, 0) == 0);
}

TEST_CASE("words keep inner hyphens, periods and commas", "[boundaries]") {
    const Text t = make("Bashar al-Assad paid 1,200 or 3.5% (U.S. data).");
    CHECK(word(t, wordAt(t, 9)) == "al-Assad");
    CHECK(word(t, wordAt(t, 22)) == "1,200");
    CHECK(word(t, wordAt(t, 31)) == "3.5");
    CHECK(word(t, wordAt(t, 36)) == "U.S");
    CHECK(word(t, wordAt(t, 27)) == "or");
    CHECK(word(t, wordAt(t, 26)) == "1,200");  // just after a word picks that word
}

TEST_CASE("an apostrophe ends a word", "[boundaries]") {
    const Text t = make(test::u8(u8"the minister’s aide and O'Neill"));
    const std::size_t m = 4;
    CHECK(word(t, wordAt(t, m)) == "minister");
    CHECK(word(t, snapToWords(t, {5, 7})) == "minister");
    CHECK(word(t, wordAt(t, 24)) == "O");
}

TEST_CASE("a drag snaps outwards to whole words and sheds edge spaces", "[boundaries]") {
    const Text t = make("The harbour strike ended on Friday.");
    CHECK(word(t, snapToWords(t, {6, 14})) == "harbour strike");   // from inside both words
    CHECK(word(t, snapToWords(t, {3, 12})) == "harbour");          // leading space, trailing space
    CHECK(word(t, snapToWords(t, {28, 35})) == "Friday.");         // the period is outside the word but selected
    CHECK(snapToWords(t, {3, 4}) == Range{3, 4});                  // only a space: unchanged
    CHECK(snapToWords(t, {5, 5}) == Range{5, 5});                  // empty: unchanged
}

TEST_CASE("snapping works in accented, Cyrillic, Greek and Arabic words", "[boundaries]") {
    const Text t = make(test::u8(u8"Jose\u0301 Muñoz, Москва, Αθήνα, القاهرة"));
    CHECK(word(t, snapToWords(t, {1, 2})) == test::u8(u8"Jose\u0301"));
    CHECK(word(t, snapToWords(t, {8, 9})) == test::u8(u8"Muñoz"));
    CHECK(word(t, snapToWords(t, {14, 15})) == test::u8(u8"Москва"));
    CHECK(word(t, snapToWords(t, {22, 23})) == test::u8(u8"Αθήνα"));
    CHECK(word(t, snapToWords(t, {30, 31})) == test::u8(u8"القاهرة"));
}

TEST_CASE("a selection never ends inside an emoji sequence", "[boundaries]") {
    const Text t = make(test::u8(u8"fans 👨‍👩‍👧 here"));
    // An exact range that cuts the family in half is widened to the cluster.
    CHECK(snapToWords(t, {5, 7}) == Range{5, 10});
}

TEST_CASE("word steps for Ctrl+arrows", "[boundaries]") {
    const Text t = make("one two-three  four");
    CHECK(nextWordEnd(t, 0) == 3);
    CHECK(nextWordEnd(t, 3) == 13);
    CHECK(previousWordStart(t, 19) == 15);
    CHECK(previousWordStart(t, 15) == 4);
}
