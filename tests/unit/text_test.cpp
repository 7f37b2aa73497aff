#include <catch_amalgamated.hpp>

#include "core/text.hpp"
#include "unicode_samples.hpp"

using namespace spanmark;

namespace {

// An independent count: walk the bytes once and record, for each code point,
// where it starts in bytes and in UTF-16 units.
struct Table {
    std::vector<std::size_t> byte, utf16;
};

Table countByHand(const std::string& s) {
    Table t;
    std::size_t u = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if ((c & 0xC0) == 0x80) continue;
        t.byte.push_back(i);
        t.utf16.push_back(u);
        u += (c >= 0xF0) ? 2 : 1;
    }
    t.byte.push_back(s.size());
    t.utf16.push_back(u);
    return t;
}

}  // namespace

TEST_CASE("code point, byte and UTF-16 offsets agree with a count by hand", "[text]") {
    for (const auto& [name, bytes] : test::unicodeSamples()) {
        INFO(name);
        auto text = Text::fromUtf8(bytes);
        REQUIRE(text);
        const Table t = countByHand(bytes);
        REQUIRE(text->size() + 1 == t.byte.size());
        CHECK(text->utf16Size() == t.utf16.back());
        const std::size_t step = text->size() > 5000 ? 997 : 1;
        for (std::size_t cp = 0; cp <= text->size(); cp += step) {
            CHECK(text->byteOf(cp) == t.byte[cp]);
            CHECK(text->utf16Of(cp) == t.utf16[cp]);
            CHECK(text->codePointOfByte(t.byte[cp]) == cp);
            CHECK(text->codePointOfUtf16(t.utf16[cp]) == cp);
        }
    }
}

TEST_CASE("a UTF-16 position inside a surrogate pair is detected", "[text]") {
    auto text = Text::fromUtf8(test::u8(u8"a😀b"));
    REQUIRE(text);
    CHECK(text->utf16Size() == 4);
    CHECK_FALSE(text->splitsSurrogatePair(1));
    CHECK(text->splitsSurrogatePair(2));
    CHECK(text->codePointOfUtf16(2) == 1);
    CHECK_FALSE(text->splitsSurrogatePair(3));
    CHECK(text->codePointOfUtf16(3) == 2);
}

TEST_CASE("invalid UTF-8 is refused with its byte offset", "[text]") {
    auto text = Text::fromUtf8(std::string("valid then \xC3("));
    REQUIRE_FALSE(text);
    CHECK(text.error().where == "byte 11");
}

TEST_CASE("lines break at LF, CRLF as one break, and lone CR", "[text]") {
    auto text = Text::fromUtf8("one\r\ntwo\nthree\rfour");
    REQUIRE(text);
    REQUIRE(text->lineCount() == 4);
    CHECK(text->lineStart(1) == 5);
    CHECK(text->lineEnd(0) == 3);
    CHECK(text->lineStart(2) == 9);
    CHECK(text->lineStart(3) == 15);
    CHECK(text->lineEnd(3) == 19);
    CHECK(text->lineOf(4) == 0);  // the LF of CRLF belongs to the first line
    CHECK(text->lineOf(5) == 1);
    CHECK(text->slice(5, 8) == "two");
}

TEST_CASE("slices follow code points across astral characters", "[text]") {
    auto text = Text::fromUtf8(test::u8(u8"港口𠀀工人"));
    REQUIRE(text);
    CHECK(text->size() == 5);
    CHECK(text->slice(2, 3) == test::u8(u8"𠀀"));
    CHECK(text->at(2) == U'\U00020000');
}

TEST_CASE("byte offsets are exact in text that mixes one- to four-byte characters at every alignment", "[text]") {
    // Runs of each length, so the eight-byte steps of byteOf start and stop
    // inside characters, between them and at checkpoint edges.
    const char* pieces[] = {"a", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x91\x8D", "abcdefghij", " "};
    std::string bytes;
    unsigned seed = 7;
    for (int i = 0; i < 3000; ++i) {
        seed = seed * 1103515245u + 12345u;
        bytes += pieces[(seed >> 16) % 6];
    }
    auto text = Text::fromUtf8(bytes);
    REQUIRE(text);
    const Table t = countByHand(bytes);
    for (std::size_t cp = 0; cp <= text->size(); ++cp) REQUIRE(text->byteOf(cp) == t.byte[cp]);
    CHECK(text->slice(1, 4) == bytes.substr(t.byte[1], t.byte[4] - t.byte[1]));
}
