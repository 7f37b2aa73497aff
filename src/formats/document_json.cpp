#include "formats/document_json.hpp"

#include <algorithm>
#include <deque>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <unordered_set>

#include "core/sha256.hpp"
#include "formats/file_names.hpp"
#include "formats/json_stream.hpp"
#include "formats/json_text.hpp"

namespace spanmark::formats {
namespace {

using Json = nlohmann::json;

std::string_view stripBom(std::string_view s) {
    if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") return s.substr(3);
    return s;
}

bool looksLikeJson(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    return first != std::string_view::npos && s[first] == '{';
}

const char* typeName(const Json& j) {
    switch (j.type()) {
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::null: return "null";
    case Json::value_t::number_float: return "a decimal number";
    default: return "a number";
    }
}

std::string shown(std::string_view s) {
    std::string out;
    appendJsonString(out, s.size() > 60 ? std::string(s.substr(0, 57)) + "…" : std::string(s));
    return out;
}

// The unknown members of an object, as JSON text ("" when there are none).
std::string extras(const Json& object, std::initializer_list<std::string_view> known) {
    Json rest = Json::object();
    for (auto it = object.begin(); it != object.end(); ++it)
        if (std::find(known.begin(), known.end(), it.key()) == known.end()) rest[it.key()] = it.value();
    return rest.empty() ? std::string() : rest.dump();
}

// The spans as the file gives them, before the checks that need the whole
// file. A deque: it grows without copying, and hands its spans to the
// document one block at a time (a file of a million spans is never held twice).
struct StreamedSpans {
    std::deque<Span> spans;  // in file order: spans[i] is /spans/i
    // The `text` members not yet checked (the document's text came after them, or differs).
    std::vector<std::pair<std::size_t, std::string>> texts;
};

// Reads one document object, checking each rule of docs/format.md in turn.
class DocumentReader {
public:
    // `known`: the document's text, already decoded while the spans streamed (not decoded twice).
    DocumentReader(StreamedSpans spans, std::optional<Text> known) : records_(std::move(spans)), known_(std::move(known)) {}

    Result<Document> read(const Json& j) {
        if (!j.is_object()) return fail("", std::string("a spanmark document is a JSON object, not ") + typeName(j));
        if (auto e = readHeader(j)) return *e;
        if (auto e = readDocument(j)) return *e;
        if (auto e = readLabels(j)) return *e;
        if (auto e = readSpans(j)) return *e;
        if (auto e = readRelations(j)) return *e;
        doc_.extraJson = extras(j, {"format", "version", "document", "labels", "spans", "relations"});
        return std::move(doc_);
    }

private:
    static Error fail(std::string pointer, std::string message) {
        return Error{pointer.empty() ? "/" : std::move(pointer), std::move(message)};
    }

    std::optional<Error> readHeader(const Json& j) {
        auto format = j.find("format");
        if (format == j.end()) return fail("/format", "missing; a spanmark file says \"format\": \"spanmark\"");
        if (!format->is_string() || *format != "spanmark")
            return fail("/format", "expected \"spanmark\", found " + format->dump());
        auto version = j.find("version");
        if (version == j.end()) return fail("/version", "missing; this reader knows version 1");
        if (!version->is_number_integer() || *version != 1)
            return fail("/version", "this reader knows version 1, the file says " + version->dump());
        return std::nullopt;
    }

