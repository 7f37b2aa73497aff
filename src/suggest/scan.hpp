#pragma once
// The text once decoded for the suggestion rules: code points in one array
// (Text::at costs a checkpoint walk; the rules look at every character) and
// the words of SPEC.md §3 with their positions, so each rule is a walk over
// words rather than a search over characters.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/boundaries.hpp"
#include "core/text.hpp"

namespace spanmark::suggest {

struct Word {
    std::size_t begin = 0;  // code points, half-open
    std::size_t end = 0;
};

class Scan {
public:
    explicit Scan(const Text& text);

    const std::u32string& chars() const { return chars_; }
    const std::vector<Word>& words() const { return words_; }
    std::size_t wordCount() const { return words_.size(); }
    const Word& word(std::size_t i) const { return words_[i]; }

    // The word case-folded (for comparing with the rules' word lists).
    const std::u32string& lower(std::size_t i) const { return lower_[i]; }
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
    std::u32string chars_;
    std::vector<Word> words_;
    std::vector<std::u32string> lower_;
};

bool isSpace(char32_t c);
bool isQuotationMark(char32_t c);

}  // namespace spanmark::suggest
