#pragma once
// Propagation: once a surface string carries a label, its other whole-word
// occurrences (same case) are suggested with the same label.
#include <vector>

#include "core/document.hpp"
#include "suggest/scan.hpp"
#include "suggest/suggestion.hpp"

namespace spanmark::suggest {

std::vector<SpanSuggestion> propagate(const Scan& scan, const Document& doc);

}  // namespace spanmark::suggest
