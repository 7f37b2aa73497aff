#include "core/utf8.hpp"

namespace spanmark::utf8 {

Decoded decode(std::string_view s, std::size_t at) {
    if (at >= s.size()) return {};
    const auto b0 = static_cast<unsigned char>(s[at]);
    if (b0 < 0x80) return {b0, 1};
    int length;
    char32_t cp;
    char32_t min;
    if ((b0 & 0xE0) == 0xC0) { length = 2; cp = b0 & 0x1F; min = 0x80; }
    else if ((b0 & 0xF0) == 0xE0) { length = 3; cp = b0 & 0x0F; min = 0x800; }
    else if ((b0 & 0xF8) == 0xF0) { length = 4; cp = b0 & 0x07; min = 0x10000; }
    else return {};
    if (at + length > s.size()) return {};
    for (int i = 1; i < length; ++i) {
        const auto b = static_cast<unsigned char>(s[at + i]);
        if (!isContinuation(b)) return {};
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {};
    return {cp, length};
}

std::optional<std::size_t> firstInvalid(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        // ASCII runs are the common case in news text; skip them without decoding.
        if (static_cast<unsigned char>(s[i]) < 0x80) { ++i; continue; }
        const Decoded d = decode(s, i);
        if (d.length == 0) return i;
        i += d.length;
    }
    return std::nullopt;
}

Decoded decodeBefore(std::string_view s, std::size_t at) {
    if (at == 0 || at > s.size()) return {};
    std::size_t begin = at - 1;
    while (begin > 0 && at - begin < 4 && isContinuation(static_cast<unsigned char>(s[begin]))) --begin;
    return decode(s, begin);
}

void append(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

}  // namespace spanmark::utf8
