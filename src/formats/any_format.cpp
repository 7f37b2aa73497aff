#include "formats/any_format.hpp"

#include <sstream>

#include "formats/brat.hpp"
#include "formats/conll.hpp"
#include "formats/doccano.hpp"
#include "formats/document_json.hpp"
#include "formats/file_names.hpp"
#include "formats/labelstudio.hpp"
#include "formats/spacy.hpp"

namespace spanmark::formats {
namespace {

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

std::string guessFormat(std::string_view name, std::string_view contents) {
    if (endsWith(name, ".ann")) return "brat";
    if (endsWith(name, ".conll") || endsWith(name, ".iob") || endsWith(name, ".bio")) return "conll";
    const auto first = contents.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (first == std::string_view::npos) return "text";
    const std::string_view head = contents.substr(first, 4096);
    auto has = [&](std::string_view s) { return head.find(s) != std::string_view::npos; };
    if (head[0] == '{' || head[0] == '[') {
        if (has("\"format\"") && has("\"spanmark\"")) return "spanmark";
        if (has("\"data\"") || has("\"completions\"") || has("\"result\"")) return "labelstudio";
        if (has("\"tokens\"") || has("\"token_start\"")) return "spacy";
        if (has("\"text\"")) return "doccano";
        return "spanmark";
    }
    return looksLikeConll(head) ? "conll" : "text";
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

std::vector<ExportedFile> writeFormat(const std::vector<const Document*>& docs, const std::string& format,
                                      std::vector<std::string>& dropped) {
    if (format == "doccano") return {{".doccano.jsonl", writeDoccano(docs, dropped)}};
    if (format == "labelstudio") return {{".labelstudio.json", writeLabelStudio(docs, dropped)}};
    if (format == "spacy") return {{".spacy.jsonl", writeSpacy(docs, dropped)}};
    if (format == "conll") return {{".conll", writeConll(docs, dropped)}};
    if (format == "brat") {
        std::vector<ExportedFile> files;
        for (const Document* d : docs) {
            const BratFiles b = writeBrat(*d, dropped);
            const std::string stem = docs.size() > 1 ? "-" + d->id : "";
            files.push_back({stem + ".txt", b.txt});
            files.push_back({stem + ".ann", b.ann});
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
        return {{".txt", out}};
    }
    if (docs.size() == 1) return {{".json", writeSpanmarkJson(*docs.front())}};
    std::string out;
    for (const Document* d : docs) out += writeSpanmarkJson(*d, Layout::Line) + "\n";
    return {{".jsonl", out}};
}

}  // namespace spanmark::formats
