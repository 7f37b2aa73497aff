#pragma once
// The document text, kept byte for byte as loaded, with the three ways of
// counting positions that annotation files use: code points (our file
// format), UTF-8 bytes (storage) and UTF-16 units (JavaScript, doccano,
// INCEpTION). Conversions cost O(1) or O(log n) plus a bounded scan, from a
// checkpoint every kStride code points rather than a per-character table.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace spanmark {

class Text {
public:
    static constexpr std::size_t kStride = 64;

    Text() : Text(std::string{}, Trusted{}) {}

    // Refuses invalid UTF-8, naming the byte offset of the first bad sequence.
    static Result<Text> fromUtf8(std::string bytes);

    std::string_view bytes() const { return bytes_; }
    std::size_t size() const { return size_; }          // code points
    std::size_t byteSize() const { return bytes_.size(); }
    std::size_t utf16Size() const { return utf16Size_; }
    bool empty() const { return bytes_.empty(); }

    // Positions are clamped to the end; a byte or UTF-16 position inside a
    // character maps to the character that contains it.
    std::size_t byteOf(std::size_t codePoint) const;
    std::size_t codePointOfByte(std::size_t byte) const;
    std::size_t utf16Of(std::size_t codePoint) const;
    std::size_t codePointOfUtf16(std::size_t unit) const;
    // True when a UTF-16 position falls between two halves of a surrogate pair.
    bool splitsSurrogatePair(std::size_t unit) const;

    char32_t at(std::size_t codePoint) const;
    std::string_view slice(std::size_t begin, std::size_t end) const;  // code points, half-open

    // Lines end at LF, CRLF (one break) or a lone CR.
    std::size_t lineCount() const { return lineStarts_.size(); }
    std::size_t lineStart(std::size_t line) const { return lineStarts_[line]; }
    std::size_t lineEnd(std::size_t line) const;  // code point before the break
    std::size_t lineOf(std::size_t codePoint) const;

private:
    struct Trusted {};
    Text(std::string bytes, Trusted);

    struct Checkpoint {
        std::size_t byte;
        std::size_t utf16;
    };

    std::string bytes_;
    std::size_t size_ = 0;
    std::size_t utf16Size_ = 0;
    std::vector<Checkpoint> checkpoints_;  // checkpoints_[i] is code point i * kStride
    std::vector<std::size_t> lineStarts_;  // code points
    std::vector<std::size_t> lineEnds_;
};

}  // namespace spanmark
