#pragma once
// Finding a phrase in the text, for Ctrl+F and "label all matches".
#include <string_view>
#include <vector>

#include "core/boundaries.hpp"
#include "core/text.hpp"

namespace spanmark {

struct SearchOptions {
    bool matchCase = false;
    bool wholeWord = false;  // the match starts and ends at word edges (docs/page.md words)
};

// Every non-overlapping match, in order, as code point ranges.
std::vector<Range> findAll(const Text& text, std::string_view needle, const SearchOptions& options);

// Simple case folding: ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic.
char32_t foldCase(char32_t c);

}  // namespace spanmark
