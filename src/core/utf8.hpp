#pragma once
// UTF-8 decoding and encoding. Strict: overlong forms, surrogates and values
// past U+10FFFF are invalid, because a file that hides them would give
// offsets that other tools count differently.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace spanmark::utf8 {

struct Decoded {
    char32_t codePoint = 0;
    int length = 0;  // bytes used; 0 when the sequence at that position is invalid
};

Decoded decode(std::string_view bytes, std::size_t at);
// The character that ends just before `at` in valid text (empty at 0).
Decoded decodeBefore(std::string_view bytes, std::size_t at);

// Byte offset of the first invalid sequence, or nullopt when all is valid.
std::optional<std::size_t> firstInvalid(std::string_view bytes);

void append(std::string& out, char32_t codePoint);

inline bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }
inline int utf16Length(char32_t cp) { return cp >= 0x10000 ? 2 : 1; }

// Length of the sequence a lead byte starts; only meaningful on valid text.
inline int sequenceLength(unsigned char lead) {
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

}  // namespace spanmark::utf8
