#pragma once
// A tokenizer for the formats that count tokens (spaCy/Prodigy, CoNLL):
// words by the word rule of docs/page.md (letters, marks and digits, with inner hyphens,
// periods and commas), every other visible character a token of its own,
// whitespace between. Span edges always fall between tokens.
#include <cstddef>
#include <vector>

#include "core/document.hpp"
#include "core/result.hpp"
#include "core/text.hpp"

namespace spanmark::formats {

struct Token {
    std::size_t start = 0;  // code points
    std::size_t end = 0;
};

// `edges` (sorted or not) are positions that must be token boundaries.
std::vector<Token> tokenize(const Text& text, std::vector<std::size_t> edges);

// True when a name can stand as one field of a whitespace-separated line
// (brat's labels, CoNLL's tags): no space, tab, line break or other control.
bool isLineToken(std::string_view name);

// Refuses a document whose span or relation labels a line format cannot
// write (a space would split the field, a newline would start a forged line),
// naming the label and the document; `format` goes into the message.
std::optional<Error> checkLineLabels(const Document& doc, const char* format);

}  // namespace spanmark::formats
