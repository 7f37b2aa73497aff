// The suggestion rules' view of a text, read from its UTF-8 in place: word
// bounds in code points and bytes, folded forms and gaps, on every script.
#include <catch_amalgamated.hpp>

#include "core/search.hpp"
#include "core/unicode.hpp"
#include "suggest/scan.hpp"
#include "unicode_samples.hpp"

using namespace spanmark;
using namespace spanmark::suggest;

namespace {

std::string foldedByHand(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        const auto d = utf8::decode(s, i);
        utf8::append(out, foldCase(d.codePoint));
        i += static_cast<std::size_t>(d.length);
    }
    return out;
}

}  // namespace

TEST_CASE("scan: each word's bytes, folded form and gaps agree with the text", "[suggest][scan]") {
    auto samples = test::unicodeSamples();
    samples.emplace_back("capitals in every script", test::u8(u8"ÉCOLE Ωμέγα ДОМ İstanbul ǅungla STRASSE “Quoted” — Wörds"));
    for (const auto& [name, bytes] : samples) {
        INFO(name);
        const Text text = std::move(Text::fromUtf8(bytes).value());
        const Scan scan(text);
        REQUIRE(scan.size() == text.size());
        std::size_t covered = 0;
        for (std::size_t i = 0; i < scan.wordCount(); ++i) {
            const Word& w = scan.word(i);
            REQUIRE(w.begin < w.end);
            REQUIRE(w.begin >= covered);
            covered = w.end;
            CHECK(w.byteBegin == text.byteOf(w.begin));
            CHECK(w.byteEnd == text.byteOf(w.end));
            CHECK(scan.wordText(i) == text.slice(w.begin, w.end));
            CHECK(scan.lower(i) == foldedByHand(scan.wordText(i)));
            CHECK(scan.gapAfter(i) == text.slice(w.end, i + 1 < scan.wordCount() ? scan.word(i + 1).begin : text.size()));
            CHECK(scan.gapBefore(i) == text.slice(i > 0 ? scan.word(i - 1).end : 0, w.begin));
            CHECK(scan.isCapitalised(i) == (foldCase(text.at(w.begin)) != text.at(w.begin)));
            CHECK(scan.wordAtOrAfter(w.begin) == i);
        }
    }
}

TEST_CASE("scan: words run over joiners between letters only, phrases join over one space or no-break space", "[suggest][scan]") {
    const Text text = std::move(Text::fromUtf8(test::u8(u8"Ré-open 2,500 a.m x- -y São\u00A0Paulo   two")).value());
    const Scan scan(text);
    std::vector<std::string> words;
    for (std::size_t i = 0; i < scan.wordCount(); ++i) words.emplace_back(scan.wordText(i));
    CHECK(words == std::vector<std::string>{test::u8(u8"Ré-open"), "2,500", "a.m", "x", "y", test::u8(u8"São"), "Paulo", "two"});
    CHECK(scan.joinedBySpace(0));
    CHECK_FALSE(scan.joinedBySpace(3));  // "x- -y"
    CHECK(scan.joinedBySpace(5));        // a no-break space
    CHECK_FALSE(scan.joinedBySpace(6));  // three spaces
    CHECK(scan.lower(0) == test::u8(u8"ré-open"));
    CHECK(scan.lower(5) == test::u8(u8"são"));
    CHECK(scan.startsWithDigit(1));
    CHECK_FALSE(scan.startsWithDigit(2));
}

TEST_CASE("scan: a sentence starts after an end mark, a dash or a line break, through quotation marks", "[suggest][scan]") {
    const Text text = std::move(Text::fromUtf8(test::u8(u8"One two. “Three — four\nfive (six seven")).value());
    const Scan scan(text);
    CHECK(scan.startsSentence(0));
    CHECK_FALSE(scan.startsSentence(1));
    CHECK(scan.startsSentence(2));  // after “. ”, through the quotation mark
    CHECK(scan.startsSentence(3));  // after the dash
    CHECK(scan.startsSentence(4));  // after the line break
    CHECK_FALSE(scan.startsSentence(5));  // a bracket after a word
    CHECK_FALSE(scan.startsSentence(6));
}
