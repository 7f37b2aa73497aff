#pragma once
// doccano's JSONL, both forms: {"text", "label": [[start, end, "LABEL"]]}
// (also "labels", and the older "annotations" with numeric label ids) and
// {"text", "entities": [...], "relations": [...]}. doccano counts offsets in
// UTF-16 code units (its widget uses JavaScript string lengths); they are
// converted to code points on the way in and back on the way out.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "core/result.hpp"

namespace spanmark::formats {

// Every document of a doccano export, in order. Labels the file uses are
// added to each document's label set; duplicate spans (two annotators) merge.
// Also reads a file that is one pretty-printed JSON object, as doccano's own
// relation example is.
Result<std::vector<Document>> readDoccano(std::string_view input);

// One line per document, entities/relations form, UTF-16 offsets. What
// doccano cannot hold (notes, attributes) is counted in `dropped`.
std::string writeDoccano(const std::vector<const Document*>& docs, std::vector<std::string>& dropped);

}  // namespace spanmark::formats
