#include "suggest/scan.hpp"

#include <algorithm>

#include "core/search.hpp"
#include "core/unicode.hpp"

namespace spanmark::suggest {
bool isSpace(char32_t c) { return unicode::isWhitespace(c); }

bool isQuotationMark(char32_t c) {
    switch (c) {
        case U'"': case U'\'': case U'\u201C': case U'\u201D': case U'\u201E': case U'\u201F':
        case U'\u2018': case U'\u2019': case U'\u201A': case U'\u201B': case U'\u00AB': case U'\u00BB':
            return true;
        default:
            return false;
    }
}

std::size_t codePointCount(std::string_view s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char b) { return !utf8::isContinuation(static_cast<unsigned char>(b)); }));
}

namespace {

// Calls found(word, changed) for each word of the text, `changed` when case
// folding changes it.
template <class Found>
void forEachWord(std::string_view text, Found found) {
    auto decode = [&](std::size_t at) {
        const utf8::Decoded d = utf8::decode(text, at);  // Text holds valid UTF-8 only
        return utf8::Decoded{d.codePoint, d.length > 0 ? d.length : 1};
    };
    std::size_t b = 0, k = 0;  // byte, code point
    while (b < text.size()) {
        utf8::Decoded d = decode(b);
        if (!unicode::isWordCharacter(d.codePoint)) {
            b += static_cast<std::size_t>(d.length);
            ++k;
            continue;
        }
        const std::size_t begin = k, beginByte = b;
        bool changed = false;
        // Letters, and a joiner (an apostrophe, a hyphen) between two letters.
        for (;;) {
            changed = changed || foldCase(d.codePoint) != d.codePoint;
            b += static_cast<std::size_t>(d.length);
            ++k;
            if (b >= text.size()) break;
            d = decode(b);
            if (unicode::isWordCharacter(d.codePoint)) continue;
            const std::size_t after = b + static_cast<std::size_t>(d.length);
            if (isWordJoiner(d.codePoint) && after < text.size() && unicode::isWordCharacter(decode(after).codePoint))
                continue;
            break;
        }
        found(Word{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(beginByte),
                   static_cast<std::uint32_t>(b)},
              changed);
    }
}

}  // namespace

Scan::Scan(const Text& text) : text_(&text) {
    // Counted first, then stored: grown by doubling, the list of a 20 MB text
    // held its old and new copies at once, 100 MB for 57.
    std::size_t count = 0;
    forEachWord(text.bytes(), [&](const Word&, bool) { ++count; });
    words_.reserve(count);
    foldedAt_.reserve(count);
    forEachWord(text.bytes(), [&](const Word& w, bool changed) {
        words_.push_back(w);
        if (!changed) {
            foldedAt_.push_back(kSame);
            return;
        }
        foldedAt_.push_back(static_cast<std::uint32_t>(folded_.size()));
        const std::string_view word = text.bytes().substr(w.byteBegin, w.byteEnd - w.byteBegin);
        for (std::size_t c = 0; c < word.size();) {
            const utf8::Decoded f = utf8::decode(word, c);
            utf8::append(folded_, foldCase(f.codePoint));
            c += static_cast<std::size_t>(f.length > 0 ? f.length : 1);
        }
        folded_.push_back('\0');
    });
    folded_.shrink_to_fit();  // a tenth of the text at most: the copy costs little
}

bool Scan::isCapitalised(std::size_t i) const {
    if (i >= words_.size()) return false;
    const char32_t c = utf8::decode(text_->bytes(), words_[i].byteBegin).codePoint;
    return foldCase(c) != c;
}

bool Scan::startsWithDigit(std::size_t i) const {
    if (i >= words_.size()) return false;
    const char c = wordText(i).front();
    return c >= '0' && c <= '9';
}

std::string_view Scan::gapAfter(std::size_t i) const {
    return bytes(words_[i].byteEnd, i + 1 < words_.size() ? words_[i + 1].byteBegin : text_->byteSize());
}

std::string_view Scan::gapBefore(std::size_t i) const { return bytes(i > 0 ? words_[i - 1].byteEnd : 0, words_[i].byteBegin); }

bool Scan::joinedBySpace(std::size_t i) const {
    if (i + 1 >= words_.size()) return false;
    const std::string_view gap = gapAfter(i);
    return !gap.empty() && codePointCount(gap) <= 2 &&
           allCodePoints(gap, [](char32_t c) { return c == U' ' || c == U'\u00A0' || c == U'\t'; });
}

bool Scan::startsSentence(std::size_t i) const {
    if (i == 0) return true;
    const std::string_view gap = gapBefore(i);
    for (std::size_t b = gap.size(); b > 0;) {
        const utf8::Decoded d = utf8::decodeBefore(gap, b);
        b -= static_cast<std::size_t>(d.length > 0 ? d.length : 1);
        const char32_t c = d.codePoint;
        if (c == U'.' || c == U'!' || c == U'?' || c == U'\n' || c == U'\r' || c == U'—' || c == U':') return true;
        if (isSpace(c) || isQuotationMark(c) || c == U'(') continue;
        return false;
    }
    return false;
}

std::size_t Scan::wordAtOrAfter(std::size_t pos) const {
    return std::lower_bound(words_.begin(), words_.end(), pos, [](const Word& w, std::size_t p) { return w.begin < p; }) -
           words_.begin();
}

}  // namespace spanmark::suggest
