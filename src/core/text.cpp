#include "core/text.hpp"

#include <algorithm>

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
    std::size_t b = checkpoints_[codePoint / kStride].byte;
    for (std::size_t n = codePoint % kStride; n > 0; --n)
        b += utf8::sequenceLength(static_cast<unsigned char>(bytes_[b]));
    return b;
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
