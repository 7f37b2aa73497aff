#pragma once
// A tokenizer for the formats that count tokens (spaCy/Prodigy, CoNLL):
// words by the SPEC §3 rule (letters, marks and digits, with inner hyphens,
// periods and commas), every other visible character a token of its own,
// whitespace between. Span edges always fall between tokens.
#include <cstddef>
#include <vector>

#include "core/text.hpp"

namespace spanmark::formats {

struct Token {
    std::size_t start = 0;  // code points
    std::size_t end = 0;
};

// `edges` (sorted or not) are positions that must be token boundaries.
std::vector<Token> tokenize(const Text& text, std::vector<std::size_t> edges);

}  // namespace spanmark::formats
