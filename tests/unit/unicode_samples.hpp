#pragma once
// Test texts of our own, written to stress offsets: each sample names what it holds.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace spanmark::test {

inline std::string u8(const char8_t* s) { return std::string(reinterpret_cast<const char*>(s)); }

// The code point offset of the first occurrence of a UTF-8 needle in bytes.
inline std::size_t codePointOffset(std::string_view bytes, std::string_view needle) {
    std::size_t n = 0;
    const std::size_t at = bytes.find(needle);
    for (std::size_t i = 0; i < at && i < bytes.size(); ++i)
        if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) ++n;
    return n;
}

inline std::vector<std::pair<const char*, std::string>> unicodeSamples() {
    std::string longLine;
    for (int i = 0; i < 20000; ++i) longLine += "word word ";  // 200,000 characters, no break
    return {
        {"ascii", "The council met on Monday."},
        {"zwj family and skin tone", u8(u8"Fans 👨‍👩‍👧‍👦 cheered; the coach 👍🏽 waved.")},
        {"flags", u8(u8"Talks between 🇵🇹 and 🇪🇸 delegates resumed.")},
        {"decomposed accents", u8(u8"Cafe\u0301 owner Jose\u0301 Mun\u0303oz said no.")},
        {"arabic", u8(u8"قال الوزير إن المحادثات ستستمر")},
        {"cjk beyond the bmp", u8(u8"港口𠀀工人𠮷罢工")},
        {"crlf", "First line.\r\nSecond line.\r\n\r\nFourth.\r"},
        {"nbsp and narrow nbsp", u8(u8"It cost 1\u00A0200 euros at 9\u202Fa.m.")},
        {"variation selectors", u8(u8"Heart ❤️ and sun ☀︎ signs")},
        {"hangul", u8(u8"서울 시장은 말했다")},
        {"long line", longLine},
    };
}

}  // namespace spanmark::test
