#include "formats/doccano.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "formats/import_builder.hpp"
#include "formats/json_access.hpp"
#include "formats/extra_keys.hpp"

namespace spanmark::formats {
namespace {

using Json = nlohmann::json;

std::string labelName(const Json& v) { return v.is_string() ? v.get<std::string>() : v.dump(); }

Result<Document> record(const Json& j, std::size_t line) {
    const std::string at = "line " + std::to_string(line);
    auto fail = [&](const std::string& where, const std::string& message) {
        Error e{at + (where.empty() ? "" : ": " + where), message, line, 0};
        return e;
    };
    if (!j.is_object()) return fail("", "a doccano record is a JSON object");
    auto text = j.find("text");
    if (text == j.end() || !text->is_string()) return fail("/text", "a doccano record needs a string text");
    auto t = Text::fromUtf8(text->get<std::string>());
    if (!t) return fail("/text", t.error().describe());
    if (j.contains("spans") && !j.contains("label") && !j.contains("labels") && !j.contains("entities"))
        return fail("/spans", "doccano records carry label or entities, not spans: this looks like Prodigy/spaCy; "
                              "read it with --from spacy");
    Document doc;
    doc.text = std::move(t.value());
    doc.id = j.contains("id") ? labelName(j["id"]) : "doccano-" + std::to_string(line);
    if (auto bad = checkDocumentId(doc.id)) return fail("/id", bad->message);
    if (auto meta = j.find("meta"); meta != j.end() && meta->is_object()) doc.metaJson = meta->dump();
    // UTF-16 units to code points; an offset inside a surrogate pair is an error.
    auto toCodePoint = [&](const Json& v, const std::string& where, std::size_t& out) -> std::optional<Error> {
        if (!v.is_number_unsigned()) return fail(where, "expected a whole number, found " + v.dump());
        const auto unit = v.get<std::size_t>();
        if (unit > doc.text.utf16Size())
            return fail(where, std::to_string(unit) + " is past the text (" + std::to_string(doc.text.utf16Size()) +
                                   " UTF-16 units)");
        if (doc.text.splitsSurrogatePair(unit))
            return fail(where, std::to_string(unit) + " falls inside a character outside the BMP: these offsets are not UTF-16 units");
        out = doc.text.codePointOfUtf16(unit);
        return std::nullopt;
    };
    std::map<std::string, std::string> spanOfEntity;  // doccano entity id -> our span id
    ImportBuilder build(doc);
    auto addSpan = [&](std::size_t s, std::size_t e, const std::string& label, const std::string& where,
                       const std::string& entityId) -> std::optional<Error> {
        if (s >= e) return fail(where, "the span [" + std::to_string(s) + ", " + std::to_string(e) + ") is empty");
        const std::string id = build.addSpan(s, e, label, at + ": " + where);
        if (!entityId.empty()) spanOfEntity[entityId] = id;
        return std::nullopt;
    };
    for (const char* key : {"label", "labels"}) {
        auto list = j.find(key);
        if (list == j.end()) continue;
        if (!list->is_array()) return fail(std::string("/") + key, "expected an array of [start, end, label]");
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Json& item = (*list)[i];
            const std::string where = std::string("/") + key + "/" + std::to_string(i);
            if (!item.is_array() || item.size() < 3) return fail(where, "expected [start, end, label]");
            std::size_t s = 0, e = 0;
            if (auto err = toCodePoint(item[0], where + "/0", s)) return *err;
            if (auto err = toCodePoint(item[1], where + "/1", e)) return *err;
            if (auto err = addSpan(s, e, labelName(item[2]), where, "")) return *err;
        }
    }
    for (const char* key : {"entities", "annotations"}) {
        auto list = j.find(key);
        if (list == j.end()) continue;
        if (!list->is_array()) return fail(std::string("/") + key, "expected an array");
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Json& item = (*list)[i];
            const std::string where = std::string("/") + key + "/" + std::to_string(i);
            if (!item.is_object() || !item.contains("start_offset") || !item.contains("end_offset") || !item.contains("label"))
                return fail(where, "expected start_offset, end_offset and label");
            std::size_t s = 0, e = 0;
            if (auto err = toCodePoint(item["start_offset"], where + "/start_offset", s)) return *err;
            if (auto err = toCodePoint(item["end_offset"], where + "/end_offset", e)) return *err;
            const std::string id = item.contains("id") ? labelName(item["id"]) : "";
            if (auto err = addSpan(s, e, labelName(item["label"]), where, id)) return *err;
        }
    }
    if (auto list = j.find("relations"); list != j.end() && list->is_array()) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Json& item = (*list)[i];
            const std::string where = "/relations/" + std::to_string(i);
            if (!item.is_object() || !item.contains("from_id") || !item.contains("to_id") || !item.contains("type"))
                return fail(where, "expected from_id, to_id and type");
            auto from = spanOfEntity.find(labelName(item["from_id"]));
            auto to = spanOfEntity.find(labelName(item["to_id"]));
            if (from == spanOfEntity.end() || to == spanOfEntity.end())
                return fail(where, "it names an entity id that is not in this record");
            build.addRelation(labelName(item["type"]), from->second, to->second, at + ": " + where);
        }
    }
    if (auto bad = build.finish()) return Error{bad->where, bad->message, line, 0};
    return doc;
}

}  // namespace

