#pragma once
// spaCy / Prodigy JSONL: {"text", "tokens": [...], "spans": [{start, end,
// label, token_start, token_end}], "relations": [{head, child, head_span,
// child_span, label}]}. Character offsets are code points (Python);
// token_end is inclusive, as Prodigy writes it.
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "formats/import_builder.hpp"

namespace spanmark::formats {

Result<Imported> readSpacy(std::string_view input);
std::string writeSpacy(const std::vector<const Document*>& docs, std::vector<std::string>& dropped);

}  // namespace spanmark::formats
