#include "formats/any_format.hpp"

#include <set>
#include <sstream>

#include "formats/brat.hpp"
#include "formats/conll.hpp"
#include "formats/doccano.hpp"
#include "formats/document_json.hpp"
#include "formats/file_names.hpp"
#include "formats/json_stream.hpp"
#include "formats/labelstudio.hpp"
#include "formats/spacy.hpp"
#include "formats/tokens.hpp"

namespace spanmark::formats {
namespace {

// The member names of the first record (a top-level object, or the first
// object of a top-level array), from the start of a file that may be cut
// anywhere: strings are skipped whole, so text holding "tokens" is no key.
std::set<std::string> firstRecordKeys(std::string_view head) {
    std::set<std::string> keys;
    std::size_t depth = 0, recordDepth = head.empty() || head[0] != '[' ? 1 : 2;
    for (std::size_t i = 0; i < head.size(); ++i) {
        const char c = head[i];
        if (c == '"') {
            const std::size_t start = i + 1;
            i = jsonStringEnd(head, i);
            if (i >= head.size()) break;
            if (depth == recordDepth && isJsonKey(head, i)) keys.emplace(head.substr(start, i - start));
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth-- == recordDepth) break;  // the first record ended
        }
    }
    return keys;
}

bool looksLikeConll(std::string_view head) {
    std::size_t tagged = 0, other = 0, begin = 0;
    while (begin < head.size()) {
        std::size_t end = head.find('\n', begin);
        if (end == std::string_view::npos) end = head.size();
        std::string_view line = head.substr(begin, end - begin);
        begin = end + 1;
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
        if (line.empty()) continue;
        const auto last = line.find_last_of(" \t");
        if (last == std::string_view::npos) {
            ++other;
            continue;
        }
        const std::string_view tag = line.substr(last + 1);
        const bool iob = tag == "O" || (tag.size() > 2 && tag[1] == '-' && std::string_view("BIES").find(tag[0]) != std::string_view::npos);
        (iob ? tagged : other)++;
    }
    return tagged > 0 && other <= tagged / 10;
}

}  // namespace

const std::vector<std::string>& formatNames() {
    static const std::vector<std::string> names = {"spanmark", "text", "doccano", "labelstudio", "spacy", "brat", "conll"};
    return names;
}

Result<std::string> guessFormat(std::string_view name, std::string_view contents) {
    if (endsWith(name, ".ann")) return std::string("brat");
    if (endsWith(name, ".conll") || endsWith(name, ".iob") || endsWith(name, ".bio")) return std::string("conll");
    const auto first = contents.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    const bool json = first != std::string_view::npos && (contents[first] == '{' || contents[first] == '[');
    // A .json/.jsonl file is JSON or an error (the spanmark reader says which), never text.
    if (!json) return std::string(namesJson(name) ? "spanmark" : first != std::string_view::npos && looksLikeConll(contents.substr(first, 4096)) ? "conll" : "text");
    const std::set<std::string> keys = firstRecordKeys(contents.substr(first, 65536));
    auto any = [&](std::initializer_list<const char*> names) {
        for (const char* n : names)
            if (keys.count(n)) return true;
        return false;
    };
    if (any({"format", "document"})) return std::string("spanmark");
    if (any({"data", "completions", "predictions"})) return std::string("labelstudio");
    const bool prodigy = any({"spans", "tokens", "_input_hash", "_task_hash", "_view_id", "answer"});
    const bool doccano = any({"label", "labels", "entities", "annotation_approver", "Comments"});
    if (prodigy && doccano)
        return Error{"line 1", "the first record has both Prodigy/spaCy keys (spans, tokens) and doccano keys (label, "
                               "entities); say which it is with --from spacy or --from doccano"};
    if (prodigy) return std::string("spacy");
    if (doccano || keys.count("text")) return std::string("doccano");
    if (keys.empty() && !namesJson(name)) return std::string("text");  // "[Reuters] …" in a .txt
    return std::string("spanmark");  // whose reader names what is missing
}

