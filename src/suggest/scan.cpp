#include "suggest/scan.hpp"

#include <algorithm>

#include "core/search.hpp"
#include "core/unicode.hpp"
#include "core/utf8.hpp"

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

Scan::Scan(const Text& text) {
    chars_.reserve(text.size());
    const std::string_view bytes = text.bytes();
    std::size_t i = 0;
    while (i < bytes.size()) {
        const utf8::Decoded d = utf8::decode(bytes, i);  // Text holds valid UTF-8 only
        chars_.push_back(d.codePoint);
        i += static_cast<std::size_t>(d.length > 0 ? d.length : 1);
    }
    const std::size_t n = chars_.size();
    auto letter = [&](std::size_t k) { return k < n && unicode::isWordCharacter(chars_[k]); };
    std::size_t k = 0;
    while (k < n) {
        if (!letter(k)) {
            ++k;
            continue;
        }
        const std::size_t begin = k;
        while (k < n && (letter(k) || (isWordJoiner(chars_[k]) && letter(k - 1) && letter(k + 1)))) ++k;
        words_.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(k)});
        std::size_t changed = begin;
        while (changed < k && foldCase(chars_[changed]) == chars_[changed]) ++changed;
        if (changed == k) {
            foldedAt_.push_back(kSame);
        } else {
            foldedAt_.push_back(static_cast<std::uint32_t>(folded_.size()));
            for (std::size_t c = begin; c < k; ++c) folded_.push_back(foldCase(chars_[c]));
        }
    }
    // Growth left up to half of each unused; the rules run with all three alive.
    words_.shrink_to_fit();
    foldedAt_.shrink_to_fit();
    folded_.shrink_to_fit();
}

bool Scan::isCapitalised(std::size_t i) const {
    if (i >= words_.size()) return false;
    const char32_t c = chars_[words_[i].begin];
    return foldCase(c) != c;
}

bool Scan::startsWithDigit(std::size_t i) const {
    return i < words_.size() && chars_[words_[i].begin] >= U'0' && chars_[words_[i].begin] <= U'9';
}

std::u32string_view Scan::gapAfter(std::size_t i) const {
    const std::size_t from = words_[i].end;
    const std::size_t to = i + 1 < words_.size() ? words_[i + 1].begin : chars_.size();
    return std::u32string_view(chars_).substr(from, to - from);
}

std::u32string_view Scan::gapBefore(std::size_t i) const {
    const std::size_t from = i > 0 ? words_[i - 1].end : 0;
    return std::u32string_view(chars_).substr(from, words_[i].begin - from);
}

bool Scan::joinedBySpace(std::size_t i) const {
    if (i + 1 >= words_.size()) return false;
    const std::u32string_view gap = gapAfter(i);
    return !gap.empty() && gap.size() <= 2 &&
           std::all_of(gap.begin(), gap.end(), [](char32_t c) { return c == U' ' || c == U'\u00A0' || c == U'\t'; });
}

bool Scan::startsSentence(std::size_t i) const {
    if (i == 0) return true;
    const std::u32string_view gap = gapBefore(i);
    for (auto it = gap.rbegin(); it != gap.rend(); ++it) {
        const char32_t c = *it;
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
