#include "formats/document_json.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/sha256.hpp"

namespace spanmark::formats {
namespace {

using Json = nlohmann::ordered_json;

std::string_view stripBom(std::string_view s) {
    if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") return s.substr(3);
    return s;
}

bool looksLikeJson(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    return first != std::string_view::npos && s[first] == '{';
}

// nlohmann reports a byte position; people need a line and column.
Error errorAt(std::string_view input, std::size_t byte, std::string message) {
    byte = std::min(byte, input.size());
    Error e{{}, std::move(message), 1, 1};
    for (std::size_t i = 0; i < byte; ++i) {
        if (input[i] == '\n') { ++e.line; e.column = 1; }
        else if ((static_cast<unsigned char>(input[i]) & 0xC0) != 0x80) ++e.column;
    }
    e.where = "line " + std::to_string(e.line) + ", column " + std::to_string(e.column);
    return e;
}

std::string idFromName(std::string_view name) {
    auto slash = name.find_last_of("/\\");
    if (slash != std::string_view::npos) name = name.substr(slash + 1);
    auto dot = name.find_last_of('.');
    if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
    return name.empty() ? std::string("document") : std::string(name);
}

}  // namespace

Result<Document> readPlainText(std::string_view input, std::string_view name) {
    auto text = Text::fromUtf8(std::string(stripBom(input)));
    if (!text) return text.error();
    Document doc;
    doc.id = idFromName(name);
    doc.text = std::move(text.value());
    return doc;
}

Result<Document> readSpanmarkJson(std::string_view input) {
    Json j;
    try {
        j = Json::parse(input);
    } catch (const Json::parse_error& e) {
        return errorAt(input, e.byte == 0 ? 0 : e.byte - 1, "not valid JSON");
    }
    if (!j.is_object()) return Error{"/", "a spanmark document is a JSON object"};
    if (j.value("format", "") != "spanmark") return Error{"/format", "expected \"spanmark\""};
    if (!j.contains("document") || !j["document"].is_object())
        return Error{"/document", "missing document object"};
    const Json& d = j["document"];
    if (!d.contains("text") || !d["text"].is_string()) return Error{"/document/text", "missing text"};
    auto text = Text::fromUtf8(d["text"].get<std::string>());
    if (!text) return Error{"/document/text", text.error().describe()};
    Document doc;
    doc.id = d.value("id", "document");
    doc.text = std::move(text.value());
    if (d.contains("meta")) doc.metaJson = d["meta"].dump();
    return doc;
}

Result<Document> readAny(std::string_view input, std::string_view name) {
    const std::string_view body = stripBom(input);
    if (!looksLikeJson(body)) return readPlainText(body, name);
    // A corpus: open its first document.
    const auto newline = body.find('\n');
    if (newline != std::string_view::npos) {
        const std::string_view first = body.substr(0, newline);
        const std::string_view rest = body.substr(newline + 1);
        if (looksLikeJson(rest) && Json::accept(first)) return readSpanmarkJson(first);
    }
    return readSpanmarkJson(body);
}

std::string writeSpanmarkJson(const Document& doc) {
    Json j;
    j["format"] = "spanmark";
    j["version"] = 1;
    Json d;
    d["id"] = doc.id;
    d["text"] = std::string(doc.text.bytes());
    d["sha256"] = sha256Hex(doc.text.bytes());
    d["meta"] = Json::parse(doc.metaJson);
    j["document"] = std::move(d);
    Json labels = Json::array();
    for (const Label& l : doc.labels) {
        Json o;
        o["name"] = l.name;
        o["kind"] = l.kind == LabelKind::Span ? "span" : "relation";
        if (!l.color.empty()) o["color"] = l.color;
        if (l.kind == LabelKind::Relation) {
            o["from"] = l.from;
            o["to"] = l.to;
        }
        if (!l.key.empty()) o["key"] = l.key;
        labels.push_back(std::move(o));
    }
    j["labels"] = std::move(labels);
    std::vector<const Span*> spans;
    for (const Span& s : doc.spans) spans.push_back(&s);
    std::sort(spans.begin(), spans.end(), [](const Span* a, const Span* b) {
        return std::tie(a->start, a->end, a->label) < std::tie(b->start, b->end, b->label);
    });
    Json spanArray = Json::array();
    for (const Span* s : spans) {
        Json o;
        o["id"] = s->id;
        o["start"] = s->start;
        o["end"] = s->end;
        o["label"] = s->label;
        o["text"] = std::string(doc.text.slice(s->start, s->end));
        spanArray.push_back(std::move(o));
    }
    j["spans"] = std::move(spanArray);
    Json relations = Json::array();
    for (const Relation& r : doc.relations)
        relations.push_back(Json{{"id", r.id}, {"label", r.label}, {"from", r.from}, {"to", r.to}});
    j["relations"] = std::move(relations);
    return j.dump(2) + "\n";
}

}  // namespace spanmark::formats
