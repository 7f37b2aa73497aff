#include "formats/labelstudio.hpp"

#include <map>
#include <nlohmann/json.hpp>

#include "formats/json_access.hpp"
#include "formats/json_text.hpp"
#include "formats/extra_keys.hpp"

namespace spanmark::formats {
namespace {

using Json = nlohmann::json;

std::string str(const Json& v) { return v.is_string() ? v.get<std::string>() : v.dump(); }

Result<Document> task(const Json& t, std::size_t index, std::vector<std::string>& warnings) {
    const std::string at = "/" + std::to_string(index);
    auto fail = [&](const std::string& where, const std::string& message) { return Error{at + where, message}; };
    if (!t.is_object()) return fail("", "a Label Studio task is a JSON object");
    auto data = t.find("data");
    if (data == t.end() || !data->is_object()) return fail("/data", "a task needs a data object");
    // The text is data.text, or the one string the labelling config pointed at.
    const Json* text = nullptr;
    std::string textKey = "text";
    if (data->contains("text") && (*data)["text"].is_string()) text = &(*data)["text"];
    else
        for (auto it = data->begin(); it != data->end(); ++it)
            if (it->is_string()) {
                text = &it.value();
                textKey = it.key();
                break;
            }
    if (!text) return fail("/data", "no text in the task's data");
    auto utf8 = Text::fromUtf8(text->get<std::string>());
    if (!utf8) return fail("/data/" + textKey, utf8.error().describe());
    Document doc;
    doc.text = std::move(utf8.value());
    if (data->contains("spanmark_id") && (*data)["spanmark_id"].is_string()) doc.id = (*data)["spanmark_id"].get<std::string>();
    else doc.id = t.contains("id") ? "task-" + str(t["id"]) : "task-" + std::to_string(index + 1);
    if (auto bad = checkDocumentId(doc.id)) return fail("/data/spanmark_id", bad->message);
    ImportBuilder build(doc);

    // Annotations (or completions); predictions only when there are none.
    const char* source = nullptr;
    for (const char* key : {"annotations", "completions", "predictions"})
        if (t.contains(key) && t[key].is_array() && !t[key].empty()) {
            source = key;
            break;
        }
    if (!source) {
        if (auto bad = build.finish()) return *bad;
        return doc;
    }
    std::map<std::string, std::vector<std::string>> spansOfResult;
    std::vector<const Json*> relations;
    const Json& list = t[source];
    for (std::size_t a = 0; a < list.size(); ++a) {
        const Json& annotation = list[a];
        if (!annotation.is_object() || !annotation.contains("result") || !annotation["result"].is_array()) continue;
        if (boolOr(annotation, "was_cancelled", false)) continue;
        const Json& results = annotation["result"];
        for (std::size_t r = 0; r < results.size(); ++r) {
            const Json& result = results[r];
            const std::string where = "/" + std::string(source) + "/" + std::to_string(a) + "/result/" + std::to_string(r);
            if (!result.is_object()) return fail(where, "a result is an object");
            const std::string type = stringOr(result, "type", "");
            if (type == "relation") {
                relations.push_back(&result);
                continue;
            }
            if (type != "labels") continue;  // choices, ratings and the like are not spans
            const Json& value = result.contains("value") ? result["value"] : Json();
            if (!value.is_object() || !value.contains("start") || !value.contains("end"))
                return fail(where + "/value", "a labels result needs start and end");
            if (!value["start"].is_number_unsigned() || !value["end"].is_number_unsigned())
                return fail(where + "/value", "start and end are whole numbers of code points");
            const auto start = value["start"].get<std::size_t>(), end = value["end"].get<std::size_t>();
            if (start >= end || end > doc.text.size())
                return fail(where + "/value", "the span [" + std::to_string(start) + ", " + std::to_string(end) +
                                                  ") is empty or past the text (" + std::to_string(doc.text.size()) +
                                                  " code points)");
            if (value.contains("text") && value["text"].is_string() && value["text"] != doc.text.slice(start, end))
                warnings.push_back(doc.id + at + where + ": the result's text \"" + value["text"].get<std::string>() +
                                   "\" differs from the text at [" + std::to_string(start) + ", " + std::to_string(end) +
                                   "), \"" + std::string(doc.text.slice(start, end)) + "\"; the offsets were kept");
            const Json labels = value.contains("labels") && value["labels"].is_array() ? value["labels"] : Json::array({"LABEL"});
            for (const Json& label : labels)
                spansOfResult[result.contains("id") ? str(result["id"]) : where].push_back(build.addSpan(start, end, str(label), at + where));
        }
    }
    for (const Json* r : relations) {
        auto from = spansOfResult.find(r->contains("from_id") ? str((*r)["from_id"]) : std::string());
        auto to = spansOfResult.find(r->contains("to_id") ? str((*r)["to_id"]) : std::string());
        if (from == spansOfResult.end() || to == spansOfResult.end()) {
            warnings.push_back(doc.id + ": a relation names a result that is not a span; it was left out");
            continue;
        }
        const Json labels = r->contains("labels") && (*r)["labels"].is_array() && !(*r)["labels"].empty()
                                ? (*r)["labels"] : Json::array({"relation"});
        for (const Json& label : labels) build.addRelation(str(label), from->second.front(), to->second.front(), at);
    }
    if (std::string(source) == "predictions") warnings.push_back(doc.id + ": no annotations; its predictions were read");
    if (auto bad = build.finish()) return *bad;
    return doc;
}

}  // namespace

Result<Imported> readLabelStudio(std::string_view input) {
    auto parsed = parseJson(input);
    if (!parsed) return parsed.error();
    const Json tasks = recordList(std::move(parsed.value()));
    if (tasks.empty()) return Error{"/", "a Label Studio export is an array of tasks; this one holds none"};
    Imported out;
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        auto doc = task(tasks[i], i, out.warnings);
        if (!doc) return doc.error();
        out.documents.push_back(std::move(doc.value()));
    }
    return out;
}