    std::optional<Error> readDocument(const Json& j) {
        auto d = j.find("document");
        if (d == j.end()) return fail("/document", "missing");
        if (!d->is_object()) return fail("/document", std::string("expected an object, found ") + typeName(*d));
        auto id = d->find("id");
        if (id == d->end() || !id->is_string() || id->get_ref<const std::string&>().empty())
            return fail("/document/id", "a document needs a non-empty string id");
        if (auto bad = checkDocumentId(id->get_ref<const std::string&>())) return *bad;
        auto text = d->find("text");
        if (text == d->end()) return fail("/document/text", "missing");
        if (!text->is_string()) return fail("/document/text", std::string("expected a string, found ") + typeName(*text));
        doc_.id = id->get<std::string>();
        if (known_) {
            doc_.text = std::move(*known_);
        } else {
            auto t = Text::fromUtf8(text->get<std::string>());
            if (!t) return fail("/document/text", t.error().describe());
            doc_.text = std::move(t.value());
        }
        if (auto hash = d->find("sha256"); hash != d->end()) {
            if (!hash->is_string()) return fail("/document/sha256", "expected a hex string");
            if (*hash != sha256Hex(doc_.text.bytes()))
                return fail("/document/sha256",
                            "does not match the text: the text was changed after the file was written, or the "
                            "hash is of another text");
        }
        if (auto meta = d->find("meta"); meta != d->end()) {
            if (!meta->is_object()) return fail("/document/meta", std::string("expected an object, found ") + typeName(*meta));
            doc_.metaJson = meta->dump();
        }
        doc_.documentExtraJson = extras(*d, {"id", "text", "sha256", "meta"});
        return std::nullopt;
    }

    static std::optional<Error> stringList(const Json& j, const std::string& pointer, std::vector<std::string>& out) {
        if (!j.is_array()) return fail(pointer, std::string("expected an array of label names, found ") + typeName(j));
        for (std::size_t i = 0; i < j.size(); ++i) {
            if (!j[i].is_string()) return fail(pointer + "/" + std::to_string(i), "expected a label name");
            out.push_back(j[i].get<std::string>());
        }
        return std::nullopt;
    }

public:
    // A label set: a file's `labels` array, or a labels file's.
    static Result<std::vector<Label>> labelSet(const Json& labels) {
        if (!labels.is_array()) return fail("/labels", std::string("expected an array, found ") + typeName(labels));
        std::vector<Label> out;
        for (std::size_t i = 0; i < labels.size(); ++i) {
            const Json& l = labels[i];
            const std::string at = "/labels/" + std::to_string(i);
            if (!l.is_object()) return fail(at, std::string("expected an object, found ") + typeName(l));
            Label label;
            auto name = l.find("name");
            if (name == l.end() || !name->is_string()) return fail(at + "/name", "a label needs a string name");
            label.name = name->get<std::string>();
            if (auto kind = l.find("kind"); kind != l.end()) {
                if (*kind == "relation") label.kind = LabelKind::Relation;
                else if (*kind != "span") return fail(at + "/kind", "expected \"span\" or \"relation\", found " + kind->dump());
            }
            for (const char* key : {"color", "key"}) {
                if (auto v = l.find(key); v != l.end()) {
                    if (!v->is_string()) return fail(at + "/" + key, "expected a string");
                    (std::string(key) == "color" ? label.color : label.key) = v->get<std::string>();
                }
            }
            if (auto from = l.find("from"); from != l.end())
                if (auto e = stringList(*from, at + "/from", label.from)) return *e;
            if (auto to = l.find("to"); to != l.end())
                if (auto e = stringList(*to, at + "/to", label.to)) return *e;
            label.extraJson = extras(l, {"name", "kind", "color", "key", "from", "to"});
            out.push_back(std::move(label));
        }
        std::size_t index = 0;
        if (auto e = checkLabels(out, &index))
            return fail("/labels/" + std::to_string(index) + " (" + e->where + ")", e->message);
        return out;
    }

private:
    std::optional<Error> readLabels(const Json& j) {
        auto labels = j.find("labels");
        if (labels == j.end()) return std::nullopt;  // the default set
        auto set = labelSet(*labels);
        if (!set) return set.error();
        doc_.labels = std::move(set.value());
        return std::nullopt;
    }

    static std::optional<Error> offset(const Json& s, const char* key, const std::string& at, std::size_t& out) {
        auto v = s.find(key);
        if (v == s.end()) return fail(at + "/" + key, "missing");
        if (!v->is_number_unsigned())
            return fail(at + "/" + key, std::string("expected a whole number of code points from 0, found ") + v->dump());
        out = v->get<std::size_t>();
        return std::nullopt;
    }

