#pragma once
// Test texts of our own, written to stress offsets: each sample names what it holds.
#include <string>
#include <utility>
#include <vector>

namespace spanmark::test {

inline std::string u8(const char8_t* s) { return std::string(reinterpret_cast<const char*>(s)); }

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