Result<Imported> readFormat(std::string_view contents, std::string_view name, const std::string& format) {
    if (format == "doccano") {
        auto docs = readDoccano(contents);
        if (!docs) return docs.error();
        return Imported{std::move(docs.value()), {}};
    }
    if (format == "labelstudio") return readLabelStudio(contents);
    if (format == "spacy") return readSpacy(contents);
    if (format == "conll") {
        std::string base(name.substr(name.find_last_of("/\\") + 1));
        return readConll(contents, base.substr(0, base.find_last_of('.')));
    }
    if (format == "brat") return Error{"", "brat comes as a .txt and an .ann; open them with the spanmark CLI"};
    Imported out;
    if (format == "text") {
        auto doc = readPlainText(contents, name);
        if (!doc) return doc.error();
        out.documents.push_back(std::move(doc.value()));
        return out;
    }
    if (format == "spanmark" && looksLikeCorpus(contents)) {
        std::istringstream in{std::string(contents)};
        auto error = readCorpus(in, [&](Document&& d, std::size_t) {
            out.documents.push_back(std::move(d));
            return true;
        });
        if (error) return *error;
        return out;
    }
    auto doc = readAny(contents, name);
    if (!doc) return doc.error();
    out.documents.push_back(std::move(doc.value()));
    return out;
}

Result<std::vector<ExportedFile>> writeFormat(const std::vector<const Document*>& docs, const std::string& format,
                                              std::vector<std::string>& dropped) {
    using Files = std::vector<ExportedFile>;
    if (format == "doccano") return Files{{".doccano.jsonl", writeDoccano(docs, dropped), ""}};
    if (format == "labelstudio") return Files{{".labelstudio.json", writeLabelStudio(docs, dropped), ""}};
    if (format == "spacy") return Files{{".spacy.jsonl", writeSpacy(docs, dropped), ""}};
    if (format == "conll" || format == "brat")
        for (const Document* d : docs)
            if (auto bad = checkLineLabels(*d, format == "brat" ? "brat's .ann" : "CoNLL")) return *bad;
    if (format == "conll") return Files{{".conll", writeConll(docs, dropped), ""}};
    if (format == "brat") {
        Files files;
        std::set<std::string> stems;
        for (const Document* d : docs) {
            const BratFiles b = writeBrat(*d, dropped);
            // Each document's pair is named after its id, made safe to stay in the output's folder.
            std::string stem = docs.size() > 1 ? "-" + fileNameFromId(d->id) : "";
            for (std::size_t k = 2; !stems.insert(stem).second; ++k) stem = "-" + fileNameFromId(d->id) + "-" + std::to_string(k);
            const std::string whose = docs.size() > 1 ? d->id : std::string();
            files.push_back({stem + ".txt", b.txt, whose});
            files.push_back({stem + ".ann", b.ann, whose});
        }
        return files;
    }
    if (format == "text") {
        std::string out;
        std::size_t spans = 0;
        for (const Document* d : docs) {
            out += std::string(d->text.bytes()) + (docs.size() > 1 ? "\n" : "");
            spans += d->annotations.spanCount();
        }
        if (spans) dropped.push_back(std::to_string(spans) + " spans (plain text holds no annotations)");
        return Files{{".txt", out, ""}};
    }
    if (docs.size() == 1) return Files{{".json", writeSpanmarkJson(*docs.front()), ""}};
    std::string out;
    for (const Document* d : docs) out += writeSpanmarkJson(*d, Layout::Line) + "\n";
    return Files{{".jsonl", out, ""}};
}

std::optional<Error> writeFormatTo(const std::vector<const Document*>& docs, const std::string& format,
                                   std::vector<std::string>& dropped, const TextSink& sink) {
    if (format == "labelstudio") {
        writeLabelStudio(docs, dropped, sink);
        return std::nullopt;
    }
    if (format == "spanmark" && docs.size() == 1) {
        writeSpanmarkJson(*docs.front(), Layout::Pretty, sink);
        return std::nullopt;
    }
    if (format == "spanmark") {
        for (const Document* d : docs) {
            writeSpanmarkJson(*d, Layout::Line, sink);
            sink("\n");
        }
        return std::nullopt;
    }
    auto files = writeFormat(docs, format, dropped);
    if (!files) return files.error();
    if (files->size() != 1) return Error{"", format + " writes several files"};
    sink(files->front().contents);
    return std::nullopt;
}

}  // namespace spanmark::formats