    static std::optional<Error> attributes(const Json& j, const std::string& at, const std::string& who,
                                           Attributes& out) {
        if (!j.is_object()) return fail(at + who, std::string("expected an object, found ") + typeName(j));
        for (auto it = j.begin(); it != j.end(); ++it) {
            const Json& v = it.value();
            if (v.is_string()) out[it.key()] = v.get<std::string>();
            else if (v.is_boolean()) out[it.key()] = v.get<bool>();
            else if (v.is_number_integer() && (!v.is_number_unsigned() || v.get<std::uint64_t>() <= INT64_MAX))
                out[it.key()] = v.get<std::int64_t>();
            else if (v.is_number()) out[it.key()] = v.get<double>();
            else return fail(at + "/" + it.key() + who, std::string("an attribute is a string, number or boolean, not ") + typeName(v));
        }
        return std::nullopt;
    }

public:
    // The checks one span allows on its own, as it streams past.
    // A span's `text` is checked against `known` (the document's text, when it came first) at once.
    static std::optional<Error> record(const Json& s, StreamedSpans& into, const Text* known) {
        const std::size_t index = into.spans.size();
        const std::string at = "/spans/" + std::to_string(index);
        if (!s.is_object()) return fail(at, std::string("expected an object, found ") + typeName(s));
        Span span;
        auto id = s.find("id");
        if (id == s.end() || !id->is_string() || id->get_ref<const std::string&>().empty())
            return fail(at + "/id", "a span needs a non-empty string id");
        span.id = id->get<std::string>();
        const std::string who = " (span " + span.id + ")";
        if (auto e = offset(s, "start", at, span.start)) return *e;
        if (auto e = offset(s, "end", at, span.end)) return *e;
        auto label = s.find("label");
        if (label == s.end() || !label->is_string()) return fail(at + "/label" + who, "a span needs a string label");
        span.label = label->get<std::string>();
        if (auto text = s.find("text"); text != s.end()) {
            if (!text->is_string()) return fail(at + "/text" + who, "expected a string");
            const bool checked = known && span.start < span.end && span.end <= known->size() &&
                                 known->slice(span.start, span.end) == text->get_ref<const std::string&>();
            if (!checked) into.texts.emplace_back(index, text->get<std::string>());
        }
        if (auto attrs = s.find("attributes"); attrs != s.end())
            if (auto e = attributes(*attrs, at + "/attributes", who, span.attributes)) return *e;
        if (auto note = s.find("note"); note != s.end()) {
            if (!note->is_string()) return fail(at + "/note" + who, "expected a string");
            span.note = note->get<std::string>();
        }
        span.extraJson = extras(s, {"id", "start", "end", "label", "text", "attributes", "note"});
        into.spans.push_back(std::move(span));
        return std::nullopt;
    }

private:
    // The checks that need the text and the labels, which may come later in the file.
    std::optional<Error> readSpans(const Json& j) {
        auto spans = j.find("spans");
        if (spans == j.end()) return std::nullopt;
        if (!spans->is_array()) return fail("/spans", std::string("expected an array, found ") + typeName(*spans));
        std::unordered_map<std::string, LabelKind> kinds;
        for (const Label& l : doc_.labels) kinds.emplace(l.name, l.kind);
        std::unordered_set<std::string_view> ids;
        ids.reserve(records_.spans.size());
        auto text = records_.texts.begin();
        for (std::size_t index = 0; index < records_.spans.size(); ++index) {
            const Span& span = records_.spans[index];
            const std::string name = "/spans/" + std::to_string(index) + " (span " + span.id + ")";
            if (!ids.insert(span.id).second) return fail(name, "the id " + span.id + " is used by an earlier span");
            auto kind = kinds.find(span.label);
            if (kind == kinds.end()) return fail(name, "label \"" + span.label + "\" is not in the label set");
            if (kind->second != LabelKind::Span) return fail(name, "\"" + span.label + "\" is a relation label");
            if (span.start >= span.end)
                return fail(name, "the span [" + std::to_string(span.start) + ", " + std::to_string(span.end) + ") is empty");
            if (span.end > doc_.text.size())
                return fail(name, "the span ends at " + std::to_string(span.end) + ", past the text, which has " +
                                      std::to_string(doc_.text.size()) + " code points");
            if (text != records_.texts.end() && text->first == index) {
                const std::string_view actual = doc_.text.slice(span.start, span.end);
                if (text->second != actual)
                    return fail(name, "its text " + shown(text->second) + " does not match the document, which has " +
                                          shown(actual) + " at [" + std::to_string(span.start) + ", " +
                                          std::to_string(span.end) +
                                          "): are the offsets counted in UTF-16 units or bytes instead of code points?");
                ++text;
            }
        }
        ids = {};
        // Two spans with the same start, end and label: find them by sorting.
        std::vector<std::uint32_t> order(records_.spans.size());
        for (std::size_t k = 0; k < order.size(); ++k) order[k] = static_cast<std::uint32_t>(k);
        const auto& all = records_.spans;
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return std::tie(all[a].start, all[a].end, all[a].label, a) < std::tie(all[b].start, all[b].end, all[b].label, b);
        });
        for (std::size_t k = 1; k < order.size(); ++k) {
            const Span& a = all[order[k - 1]];
            const Span& b = all[order[k]];
            if (a.start == b.start && a.end == b.end && a.label == b.label)
                return fail("/spans/" + std::to_string(order[k]) + " (span " + b.id + ")",
                            "span " + a.id + " already has the same start, end and label " + b.label);
        }
        order = {};
        records_.texts = {};
        doc_.annotations.assignSpans(std::move(records_.spans));
        return std::nullopt;
    }

