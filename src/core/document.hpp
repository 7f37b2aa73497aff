#pragma once
// One annotated document: the text, the label set, and the spans and
// relations on it. Changes go through edits (core/edit.hpp), which check
// them here first, so a document is valid at every step.
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/annotations.hpp"
#include "core/labels.hpp"
#include "core/result.hpp"
#include "core/text.hpp"

namespace spanmark {

// A document id names drafts, files and corpus entries: it must be non-empty
// and hold no control character (U+0000 would cut it short in C strings and
// file names). The error says which character, and where.
std::optional<Error> checkDocumentId(const std::string& id);

struct Document;

// Every rule of a valid file (docs/format.md) checked on a document built in
// memory, as `validate` checks a file: the id, the label set, each span and
// each relation. Importers run it before anything is written.
std::optional<Error> checkDocument(const Document& doc);

struct Document {
    std::string id = "document";
    Text text;
    std::string metaJson = "{}";  // the `meta` object, kept as JSON text
    std::string extraJson;          // unknown top-level keys, as a JSON object, kept for the round trip
    std::string documentExtraJson;  // unknown keys of the `document` object
    std::vector<Label> labels = defaultLabels();
    Annotations annotations;

    // Why a span or relation could not be part of this document, naming it;
    // nullopt when it could. `replacing` is the id of the span or relation
    // it would replace, whose place it may take.
    std::optional<Error> checkSpan(const Span& span, const std::string* replacing = nullptr) const;
    std::optional<Error> checkRelation(const Relation& relation, const std::string* replacing = nullptr) const;

    std::string nextSpanId() const { return annotations.nextSpanId(); }
    std::string nextRelationId() const { return annotations.nextRelationId(); }
};

}  // namespace spanmark
