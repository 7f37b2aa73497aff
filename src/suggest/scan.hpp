#pragma once
// The text as the suggestion rules see it: the words of docs/page.md with
// their positions, so each rule is a walk over words rather than a search
// over characters. Everything is read from the document's own UTF-8, never
// copied: a code-point array of a 20 MB text was 80 MB on its own, four
// times the input, and `suggest` must stay within eight (docs/cli.md).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/boundaries.hpp"
#include "core/text.hpp"
#include "core/utf8.hpp"

namespace spanmark::suggest {

// 32-bit positions: the document's index counts code points in 32 bits too,
// and a 20 MB text has three million words.
struct Word {
    std::uint32_t begin = 0;  // code points, half-open
    std::uint32_t end = 0;
    std::uint32_t byteBegin = 0;  // the same in the text's UTF-8: the rules look at each word
    std::uint32_t byteEnd = 0;    // many times, and finding its bytes from a code point walks
};

class Scan {
public:
    explicit Scan(const Text& text);
    // The same text where its document now lives: a Run keeps its Scan
    // across the page's frames, and the document may have moved meanwhile.
    void attach(const Text& text) { text_ = &text; }

    const Text& text() const { return *text_; }
    std::size_t size() const { return text_->size(); }  // code points
    char32_t at(std::size_t pos) const { return text_->at(pos); }
    std::string_view slice(std::size_t begin, std::size_t end) const { return text_->slice(begin, end); }

    const std::vector<Word>& words() const { return words_; }
    std::size_t wordCount() const { return words_.size(); }
    const Word& word(std::size_t i) const { return words_[i]; }
    std::string_view wordText(std::size_t i) const { return wordsText(i, i); }
    // Words first to last with what lies between them.
    std::string_view wordsText(std::size_t first, std::size_t last) const {
        return bytes(words_[first].byteBegin, words_[last].byteEnd);
    }

    // The word case-folded (for comparing with the rules' word lists).
    std::string_view lower(std::size_t i) const {
        if (foldedAt_[i] == kSame) return wordText(i);
        return std::string_view(folded_.data() + foldedAt_[i]);  // each folded form ends in a NUL
    }
    bool isCapitalised(std::size_t i) const;
    bool startsWithDigit(std::size_t i) const;
    // The characters between word i and word i + 1 (or the end of the text).
    std::string_view gapAfter(std::size_t i) const;
    std::string_view gapBefore(std::size_t i) const;
    // A single space or other horizontal whitespace only: the two words belong to one phrase.
    bool joinedBySpace(std::size_t i) const;
    // Word i begins a sentence: nothing but quotation marks and whitespace
    // since a sentence end (. ! ? or a line break) or the start of the text.
    bool startsSentence(std::size_t i) const;
    // The index of the first word that begins at or after `pos`.
    std::size_t wordAtOrAfter(std::size_t pos) const;

private:
    std::string_view bytes(std::size_t begin, std::size_t end) const { return text_->bytes().substr(begin, end - begin); }

    static constexpr std::uint32_t kSame = UINT32_MAX;  // the word folds to itself

    const Text* text_;
    std::vector<Word> words_;
    // Where each word's folded form starts in folded_, or kSame: most words are
    // lower case already, so only the others are stored again (one buffer, no
    // string per word: a 20 MB text has millions of words).
    std::vector<std::uint32_t> foldedAt_;
    std::string folded_;
};

bool isSpace(char32_t c);
bool isQuotationMark(char32_t c);

// Whether some (every) character of a piece of valid UTF-8 meets `test`.
template <class Test>
bool anyCodePoint(std::string_view s, Test test) {
    for (std::size_t b = 0; b < s.size();) {
        const utf8::Decoded d = utf8::decode(s, b);
        if (test(d.codePoint)) return true;
        b += static_cast<std::size_t>(d.length > 0 ? d.length : 1);
    }
    return false;
}
template <class Test>
bool allCodePoints(std::string_view s, Test test) {
    return !anyCodePoint(s, [&](char32_t c) { return !test(c); });
}
std::size_t codePointCount(std::string_view s);

}  // namespace spanmark::suggest
