#pragma once
// QUOTE suggestions: text between paired quotation marks of the common
// styles (“…” "…" «…» „…“ ‚…‘ ‘…’ '…'), marks included, nested quotes too.
// A quote that runs on into the next paragraph, which opens with the same
// mark again (the newspaper convention), is one quote. Apostrophes inside
// words (didn’t) or after them (the runners’ bags) do not close a quote.
#include <vector>

#include "core/boundaries.hpp"
#include "suggest/scan.hpp"

namespace spanmark::suggest {

// Sorted by start; a quote of fewer than two words (a scare quote) is left out.
std::vector<Range> findQuotes(const Scan& scan);

}  // namespace spanmark::suggest
