// Writing the spanmark file (docs/format.md): text written directly, a piece
// at a time through a sink, in the fixed order that keeps diffs small.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <tuple>

#include "core/sha256.hpp"
#include "formats/document_json.hpp"
#include "formats/json_text.hpp"

namespace spanmark::formats {
namespace {

using Json = nlohmann::json;

// Writes the unknown members kept from a file after the known ones.
void appendExtras(std::string& out, const std::string& extraJson, const char* separator) {
    if (extraJson.empty()) return;
    const Json rest = Json::parse(extraJson);
    for (auto it = rest.begin(); it != rest.end(); ++it) {
        out += separator;
        appendJsonString(out, it.key());
        out += ": ";
        out += it.value().dump();
    }
}

void appendLabels(std::string& out, const std::vector<Label>& labels, const char* item, const char* nextItem) {
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const Label& l = labels[i];
        out += i ? nextItem : item;
        out += "{\"name\": ";
        appendJsonString(out, l.name);
        out += l.kind == LabelKind::Span ? ", \"kind\": \"span\"" : ", \"kind\": \"relation\"";
        if (!l.color.empty()) {
            out += ", \"color\": ";
            appendJsonString(out, l.color);
        }
        if (l.kind == LabelKind::Relation) {
            for (const auto& [key, list] : {std::pair{"from", &l.from}, std::pair{"to", &l.to}}) {
                out += ", \"";
                out += key;
                out += "\": [";
                for (std::size_t k = 0; k < list->size(); ++k) {
                    if (k) out += ", ";
                    appendJsonString(out, (*list)[k]);
                }
                out += "]";
            }
        }
        if (!l.key.empty()) {
            out += ", \"key\": ";
            appendJsonString(out, l.key);
        }
        appendExtras(out, l.extraJson, ", ");
        out += "}";
    }
}

void appendAttributes(std::string& out, const Attributes& attributes) {
    out += "{";
    bool first = true;
    for (const auto& [key, value] : attributes) {
        if (!first) out += ", ";
        first = false;
        appendJsonString(out, key);
        out += ": ";
        std::visit([&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::string>) appendJsonString(out, v);
            else out += Json(v).dump();
        }, value);
    }
    out += "}";
}

}  // namespace

std::string writeLabelsFile(const std::vector<Label>& labels) {
    std::string out = "{\n  \"labels\": [";
    appendLabels(out, labels, "\n    ", ",\n    ");
    out += labels.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

namespace {

// Writes into `out`; with a sink, hands it on a MB at a time (and the rest at
// the end), without one the whole file stays in `out` (the editor's saves:
// no copy of a 6 MB string).
void writeInto(std::string& out, const Document& doc, Layout layout, const TextSink* sink, const ExtraAnnotations* extra) {
    const bool pretty = layout == Layout::Pretty;
    const char* open = pretty ? "\n  " : "";        // after the outer {
    const char* next = pretty ? ",\n  " : ", ";     // between top-level members
    const char* item = pretty ? "\n    " : "";      // before an array item
    const char* nextItem = pretty ? ",\n    " : ", ";
    const char* close = pretty ? "\n  ]" : "]";

    const std::size_t whole = doc.text.byteSize() + 96 * doc.annotations.spanCount() + 80 * doc.annotations.relationCount() + 1024;
    out.reserve(sink ? std::min<std::size_t>(whole, 2 * kSinkChunk) : whole);
    auto flush = [&] {
        if (sink) flushIfFull(out, *sink);
    };
    out += "{";
    out += open;
    out += "\"format\": \"spanmark\"";
    out += next;
    out += "\"version\": 1";
    out += next;
    out += "\"document\": {\"id\": ";
    appendJsonString(out, doc.id);
    out += ", \"text\": ";
    appendJsonString(out, doc.text.bytes(), sink);
    out += ", \"sha256\": \"" + sha256Hex(doc.text.bytes()) + "\", \"meta\": " + doc.metaJson;
    appendExtras(out, doc.documentExtraJson, ", ");
    out += "}";

    out += next;
    out += "\"labels\": [";
    appendLabels(out, doc.labels, item, nextItem);
    out += doc.labels.empty() ? "]" : close;

    out += next;
    out += "\"spans\": [";
    bool first = true;
    auto writeSpan = [&](const Span& s) {
        out += first ? item : nextItem;
        first = false;
        out += "{\"id\": ";
        appendJsonString(out, s.id);
        out += ", \"start\": ";
        appendJsonNumber(out, s.start);
        out += ", \"end\": ";
        appendJsonNumber(out, s.end);
        out += ", \"label\": ";
        appendJsonString(out, s.label);
        out += ", \"text\": ";
        appendJsonString(out, doc.text.slice(s.start, s.end));
        if (!s.attributes.empty()) {
            out += ", \"attributes\": ";
            appendAttributes(out, s.attributes);
        }
        if (!s.note.empty()) {
            out += ", \"note\": ";
            appendJsonString(out, s.note);
        }
        appendExtras(out, s.extraJson, ", ");
        out += "}";
        flush();
    };
    if (!extra || extra->spanCount == 0) {
        doc.annotations.forEachSpan(writeSpan);
    } else {
        // The document's spans and the extra ones, merged in file order.
        const std::vector<const Span*> own = doc.annotations.spans();
        auto before = [](const Span& a, const Span& b) {
            return std::tie(a.start, a.end, a.label) < std::tie(b.start, b.end, b.label);
        };
        Span added;
        std::size_t k = 0, e = 0;
        if (e < extra->spanCount) extra->span(e, added);
        while (k < own.size() || e < extra->spanCount) {
            if (e < extra->spanCount && (k == own.size() || before(added, *own[k]))) {
                writeSpan(added);
                if (++e < extra->spanCount) extra->span(e, added);
            } else {
                writeSpan(*own[k++]);
            }
        }
    }
    out += first ? "]" : close;

    out += next;
    out += "\"relations\": [";
    first = true;
    auto writeRelation = [&](const Relation& r) {
        out += first ? item : nextItem;
        first = false;
        out += "{\"id\": ";
        appendJsonString(out, r.id);
        out += ", \"label\": ";
        appendJsonString(out, r.label);
        out += ", \"from\": ";
        appendJsonString(out, r.from);
        out += ", \"to\": ";
        appendJsonString(out, r.to);
        appendExtras(out, r.extraJson, ", ");
        out += "}";
        flush();
    };
    doc.annotations.forEachRelation(writeRelation);
    Relation addedRelation;
    for (std::size_t i = 0; extra && i < extra->relationCount; ++i) {  // their ids follow the document's own
        extra->relation(i, addedRelation);
        writeRelation(addedRelation);
    }
    out += first ? "]" : close;
    appendExtras(out, doc.extraJson, next);
    out += pretty ? "\n}\n" : "}";
    if (sink) (*sink)(out);
}

}  // namespace

void writeSpanmarkJson(const Document& doc, Layout layout, const TextSink& sink, const ExtraAnnotations* extra) {
    std::string buffer;
    writeInto(buffer, doc, layout, &sink, extra);
}

std::string writeSpanmarkJson(const Document& doc, Layout layout) {
    std::string out;
    writeInto(out, doc, layout, nullptr, nullptr);
    return out;
}

}  // namespace spanmark::formats
