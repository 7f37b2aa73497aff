#include <catch_amalgamated.hpp>

#include "core/utf8.hpp"
#include "unicode_samples.hpp"

using namespace spanmark;

TEST_CASE("utf8 decodes every sample and re-encodes it byte for byte", "[utf8]") {
    for (const auto& [name, text] : test::unicodeSamples()) {
        INFO(name);
        std::string again;
        for (std::size_t i = 0; i < text.size();) {
            const auto d = utf8::decode(text, i);
            REQUIRE(d.length > 0);
            utf8::append(again, d.codePoint);
            i += d.length;
        }
        CHECK(again == text);
        CHECK_FALSE(utf8::firstInvalid(text).has_value());
    }
}

TEST_CASE("utf8 names the byte of the first invalid sequence", "[utf8]") {
    CHECK(utf8::firstInvalid(std::string("ab\xC3")) == 2u);                 // truncated
    CHECK(utf8::firstInvalid(std::string("a\xC0\xAF")) == 1u);              // overlong '/'
    CHECK(utf8::firstInvalid(std::string("ok \xED\xA0\x80")) == 3u);        // UTF-16 surrogate
    CHECK(utf8::firstInvalid(std::string("x\xF4\x90\x80\x80")) == 1u);      // past U+10FFFF
    CHECK(utf8::firstInvalid(std::string("\x80")) == 0u);                   // lone continuation
    CHECK(utf8::firstInvalid(std::string("caf\xC3\xA9 \xFF")) == 6u);       // invalid lead byte
}

TEST_CASE("utf8 decodes the character before a position, whatever its length", "[utf8]") {
    for (const auto& [name, text] : test::unicodeSamples()) {
        INFO(name);
        for (std::size_t i = 0; i < text.size();) {
            const auto d = utf8::decode(text, i);
            const auto back = utf8::decodeBefore(text, i + d.length);
            REQUIRE(back.codePoint == d.codePoint);
            REQUIRE(back.length == d.length);
            i += d.length;
        }
        CHECK(utf8::decodeBefore(text, 0).length == 0);
    }
}
