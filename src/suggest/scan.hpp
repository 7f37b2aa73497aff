#pragma once
// The text once decoded for the suggestion rules: code points in one array
// (Text::at costs a checkpoint walk; the rules look at every character) and
// the words of docs/page.md with their positions, so each rule is a walk over
// words rather than a search over characters.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/boundaries.hpp"
#include "core/text.hpp"

namespace spanmark::suggest {

// 32-bit positions: the document's index counts code points in 32 bits too,
// and a 20 MB text has three million words.
struct Word {
    std::uint32_t begin = 0;  // code points, half-open
    std::uint32_t end = 0;
};

class Scan {
public:
    explicit Scan(const Text& text);

    const std::u32string& chars() const { return chars_; }
    const std::vector<Word>& words() const { return words_; }
    std::size_t wordCount() const { return words_.size(); }
    const Word& word(std::size_t i) const { return words_[i]; }

    // The word case-folded (for comparing with the rules' word lists).
    std::u32string_view lower(std::size_t i) const {
        const Word& w = words_[i];
        if (foldedAt_[i] == kSame) return std::u32string_view(chars_).substr(w.begin, w.end - w.begin);
        return std::u32string_view(folded_).substr(foldedAt_[i], w.end - w.begin);
    }
    bool isCapitalised(std::size_t i) const;
    bool startsWithDigit(std::size_t i) const;
    // The characters between word i and word i + 1 (or the end of the text).
    std::u32string_view gapAfter(std::size_t i) const;
    std::u32string_view gapBefore(std::size_t i) const;
    // A single space or other horizontal whitespace only: the two words belong to one phrase.
    bool joinedBySpace(std::size_t i) const;
    // Word i begins a sentence: nothing but quotation marks and whitespace
    // since a sentence end (. ! ? or a line break) or the start of the text.
    bool startsSentence(std::size_t i) const;
    // The index of the first word that begins at or after `pos`.
    std::size_t wordAtOrAfter(std::size_t pos) const;

private:
    static constexpr std::uint32_t kSame = UINT32_MAX;  // the word folds to itself

    std::u32string chars_;
    std::vector<Word> words_;
    // Where each word's folded form starts in folded_, or kSame: most words are
    // lower case already, so only the others are stored again (one buffer, no
    // string per word: a 20 MB text has millions of words).
    std::vector<std::uint32_t> foldedAt_;
    std::u32string folded_;
};

bool isSpace(char32_t c);
bool isQuotationMark(char32_t c);

}  // namespace spanmark::suggest
