#include "core/search.hpp"

#include "core/unicode.hpp"
#include "core/utf8.hpp"

namespace spanmark {

char32_t foldCase(char32_t c) {
    if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;                         // À–Þ
    if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x131 && c != 0x138 && c != 0x149 && c != 0x17F) {
        // Latin Extended-A pairs upper/lower case: even/odd from U+0100, odd/even from U+0139 to U+0148 and U+0179 to U+017E.
        const bool oddFirst = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
        if (c == 0x178) return 0xFF;
        return oddFirst ? ((c % 2 == 1) ? c + 1 : c) : ((c % 2 == 0) ? c + 1 : c);
    }
    if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c + 32;                       // Greek capitals
    if (c >= 0x386 && c <= 0x38F) {                                                   // Greek capitals with tonos
        switch (c) {
        case 0x386: return 0x3AC; case 0x388: return 0x3AD; case 0x389: return 0x3AE; case 0x38A: return 0x3AF;
        case 0x38C: return 0x3CC; case 0x38E: return 0x3CD; case 0x38F: return 0x3CE; default: return c;
        }
    }
    if (c == 0x3C2) return 0x3C3;                                                     // final sigma
    if (c >= 0x410 && c <= 0x42F) return c + 32;                                      // Cyrillic А–Я
    if (c >= 0x400 && c <= 0x40F) return c + 80;                                      // Ѐ–Џ
    return c;
}

std::vector<Range> findAll(const Text& text, std::string_view needle, const SearchOptions& options) {
    std::vector<Range> out;
    if (needle.empty()) return out;
    auto fold = [&](char32_t c) { return options.matchCase ? c : foldCase(c); };
    std::u32string pattern;
    for (std::size_t i = 0; i < needle.size();) {
        const utf8::Decoded d = utf8::decode(needle, i);
        if (d.length == 0) return out;
        pattern += fold(d.codePoint);
        i += d.length;
    }
    std::u32string hay;
    hay.reserve(text.size());
    const std::string_view bytes = text.bytes();
    for (std::size_t i = 0; i < bytes.size();) {
        const utf8::Decoded d = utf8::decode(bytes, i);
        hay += fold(d.codePoint);
        i += d.length;
    }
    for (std::size_t pos = hay.find(pattern); pos != std::u32string::npos; pos = hay.find(pattern, pos)) {
        const Range r{pos, pos + pattern.size()};
        bool accept = isGraphemeBoundary(text, r.begin) && isGraphemeBoundary(text, r.end);
        if (accept && options.wholeWord) {
            // No letter or digit may continue the match on either side.
            const bool glued = (r.begin > 0 && unicode::isWordCharacter(hay[r.begin - 1]) &&
                                unicode::isWordCharacter(hay[r.begin])) ||
                               (r.end < hay.size() && unicode::isWordCharacter(hay[r.end - 1]) &&
                                unicode::isWordCharacter(hay[r.end]));
            accept = !glued;
        }
        if (accept) {
            out.push_back(r);
            pos = r.end;
        } else {
            ++pos;
        }
    }
    return out;
}

}  // namespace spanmark
