#pragma once
// The spanmark v1 file (SPEC.md §1) and plain text, read and written.
#include <string>
#include <string_view>

#include "core/document.hpp"
#include "core/result.hpp"

namespace spanmark::formats {

// Native JSON, the first document of a JSONL corpus, or plain UTF-8 text
// (a leading BOM is dropped). `name` gives a plain text its document id.
Result<Document> readAny(std::string_view input, std::string_view name);

Result<Document> readSpanmarkJson(std::string_view input);
Result<Document> readPlainText(std::string_view input, std::string_view name);

// Deterministic: fixed key order, spans sorted by (start, end, label).
std::string writeSpanmarkJson(const Document& doc);

}  // namespace spanmark::formats