    std::optional<Error> readRelations(const Json& j) {
        auto relations = j.find("relations");
        if (relations == j.end()) return std::nullopt;
        if (!relations->is_array()) return fail("/relations", std::string("expected an array, found ") + typeName(*relations));
        for (std::size_t i = 0; i < relations->size(); ++i) {
            const Json& r = (*relations)[i];
            const std::string at = "/relations/" + std::to_string(i);
            if (!r.is_object()) return fail(at, std::string("expected an object, found ") + typeName(r));
            Relation relation;
            for (auto [key, field] : {std::pair{"id", &relation.id}, std::pair{"label", &relation.label},
                                      std::pair{"from", &relation.from}, std::pair{"to", &relation.to}}) {
                auto v = r.find(key);
                if (v == r.end() || !v->is_string()) return fail(at + "/" + key, "expected a string");
                *field = v->get<std::string>();
            }
            relation.extraJson = extras(r, {"id", "label", "from", "to"});
            if (auto e = doc_.checkRelation(relation)) return fail(at + " (" + e->where + ")", e->message);
            doc_.annotations.insertRelation(std::move(relation));
        }
        return std::nullopt;
    }

    StreamedSpans records_;
    std::optional<Text> known_;
    Document doc_;
};

// Reads one document from JSON text; `firstLine` numbers the lines of a JSONL record.
Result<Document> readDocumentJson(std::string_view input, std::size_t firstLine) {
    StreamedSpans records;
    std::optional<Error> spanError;
    std::optional<Text> known;  // the document's text, when it comes before the spans (as spanmark writes it)
    bool looked = false;
    const ParsedJson parsed = parseStreaming(input, "spans", [&](Json&& element, const Json& root) {
        if (!looked) {
            looked = true;
            auto d = root.find("document");
            if (d != root.end() && d->is_object())
                if (auto t = d->find("text"); t != d->end() && t->is_string())
                    if (auto text = Text::fromUtf8(t->get<std::string>())) known = std::move(text.value());
        }
        spanError = DocumentReader::record(element, records, known ? &*known : nullptr);
        return !spanError;
    }, firstLine);
    if (spanError) return *spanError;
    if (!parsed.complete) return parsed.error;
    return DocumentReader(std::move(records), std::move(known)).read(parsed.root);
}

}  // namespace

