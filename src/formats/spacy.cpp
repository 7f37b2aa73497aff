#include "formats/spacy.hpp"

#include <map>
#include <nlohmann/json.hpp>

#include "formats/json_access.hpp"
#include "formats/tokens.hpp"
#include "formats/extra_keys.hpp"

namespace spanmark::formats {
namespace {

using Json = nlohmann::json;

Result<Document> record(const Json& j, std::size_t line, std::vector<std::string>& warnings) {
    auto fail = [&](const std::string& where, const std::string& message) {
        return Error{"line " + std::to_string(line) + (where.empty() ? "" : ": " + where), message, line, 0};
    };
    if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) return fail("/text", "a record needs a string text");
    auto t = Text::fromUtf8(j["text"].get<std::string>());
    if (!t) return fail("/text", t.error().describe());
    Document doc;
    doc.text = std::move(t.value());
    doc.id = j.contains("spanmark_id") && j["spanmark_id"].is_string() ? j["spanmark_id"].get<std::string>()
                                                                        : "record-" + std::to_string(line);
    if (auto bad = checkDocumentId(doc.id)) return fail("/spanmark_id", bad->message);
    if (j.contains("meta") && j["meta"].is_object()) doc.metaJson = j["meta"].dump();
    // Token offsets, for spans that give only token indices.
    std::vector<std::pair<std::size_t, std::size_t>> tokens;
    if (j.contains("tokens") && j["tokens"].is_array())
        for (const Json& tok : j["tokens"])
            if (tok.is_object() && tok.contains("start") && tok.contains("end") && tok["start"].is_number_unsigned() &&
                tok["end"].is_number_unsigned())
                tokens.emplace_back(tok["start"].get<std::size_t>(), tok["end"].get<std::size_t>());
    ImportBuilder build(doc);
    // Where a span is, from its characters or else its tokens (token_end inclusive).
    auto locate = [&](const Json& s, const std::string& where, std::size_t& start, std::size_t& end) -> std::optional<Error> {
        if (s.contains("start") && s.contains("end") && s["start"].is_number_unsigned() && s["end"].is_number_unsigned()) {
            start = s["start"].get<std::size_t>();
            end = s["end"].get<std::size_t>();
        } else if (s.contains("token_start") && s.contains("token_end") && s["token_start"].is_number_unsigned() &&
                   s["token_end"].is_number_unsigned()) {
            const auto a = s["token_start"].get<std::size_t>(), b = s["token_end"].get<std::size_t>();
            if (b < a || b >= tokens.size()) return fail(where, "token_start/token_end name tokens the record does not have");
            start = tokens[a].first;
            end = tokens[b].second;
        } else {
            return fail(where, "a span needs start and end, or token_start and token_end");
        }
        if (start >= end || end > doc.text.size())
            return fail(where, "[" + std::to_string(start) + ", " + std::to_string(end) + ") is empty or past the text (" +
                                   std::to_string(doc.text.size()) + " code points)");
        if (s.contains("text") && s["text"].is_string() && s["text"] != doc.text.slice(start, end))
            return fail(where, "its text \"" + s["text"].get<std::string>() + "\" differs from the text at its offsets, \"" +
                                   std::string(doc.text.slice(start, end)) + "\"");
        return std::nullopt;
    };
    std::map<std::pair<std::size_t, std::size_t>, std::string> spanAt;
    if (j.contains("spans") && j["spans"].is_array()) {
        for (std::size_t i = 0; i < j["spans"].size(); ++i) {
            const Json& s = j["spans"][i];
            const std::string where = "/spans/" + std::to_string(i);
            if (!s.is_object() || !s.contains("label") || !s["label"].is_string()) return fail(where, "a span needs a label");
            std::size_t start = 0, end = 0;
            if (auto e = locate(s, where, start, end)) return *e;
            spanAt[{start, end}] = build.addSpan(start, end, s["label"].get<std::string>(), "line " + std::to_string(line) + ": " + where);
        }
    }
    if (j.contains("relations") && j["relations"].is_array()) {
        for (std::size_t i = 0; i < j["relations"].size(); ++i) {
            const Json& r = j["relations"][i];
            const std::string where = "/relations/" + std::to_string(i);
            if (!r.is_object() || !r.contains("head_span") || !r.contains("child_span"))
                return fail(where, "a relation needs head_span and child_span");
            std::size_t hs = 0, he = 0, cs = 0, ce = 0;
            if (auto e = locate(r["head_span"], where + "/head_span", hs, he)) return *e;
            if (auto e = locate(r["child_span"], where + "/child_span", cs, ce)) return *e;
            auto head = spanAt.find({hs, he}), child = spanAt.find({cs, ce});
            std::string headId = head != spanAt.end() ? head->second
                                 : build.addSpan(hs, he, stringOr(r["head_span"], "label", "SPAN"), where);
            std::string childId = child != spanAt.end() ? child->second
                                  : build.addSpan(cs, ce, stringOr(r["child_span"], "label", "SPAN"), where);
            build.addRelation(stringOr(r, "label", "relation"), headId, childId, "line " + std::to_string(line) + ": " + where);
        }
    }
    if (const std::string answer = stringOr(j, "answer", "accept"); answer != "accept")
        warnings.push_back(doc.id + ": the record's answer is \"" + answer + "\"; read anyway");
    if (auto bad = build.finish()) return Error{bad->where, bad->message, line, 0};
    return doc;
}

}  // namespace

