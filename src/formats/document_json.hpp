#pragma once
// The spanmark v1 file (docs/format.md), a JSONL corpus of them, and plain text.
// Reading checks every rule and refuses the whole file on the first broken
// one, with a message that says where; nothing is half-loaded.
#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <string_view>

#include "core/document.hpp"
#include "core/result.hpp"
#include "formats/json_text.hpp"

namespace spanmark::formats {

// Native JSON, the first document of a JSONL corpus, or plain UTF-8 text
// (a leading BOM is dropped). `name` gives a plain text its document id.
Result<Document> readAny(std::string_view input, std::string_view name);

Result<Document> readSpanmarkJson(std::string_view input);

// True for JSONL: a JSON object on the first line and another on the next
// non-blank one (a pretty-printed document has a key there instead).
bool looksLikeCorpus(std::string_view input);
Result<Document> readPlainText(std::string_view input, std::string_view name);

// Reads a JSONL corpus one line at a time, never holding more than one
// document. Calls `visit` with each document and its line number; stops at
// the first error (returned, with its line) or when visit returns false.
std::optional<Error> readCorpus(std::istream& in,
                                const std::function<bool(Document&&, std::size_t line)>& visit);

// A labels file: {"labels": [...]} with no document, as the label editor
// exports it; opening one applies its labels to the open document.
bool isLabelsFile(std::string_view input);
Result<std::vector<Label>> readLabelsFile(std::string_view input);
std::string writeLabelsFile(const std::vector<Label>& labels);

// One string member of a `meta` object: read it ("" when absent), or a copy
// of the object with it set.
std::string metaValue(const std::string& metaJson, const std::string& key);
std::string metaWith(const std::string& metaJson, const std::string& key, const std::string& value);
// A list of strings in `meta` (a curator's "rejected"): read it (empty when
// absent or not strings), or a copy of the object with it set (gone when empty).
std::vector<std::string> metaList(const std::string& metaJson, const std::string& key);
std::string metaWithList(const std::string& metaJson, const std::string& key, const std::vector<std::string>& values);

enum class Layout {
    Pretty,  // one span or relation a line: readable, and diffs stay small
    Line,    // the whole document on one line, for JSONL
};

// Deterministic: fixed key order, spans by (start, end, label), relations by id.
std::string writeSpanmarkJson(const Document& doc, Layout layout = Layout::Pretty);

// Spans and relations written with a document's own without being added to
// it: the CLI's suggest writes 700,000 suggestions on a 20 MB text so, in a
// fraction of the memory their Span objects would take. `span(i, out)` fills
// the i-th extra span, in (start, end, label) order; the relations' ids must
// follow the document's own.
struct ExtraAnnotations {
    std::size_t spanCount = 0;
    std::function<void(std::size_t, Span&)> span;
    std::size_t relationCount = 0;
    std::function<void(std::size_t, Relation&)> relation;
};

// The same, a piece at a time (formats/json_text.hpp), with `extra` merged in.
void writeSpanmarkJson(const Document& doc, Layout layout, const TextSink& sink, const ExtraAnnotations* extra = nullptr);

}  // namespace spanmark::formats
