#pragma once
// Counts over one document: spans per label, and quotes (spans of a label a
// relation may start from) with and without a relation from them. The CLI's
// stats, the corpus overview and the side panel all count the same way.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "core/document.hpp"

namespace spanmark {

struct Summary {
    std::size_t spans = 0;
    std::size_t quotes = 0;        // spans a relation may start from
    std::size_t unattributed = 0;  // of those, with no relation from them
    std::map<std::string, std::size_t> labelCounts;
};

Summary summarize(const Document& doc);

// The span labels some relation label may start from: quotes, by default.
std::vector<std::string> relationSourceLabels(const std::vector<Label>& labels);

}  // namespace spanmark