Result<Imported> readSpacy(std::string_view input) {
    Imported out;
    auto error = forEachJsonLine(input, [&](const Json& j, std::size_t line) -> std::optional<Error> {
        auto doc = record(j, line, out.warnings);
        if (!doc) return doc.error();
        out.documents.push_back(std::move(doc.value()));
        return std::nullopt;
    });
    if (error) return *error;
    return out;
}

std::string writeSpacy(const std::vector<const Document*>& docs, std::vector<std::string>& dropped) {
    std::string out;
    std::size_t notes = 0, attributes = 0;
    for (const Document* doc : docs) {
        std::vector<std::size_t> edges;
        doc->annotations.forEachSpan([&](const Span& s) {
            edges.push_back(s.start);
            edges.push_back(s.end);
        });
        const auto tokens = tokenize(doc->text, edges);
        std::map<std::size_t, std::size_t> tokenStarting, tokenEnding;
        Json tokensJson = Json::array();
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            tokenStarting[tokens[i].start] = i;
            tokenEnding[tokens[i].end] = i;
            const bool ws = tokens[i].end < doc->text.size() && doc->text.at(tokens[i].end) == ' ';
            tokensJson.push_back({{"text", std::string(doc->text.slice(tokens[i].start, tokens[i].end))},
                                  {"start", tokens[i].start}, {"end", tokens[i].end}, {"id", i}, {"ws", ws}});
        }
        auto spanJson = [&](const Span& s) {
            return Json{{"start", s.start}, {"end", s.end}, {"text", std::string(doc->text.slice(s.start, s.end))},
                        {"label", s.label}, {"token_start", tokenStarting[s.start]}, {"token_end", tokenEnding[s.end]}};
        };
        Json spans = Json::array(), relations = Json::array();
        doc->annotations.forEachSpan([&](const Span& s) {
            spans.push_back(spanJson(s));
            notes += !s.note.empty();
            attributes += s.attributes.size();
        });
        doc->annotations.forEachRelation([&](const Relation& r) {
            const Span& head = *doc->annotations.span(r.from);
            const Span& child = *doc->annotations.span(r.to);
            relations.push_back({{"head", tokenEnding[head.end]}, {"child", tokenEnding[child.end]},
                                 {"head_span", spanJson(head)}, {"child_span", spanJson(child)}, {"label", r.label}});
        });
        Json j{{"text", std::string(doc->text.bytes())}, {"tokens", tokensJson}, {"spans", spans},
               {"relations", relations}, {"meta", Json::parse(doc->metaJson, nullptr, false)}, {"answer", "accept"},
               {"spanmark_id", doc->id}};
        out += j.dump() + "\n";
    }
    if (notes) dropped.push_back(std::to_string(notes) + " span notes (Prodigy spans carry none)");
    if (attributes) dropped.push_back(std::to_string(attributes) + " span attributes");
    countExtraKeys(docs, dropped);
    return out;
}

}  // namespace spanmark::formats