Result<std::vector<Document>> readDoccano(std::string_view input) {
    std::vector<Document> out;
    // One pretty-printed object (or an array of them) is read whole; JSONL
    // fails that parse with a syntax error on its second line.
    ParsedJson whole = parseJsonValue(input);
    if (!whole.complete && !whole.syntax) return whole.error;  // refused depth, key or number
    if (whole.complete && !whole.root.is_object() && !whole.root.is_array())
        return Error{"line 1", "a doccano file holds JSON objects, one a line", 1, 0};
    if (whole.complete) {
        const Json list = recordList(std::move(whole.root));
        if (list.empty()) return Error{"line 1", "the file holds an empty array: no documents", 1, 0};
        for (std::size_t i = 0; i < list.size(); ++i) {
            auto doc = record(list[i], i + 1);
            if (!doc) return doc.error();
            out.push_back(std::move(doc.value()));
        }
        return out;
    }
    auto error = forEachJsonLine(input, [&](const Json& j, std::size_t line) -> std::optional<Error> {
        auto doc = record(j, line);
        if (!doc) return doc.error();
        out.push_back(std::move(doc.value()));
        return std::nullopt;
    });
    if (error) return *error;
    return out;
}

std::string writeDoccano(const std::vector<const Document*>& docs, std::vector<std::string>& dropped) {
    std::string out;
    std::size_t notes = 0, attributes = 0;
    for (const Document* doc : docs) {
        Json j;
        j["id"] = doc->id;
        j["text"] = std::string(doc->text.bytes());
        Json entities = Json::array(), relations = Json::array();
        std::map<std::string, std::size_t> number;
        doc->annotations.forEachSpan([&](const Span& s) {
            number[s.id] = number.size();
            entities.push_back({{"id", number[s.id]}, {"label", s.label}, {"start_offset", doc->text.utf16Of(s.start)},
                                {"end_offset", doc->text.utf16Of(s.end)}});
            notes += !s.note.empty();
            attributes += s.attributes.size();
        });
        std::size_t r = 0;
        doc->annotations.forEachRelation([&](const Relation& rel) {
            relations.push_back({{"id", r++}, {"from_id", number[rel.from]}, {"to_id", number[rel.to]}, {"type", rel.label}});
        });
        j["entities"] = std::move(entities);
        j["relations"] = std::move(relations);
        out += j.dump() + "\n";
    }
    if (notes) dropped.push_back(std::to_string(notes) + " span notes (doccano has no notes)");
    if (attributes) dropped.push_back(std::to_string(attributes) + " span attributes (doccano has no attributes)");
    countExtraKeys(docs, dropped);
    return out;
}

}  // namespace spanmark::formats