Result<Document> readPlainText(std::string_view input, std::string_view name) {
    auto text = Text::fromUtf8(std::string(stripBom(input)));
    if (!text) return text.error();
    Document doc;
    doc.id = idFromFileName(name);
    if (auto bad = checkDocumentId(doc.id)) return Error{"file name", bad->message};
    doc.text = std::move(text.value());
    return doc;
}

Result<Document> readSpanmarkJson(std::string_view input) { return readDocumentJson(input, 1); }

bool isLabelsFile(std::string_view input) {
    const std::string_view body = stripBom(input);
    if (!looksLikeJson(body)) return false;
    // A document is not read through to tell: its first span says it is not a labels file.
    bool spans = false;
    const ParsedJson parsed = parseStreaming(body, "spans", [&](Json&&, const Json&) {
        spans = true;
        return false;
    });
    if (spans || !parsed.complete) return false;
    return parsed.root.is_object() && parsed.root.contains("labels") && !parsed.root.contains("document");
}

Result<std::vector<Label>> readLabelsFile(std::string_view input) {
    auto j = parseJson(stripBom(input));
    if (!j) return j.error();
    if (!j->is_object() || !j->contains("labels")) return Error{"/labels", "a labels file holds a \"labels\" array"};
    return DocumentReader::labelSet((*j)["labels"]);
}

std::string metaValue(const std::string& metaJson, const std::string& key) {
    const Json meta = Json::parse(metaJson, nullptr, false);
    if (!meta.is_object()) return {};
    auto it = meta.find(key);
    return it != meta.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string metaWith(const std::string& metaJson, const std::string& key, const std::string& value) {
    Json meta = Json::parse(metaJson, nullptr, false);
    if (!meta.is_object()) meta = Json::object();
    if (value.empty()) meta.erase(key);
    else meta[key] = value;
    return meta.dump();
}

std::vector<std::string> metaList(const std::string& metaJson, const std::string& key) {
    const Json meta = Json::parse(metaJson, nullptr, false);
    std::vector<std::string> out;
    if (!meta.is_object()) return out;
    auto it = meta.find(key);
    if (it == meta.end() || !it->is_array()) return out;
    for (const Json& v : *it)
        if (v.is_string()) out.push_back(v.get<std::string>());
    return out;
}

std::string metaWithList(const std::string& metaJson, const std::string& key, const std::vector<std::string>& values) {
    Json meta = Json::parse(metaJson, nullptr, false);
    if (!meta.is_object()) meta = Json::object();
    if (values.empty()) meta.erase(key);
    else meta[key] = values;
    return meta.dump();
}

bool looksLikeCorpus(std::string_view input) {
    const std::string_view body = stripBom(input);
    if (!looksLikeJson(body)) return false;
    const auto newline = body.find('\n', body.find('{'));
    return newline != std::string_view::npos && looksLikeJson(body.substr(newline + 1));
}

Result<Document> readAny(std::string_view input, std::string_view name) {
    const std::string_view body = stripBom(input);
    // A file named .json or .jsonl is JSON or an error, never a text to annotate.
    if (namesJson(name)) {
        if (body.find_first_not_of(" \t\r\n") == std::string_view::npos)
            return Error{"line 1", "the file is empty; a .json file holds a spanmark document", 1, 0};
    } else if (!looksLikeJson(body)) {
        return readPlainText(body, name);
    }
    // A corpus holds one document a line: open its first.
    if (looksLikeCorpus(body)) {
        const std::string_view first = body.substr(0, body.find('\n'));
        if (Json::accept(first)) return readDocumentJson(first, 1);
    }
    return readSpanmarkJson(body);
}

std::optional<Error> readCorpus(std::istream& in, const std::function<bool(Document&&, std::size_t)>& visit) {
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        auto doc = readDocumentJson(line, number);
        if (!doc) {
            Error e = doc.error();
            e.line = number;
            return e;
        }
        if (!visit(std::move(doc.value()), number)) break;
    }
    if (in.bad()) return Error{"line " + std::to_string(number + 1), "the file could not be read"};
    return std::nullopt;
}

}  // namespace spanmark::formats
