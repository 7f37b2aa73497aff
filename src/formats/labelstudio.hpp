#pragma once
// Label Studio tasks (JSON: one task object or an array). Spans are results
// of type "labels" with value.start/end in code points (Label Studio counts
// code points since its frontend PR #308, 2021); relations are results of
// type "relation" with from_id/to_id. A task's annotations are read, or its
// predictions when it has none; the pre-1.0 "completions" too.
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "core/result.hpp"
#include "formats/import_builder.hpp"
#include "formats/json_text.hpp"

namespace spanmark::formats {

// A result whose recorded text disagrees with the text at its offsets is
// kept at its offsets (they are what Label Studio uses) and reported.
Result<Imported> readLabelStudio(std::string_view input);
std::string writeLabelStudio(const std::vector<const Document*>& docs, std::vector<std::string>& dropped);
// The same, a piece at a time (formats/json_text.hpp).
void writeLabelStudio(const std::vector<const Document*>& docs, std::vector<std::string>& dropped, const TextSink& sink);

}  // namespace spanmark::formats
