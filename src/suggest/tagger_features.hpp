#pragma once
// What the tagger sees of a word, as hashes: each word's pieces (its lower
// case, form, shape, prefixes and suffixes, capitals, whether it opens a
// sentence) are hashed once per document, and a feature is a template
// number mixed with the pieces it joins, so no feature string is ever built.
// The hashes are integer arithmetic only: the same on every platform, so a
// model trained in the page tags the same on the desktop.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "core/text.hpp"

namespace spanmark::suggest {

std::uint64_t fnv1a(std::string_view bytes);
// The same hash taken over pieces in turn: fnv1aMore(fnv1aMore(fnv1aStart(), a), b) == fnv1a(a + b).
constexpr std::uint64_t fnv1aStart() { return 1469598103934665603ull; }
std::uint64_t fnv1aMore(std::uint64_t hash, std::string_view bytes);

struct WordPieces {
    std::uint64_t lower = 0, form = 0, shape = 0;
    std::uint64_t prefix[3] = {}, suffix[3] = {};  // of 1, 2 and 3 characters, lower case
    bool capitalised = false;
    bool opensSentence = false;  // the first word, or after . ! ? or a line break
    // Only spaces, an apostrophe or a hyphen since the word before: a name may run on
    // into this word ("Río de la Plata", "Côte d'Or"), not over "—", ",", "." or a quotation mark.
    bool continuesName = false;
};

using Words = std::vector<std::pair<std::size_t, std::size_t>>;

// The pieces of every word of `words` (code point ranges of `text`).
std::vector<WordPieces> piecesOf(const Text& text, const Words& words);
// The same for words [from, to) only, into `out` (as long as `words`): a long text in steps.
void piecesOf(const Text& text, const Words& words, std::size_t from, std::size_t to, std::vector<WordPieces>& out);

// The features of word `i`, given the tag chosen before it (-1 at the start)
// and the span labels (as tag numbers of their B- tag) the word's lower case
// was given earlier in the document. `out` is cleared first.
void featuresOf(const std::vector<WordPieces>& pieces, std::size_t i, int previousTag,
                const std::vector<int>& seenLabels, std::vector<std::uint64_t>& out);
// The two halves of featuresOf: those of the word and its neighbours alone
// (the same in every pass of a tagging: scored once), into a cleared `out`;
// and those of the tag before it and the labels seen, added to `out`.
void wordFeaturesOf(const std::vector<WordPieces>& pieces, std::size_t i, std::vector<std::uint64_t>& out);
void contextFeaturesOf(const std::vector<WordPieces>& pieces, std::size_t i, int previousTag,
                       const std::vector<int>& seenLabels, std::vector<std::uint64_t>& out);

}  // namespace spanmark::suggest
