#include "core/text.hpp"

#include <algorithm>
#include <cstring>

#include "core/utf8.hpp"

namespace spanmark {

Result<Text> Text::fromUtf8(std::string bytes) {
    if (auto bad = utf8::firstInvalid(bytes))
        return Error{"byte " + std::to_string(*bad), "invalid UTF-8 sequence"};
    return Text(std::move(bytes), Trusted{});
}

Text::Text(std::string bytes, Trusted) : bytes_(std::move(bytes)) {
    checkpoints_.reserve(bytes_.size() / kStride + 2);
    lineStarts_.push_back(0);
    std::size_t cp = 0, u16 = 0;
    for (std::size_t i = 0; i < bytes_.size();) {
        if (cp % kStride == 0) checkpoints_.push_back({i, u16});
        const auto lead = static_cast<unsigned char>(bytes_[i]);
        const int len = utf8::sequenceLength(lead);
        u16 += len == 4 ? 2 : 1;
        ++cp;
        if (lead == '\n' || lead == '\r') {
            lineEnds_.push_back(cp - 1);
            if (lead == '\r' && i + 1 < bytes_.size() && bytes_[i + 1] == '\n') {
                ++i;
                if (cp % kStride == 0) checkpoints_.push_back({i, u16});
                ++u16;
                ++cp;
            }
            lineStarts_.push_back(cp);
        }
        i += len;
    }
    if (cp % kStride == 0) checkpoints_.push_back({bytes_.size(), u16});
    lineEnds_.push_back(cp);
    size_ = cp;
    utf16Size_ = u16;
}

std::size_t Text::byteOf(std::size_t codePoint) const {
    if (codePoint >= size_) return bytes_.size();
    const std::size_t block = codePoint / kStride;
    std::size_t b = checkpoints_[block].byte;
    // A block of kStride bytes holds kStride ASCII characters: no need to walk it.
    if (block + 1 < checkpoints_.size() && checkpoints_[block + 1].byte - b == kStride) return b + codePoint % kStride;
    // Eight bytes at a time while the character sought lies beyond them (a
    // character starts at each byte that is not a continuation, 10xxxxxx):
    // the suggestion rules slice the text at every word.
    std::size_t before = codePoint % kStride;  // characters still to pass
    while (b + 8 <= bytes_.size()) {
        std::uint64_t w;
        std::memcpy(&w, bytes_.data() + b, 8);
        const std::uint64_t continuations = (w & ~(w << 1) & 0x8080808080808080ull) >> 7;  // a 1 in each such byte
        const auto starts = static_cast<std::size_t>(8 - ((continuations * 0x0101010101010101ull) >> 56));
        if (starts > before) break;
        before -= starts;
        b += 8;
    }
    for (;; ++b) {
        if (utf8::isContinuation(static_cast<unsigned char>(bytes_[b]))) continue;
        if (before == 0) return b;
        --before;
    }
}

std::size_t Text::codePointOfByte(std::size_t byte) const {
    if (byte >= bytes_.size()) return size_;
    auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), byte,
                               [](std::size_t v, const Checkpoint& c) { return v < c.byte; });
    const std::size_t k = static_cast<std::size_t>(it - checkpoints_.begin()) - 1;
    std::size_t cp = k * kStride;
    std::size_t b = checkpoints_[k].byte;
    while (true) {
        const std::size_t next = b + utf8::sequenceLength(static_cast<unsigned char>(bytes_[b]));
        if (next > byte) return cp;
        b = next;
        ++cp;
    }
}

std::size_t Text::utf16Of(std::size_t codePoint) const {
    if (codePoint >= size_) return utf16Size_;
    const Checkpoint& c = checkpoints_[codePoint / kStride];
    std::size_t b = c.byte, u = c.utf16;
    for (std::size_t n = codePoint % kStride; n > 0; --n) {
        const int len = utf8::sequenceLength(static_cast<unsigned char>(bytes_[b]));
        u += len == 4 ? 2 : 1;
        b += len;
    }
    return u;
}

std::size_t Text::codePointOfUtf16(std::size_t unit) const {
    if (unit >= utf16Size_) return size_;
    auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), unit,
                               [](std::size_t v, const Checkpoint& c) { return v < c.utf16; });
    const std::size_t k = static_cast<std::size_t>(it - checkpoints_.begin()) - 1;
    std::size_t cp = k * kStride;
    std::size_t b = checkpoints_[k].byte, u = checkpoints_[k].utf16;
    while (true) {
        const int len = utf8::sequenceLength(static_cast<unsigned char>(bytes_[b]));
        const std::size_t next = u + (len == 4 ? 2 : 1);
        if (next > unit) return cp;
        u = next;
        b += len;
        ++cp;
    }
}

bool Text::splitsSurrogatePair(std::size_t unit) const {
    if (unit == 0 || unit >= utf16Size_) return false;
    return utf16Of(codePointOfUtf16(unit)) != unit;
}

char32_t Text::at(std::size_t codePoint) const {
    return utf8::decode(bytes_, byteOf(codePoint)).codePoint;
}

std::string_view Text::slice(std::size_t begin, std::size_t end) const {
    const std::size_t b = byteOf(begin);
    const std::size_t e = byteOf(std::max(begin, end));
    return std::string_view(bytes_).substr(b, e - b);
}

std::size_t Text::lineEnd(std::size_t line) const { return lineEnds_[line]; }

std::size_t Text::lineOf(std::size_t codePoint) const {
    auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), codePoint);
    return static_cast<std::size_t>(it - lineStarts_.begin()) - 1;
}

}  // namespace spanmark