void writeLabelStudio(const std::vector<const Document*>& docs, std::vector<std::string>& dropped, const TextSink& sink) {
    // Written as text, a result a line: a DOM of a million results would take gigabytes.
    std::size_t notes = 0, attributes = 0;
    std::string out = "[";
    bool firstTask = true;
    for (const Document* doc : docs) {
        out += firstTask ? "\n" : ",\n";
        firstTask = false;
        out += " {\"data\": {\"text\": ";
        appendJsonString(out, doc->text.bytes(), &sink);
        out += ", \"spanmark_id\": ";
        appendJsonString(out, doc->id);
        out += "},\n  \"annotations\": [{\"result\": [";
        bool first = true;
        doc->annotations.forEachSpan([&](const Span& s) {
            out += first ? "\n   " : ",\n   ";
            first = false;
            out += "{\"id\": ";
            appendJsonString(out, s.id);
            out += ", \"type\": \"labels\", \"from_name\": \"label\", \"to_name\": \"text\", \"value\": {\"start\": ";
            appendJsonNumber(out, s.start);
            out += ", \"end\": ";
            appendJsonNumber(out, s.end);
            out += ", \"text\": ";
            appendJsonString(out, doc->text.slice(s.start, s.end));
            out += ", \"labels\": [";
            appendJsonString(out, s.label);
            out += "]}}";
            notes += !s.note.empty();
            attributes += s.attributes.size();
            flushIfFull(out, sink);
        });
        doc->annotations.forEachRelation([&](const Relation& r) {
            out += first ? "\n   " : ",\n   ";
            first = false;
            out += "{\"from_id\": ";
            appendJsonString(out, r.from);
            out += ", \"to_id\": ";
            appendJsonString(out, r.to);
            out += ", \"type\": \"relation\", \"direction\": \"right\", \"labels\": [";
            appendJsonString(out, r.label);
            out += "]}";
            flushIfFull(out, sink);
        });
        out += first ? "]}]}" : "\n  ]}]}";
    }
    out += docs.empty() ? "]\n" : "\n]\n";
    sink(out);
    if (notes) dropped.push_back(std::to_string(notes) + " span notes (Label Studio results carry none)");
    if (attributes) dropped.push_back(std::to_string(attributes) + " span attributes");
    countExtraKeys(docs, dropped);
}

std::string writeLabelStudio(const std::vector<const Document*>& docs, std::vector<std::string>& dropped) {
    std::string out;
    writeLabelStudio(docs, dropped, [&](std::string_view piece) { out += piece; });
    return out;
}

}  // namespace spanmark::formats
