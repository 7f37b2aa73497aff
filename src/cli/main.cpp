// spanmark: validate, summarise and compare annotation files (SPEC.md §2).
// Every file is read as a stream of documents: a JSONL corpus one line at a
// time, anything else whole.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iterator>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/agreement.hpp"
#include "core/summary.hpp"
#include "formats/any_format.hpp"
#include "formats/brat.hpp"
#include "formats/document_json.hpp"
#include "formats/file_names.hpp"
#include "suggest/suggest.hpp"

namespace {

using spanmark::Document;
using spanmark::Error;
using spanmark::formats::endsWith;

const char* kUsage =
    "usage: spanmark COMMAND ...\n"
    "\n"
    "  validate FILE...   exit 0 if every file is a valid spanmark document or corpus\n"
    "  stats FILE...      spans per label, relations and quotes, per document and in all\n"
    "  agree A B          per-label precision, recall and F1 of B against A (the reference)\n"
    "  suggest FILE [-o OUT]\n"
    "                     pre-annotations by rules (figures, quotes, speakers, labelled strings\n"
    "                     again), added to a copy of the file; each carries \"suggested\": RULE\n"
    "  convert IN --to FORMAT [-o OUT] [--from FORMAT]\n"
    "                     FORMAT: spanmark, text, doccano, labelstudio, spacy, brat, conll;\n"
    "                     the input format is guessed from the file when --from is absent\n"
    "\n"
    "Files are spanmark JSON (.json), JSONL corpora (.jsonl) or plain UTF-8 text.\n"
    "Errors read FILE:LINE:COLUMN: error: what is wrong.\n";

// FILE:LINE:COLUMN: error: what, as compilers write it, so editors can jump there.
void report(const std::string& path, const Error& e) {
    const std::string what = e.where.empty() || e.where.rfind("line ", 0) == 0 ? e.message : e.where + ": " + e.message;
    if (e.line > 0 && e.column > 0)
        std::fprintf(stderr, "%s:%zu:%zu: error: %s\n", path.c_str(), e.line, e.column, what.c_str());
    else if (e.line > 0)
        std::fprintf(stderr, "%s:%zu: error: %s\n", path.c_str(), e.line, what.c_str());
    else
        std::fprintf(stderr, "%s: error: %s\n", path.c_str(), e.describe().c_str());
}

bool isJsonl(const std::string& path) { return path.size() > 6 && path.substr(path.size() - 6) == ".jsonl"; }

// Calls visit with each document of a file, in whatever format it is; a
// spanmark corpus streams. Reports the first error and returns false.
bool forEachDocument(const std::string& path, const std::function<void(Document&&)>& visit) {
    namespace f = spanmark::formats;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "%s: error: cannot read the file\n", path.c_str());
        return false;
    }
    std::string head(4096, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    in.clear();
    in.seekg(0);
    const std::string format = f::guessFormat(path, head);
    if (isJsonl(path) && format == "spanmark") {
        auto error = f::readCorpus(in, [&](Document&& doc, std::size_t) {
            visit(std::move(doc));
            return true;
        });
        if (error) report(path, *error);
        return !error;
    }
    const std::string contents(std::istreambuf_iterator<char>(in), {});
    spanmark::Result<f::Imported> read = f::Imported{};
    if (format == "brat") {
        const std::string stem = path.substr(0, path.size() - 4);
        std::string text;
        std::ifstream txt(stem + ".txt", std::ios::binary);
        if (!txt) {
            std::fprintf(stderr, "%s: error: brat needs %s.txt beside it\n", path.c_str(), stem.c_str());
            return false;
        }
        text.assign(std::istreambuf_iterator<char>(txt), {});
        read = f::readBrat(text, contents, stem);
    } else {
        read = f::readFormat(contents, path, format);
    }
    if (!read) {
        report(path, read.error());
        return false;
    }
    for (const std::string& w : read->warnings) std::fprintf(stderr, "%s: warning: %s\n", path.c_str(), w.c_str());
    for (Document& d : read->documents) visit(std::move(d));
    return true;
}

int validate(const std::vector<std::string>& files) {
    int status = 0;
    for (const std::string& path : files) {
        std::size_t count = 0;
        if (forEachDocument(path, [&](Document&&) { ++count; }))
            std::printf("%s: %zu document%s, valid\n", path.c_str(), count, count == 1 ? "" : "s");
        else
            status = 1;
    }
    return status;
}

int stats(const std::vector<std::string>& files) {
    std::map<std::string, std::size_t> total;
    std::size_t documents = 0, relations = 0, quotes = 0, unattributed = 0;
    int status = 0;
    for (const std::string& path : files) {
        const bool ok = forEachDocument(path, [&](Document&& doc) {
            const spanmark::Summary summary = spanmark::summarize(doc);
            std::printf("%s", doc.id.c_str());
            for (const auto& [label, n] : summary.labelCounts) {
                std::printf("  %s %zu", label.c_str(), n);
                total[label] += n;
            }
            std::printf("  relations %zu  quotes %zu (%zu without speaker)\n", doc.annotations.relationCount(),
                        summary.quotes, summary.unattributed);
            ++documents;
            relations += doc.annotations.relationCount();
            quotes += summary.quotes;
            unattributed += summary.unattributed;
        });
        if (!ok) status = 1;
    }
    std::size_t spans = 0;
    for (const auto& [label, n] : total) spans += n;
    std::printf("total: %zu documents, %zu spans", documents, spans);
    for (const auto& [label, n] : total) std::printf("  %s %zu", label.c_str(), n);
    std::printf("  relations %zu  quotes %zu (%zu without speaker)\n", relations, quotes, unattributed);
    return status;
}

void printCounts(const char* name, const spanmark::Counts& c) {
    std::printf("  %-16s %9.3f %9.3f %9.3f %7zu %7zu %7zu\n", name, c.precision(), c.recall(), c.f1(), c.matched,
                c.onlyA, c.onlyB);
}

int agree(const std::vector<std::string>& files) {
    if (files.size() != 2) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    std::map<std::string, Document> reference;
    if (!forEachDocument(files[0], [&](Document&& d) { reference.emplace(d.id, std::move(d)); })) return 1;
    spanmark::Agreement all;
    int status = 0;
    std::size_t unmatched = 0;
    const bool ok = forEachDocument(files[1], [&](Document&& d) {
        auto it = reference.find(d.id);
        if (it == reference.end()) {
            std::fprintf(stderr, "%s: error: document %s is not in %s\n", files[1].c_str(), d.id.c_str(), files[0].c_str());
            ++unmatched;
            return;
        }
        if (it->second.text.bytes() != d.text.bytes()) {
            std::fprintf(stderr, "%s: error: document %s has another text than in %s\n", files[1].c_str(), d.id.c_str(),
                         files[0].c_str());
            ++unmatched;
            return;
        }
        all += spanmark::compare(it->second, d);
    });
    if (!ok || unmatched) status = 1;
    std::printf("%zu documents compared; %s is the reference\n", all.documents, files[0].c_str());
    std::printf("  %-16s %9s %9s %9s %7s %7s %7s\n", "exact spans", "precision", "recall", "F1", "both", "A only", "B only");
    for (const auto& [label, c] : all.exact) printCounts(label.c_str(), c);
    printCounts("all labels", all.exactTotal());
    std::printf("  %-16s\n", "overlapping spans");
    for (const auto& [label, c] : all.overlap) printCounts(label.c_str(), c);
    printCounts("all labels", all.overlapTotal());
    std::printf("  %-16s\n", "relations");
    for (const auto& [label, c] : all.relations) printCounts(label.c_str(), c);
    printCounts("all relations", all.relationTotal());
    for (const auto& [label, a] : all.attribution)
        std::printf("  %s attribution: %.3f (%zu of %zu sources found in both point to the same span)\n", label.c_str(),
                    a.accuracy(), a.correct, a.judged);
    return status;
}

// Written beside the target and renamed on commit: no half-written output,
// whether the contents come at once or document by document.
class OutputFile {
public:
    explicit OutputFile(std::string path) : path_(std::move(path)), temporary_(path_ + ".part"), out_(temporary_, std::ios::binary) {}
    ~OutputFile() {
        if (!committed_) {
            out_.close();
            std::remove(temporary_.c_str());
        }
    }
    std::ofstream& stream() { return out_; }
    bool commit() {
        out_.flush();
        const bool ok = static_cast<bool>(out_);
        out_.close();
        committed_ = ok && std::rename(temporary_.c_str(), path_.c_str()) == 0;
        return committed_;
    }

private:
    std::string path_, temporary_;
    std::ofstream out_;
    bool committed_ = false;
};

bool writeAtomically(const std::string& path, const std::string& contents) {
    OutputFile file(path);
    file.stream() << contents;
    return file.commit();
}

bool readAll(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    out.assign(std::istreambuf_iterator<char>(in), {});
    return !in.bad();
}

// Reads any format into documents; reports and returns false on a refusal.
bool readInput(const std::string& path, std::string& from, spanmark::formats::Imported& imported) {
    namespace f = spanmark::formats;
    if (!from.empty() && from != "brat") {  // the format is given: no guessing
        std::string contents;
        if (!readAll(path, contents)) {
            std::fprintf(stderr, "%s: error: cannot read the file\n", path.c_str());
            return false;
        }
        auto read = f::readFormat(contents, path, from);
        if (!read) {
            report(path, read.error());
            return false;
        }
        for (const std::string& w : read->warnings) std::fprintf(stderr, "%s: warning: %s\n", path.c_str(), w.c_str());
        imported = std::move(read.value());
        return true;
    }
    const std::string bratPath = from == "brat" && endsWith(path, ".txt") ? path.substr(0, path.size() - 4) + ".ann" : path;
    return forEachDocument(bratPath, [&](Document&& d) { imported.documents.push_back(std::move(d)); });
}

// "3 span notes (…)" from several documents adds up to one line per kind.
void addDropped(std::map<std::string, std::size_t>& total, const std::vector<std::string>& dropped) {
    for (const std::string& d : dropped) {
        std::size_t used = 0;
        std::size_t n = 0;
        try {
            n = std::stoul(d, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used == 0) total[d] += 1;
        else total[d.substr(used)] += n;
    }
}

int convertStreaming(const std::string& in, const std::string& to, const std::string& out) {
    namespace f = spanmark::formats;
    OutputFile output(out);
    std::ofstream& file = output.stream();
    std::map<std::string, std::size_t> dropped;
    std::size_t count = 0;
    const bool array = to == "labelstudio";  // a JSON array of tasks, written item by item
    if (array) file << "[\n";
    const bool ok = forEachDocument(in, [&](Document&& doc) {
        std::vector<std::string> d;
        auto files = f::writeFormat({&doc}, to, d);
        addDropped(dropped, d);
        std::string chunk = files.front().contents;
        if (to == "spanmark") chunk = f::writeSpanmarkJson(doc, f::Layout::Line) + "\n";
        if (to == "text") chunk += "\n";
        if (array) {
            // Strip this document's own [ … ] and join with commas.
            const auto open = chunk.find('['), close = chunk.rfind(']');
            chunk = (count ? ",\n" : "") + chunk.substr(open + 1, close - open - 1);
        }
        file << chunk;
        ++count;
    });
    if (array) file << "\n]\n";
    if (!ok) return 1;
    if (!output.commit()) {
        std::fprintf(stderr, "%s: error: cannot write the file\n", out.c_str());
        return 1;
    }
    for (const auto& [what, n] : dropped) std::fprintf(stderr, "%s: warning: dropped %zu%s\n", in.c_str(), n, what.c_str());
    std::fprintf(stderr, "%s: %zu document%s written as %s\n", out.c_str(), count, count == 1 ? "" : "s", to.c_str());
    return 0;
}

int convert(const std::vector<std::string>& args) {
    namespace f = spanmark::formats;
    std::string in, to, from, out;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--to" && i + 1 < args.size()) to = args[++i];
        else if (args[i] == "--from" && i + 1 < args.size()) from = args[++i];
        else if (args[i] == "-o" && i + 1 < args.size()) out = args[++i];
        else if (in.empty() && args[i].rfind("-", 0) != 0) in = args[i];
        else {
            std::fprintf(stderr, "spanmark convert: unexpected argument '%s'\n%s", args[i].c_str(), kUsage);
            return 2;
        }
    }
    if (in.empty() || to.empty()) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    const auto& known = f::formatNames();
    for (const std::string* name : {&to, &from})
        if (!name->empty() && std::find(known.begin(), known.end(), *name) == known.end()) {
            std::fprintf(stderr, "spanmark convert: unknown format '%s'\n%s", name->c_str(), kUsage);
            return 2;
        }
    // A spanmark corpus streams: one document in memory at a time.
    if (isJsonl(in) && to != "brat" && !out.empty()) {
        std::string head(4096, '\0');
        std::ifstream peek(in, std::ios::binary);
        peek.read(head.data(), static_cast<std::streamsize>(head.size()));
        head.resize(static_cast<std::size_t>(peek.gcount()));
        if ((from.empty() ? f::guessFormat(in, head) : from) == "spanmark") return convertStreaming(in, to, out);
    }
    f::Imported imported;
    if (!readInput(in, from, imported)) return 1;
    std::vector<const Document*> all;
    for (const Document& d : imported.documents) all.push_back(&d);

    std::vector<std::string> dropped;
    auto files = f::writeFormat(all, to, dropped);
    // A .jsonl is one document a line, even when there is one document.
    if (to == "spanmark" && isJsonl(out) && all.size() == 1)
        files = {{".jsonl", f::writeSpanmarkJson(*all.front(), f::Layout::Line) + "\n"}};
    for (const std::string& what : dropped) std::fprintf(stderr, "%s: warning: dropped %s\n", in.c_str(), what.c_str());
    if (out.empty()) {
        if (files.size() != 1) {
            std::fprintf(stderr, "spanmark convert: %s writes several files; name them with -o\n", to.c_str());
            return 2;
        }
        std::fwrite(files.front().contents.data(), 1, files.front().contents.size(), stdout);
        return 0;
    }
    // One file goes to OUT itself; several (brat) to OUT's stem with their suffixes.
    std::string stem = out;
    for (const auto& file : files)
        if (files.size() > 1 && endsWith(stem, file.suffix)) stem = stem.substr(0, stem.size() - file.suffix.size());
    for (const auto& file : files) {
        const std::string path = files.size() == 1 ? out : stem + file.suffix;
        if (!writeAtomically(path, file.contents)) {
            std::fprintf(stderr, "%s: error: cannot write the file\n", path.c_str());
            return 1;
        }
    }
    std::fprintf(stderr, "%s: %zu document%s written as %s\n", out.c_str(), all.size(), all.size() == 1 ? "" : "s", to.c_str());
    return 0;
}

// Each document with the rules' suggestions added, marked as such. A corpus
// (or several documents) comes out as JSONL, one document as JSON.
int suggest(const std::vector<std::string>& args) {
    namespace f = spanmark::formats;
    namespace s = spanmark::suggest;
    std::string in, out;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "-o" && i + 1 < args.size()) out = args[++i];
        else if (in.empty() && args[i].rfind("-", 0) != 0) in = args[i];
        else {
            std::fprintf(stderr, "spanmark suggest: unexpected argument '%s'\n%s", args[i].c_str(), kUsage);
            return 2;
        }
    }
    if (in.empty()) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    std::optional<OutputFile> file;
    if (!out.empty()) file.emplace(out);
    std::ostream& sink = file ? static_cast<std::ostream&>(file->stream()) : std::cout;
    const bool lines = isJsonl(in) || (!out.empty() && isJsonl(out));
    std::map<std::string, std::size_t> added;
    std::size_t documents = 0, relations = 0;
    // One document is written pretty, as the editor saves it; several as JSONL.
    std::string firstPretty, firstLine;
    bool refused = false;
    const bool ok = forEachDocument(in, [&](Document&& doc) {
        const s::Suggestions found = s::suggestFor(doc);
        spanmark::Edit edit = s::acceptEdit(doc, found.spans, found.relations, true, "suggestions");
        if (auto error = spanmark::apply(doc, edit)) {  // the rules add only what the document allows
            report(in, *error);
            refused = true;
            return;
        }
        for (const auto& operation : edit.operations) {
            if (const auto* a = std::get_if<spanmark::op::AddSpan>(&operation)) ++added[a->span.label];
            else ++relations;
        }
        const std::string line = f::writeSpanmarkJson(doc, f::Layout::Line) + "\n";
        if (lines) sink << line;
        else if (documents == 0) {
            firstPretty = f::writeSpanmarkJson(doc, f::Layout::Pretty);
            firstLine = line;
        } else {
            if (documents == 1) sink << firstLine;
            sink << line;
        }
        ++documents;
    });
    if (!ok || refused) return 1;
    if (documents == 1 && !lines) sink << firstPretty;
    sink.flush();
    if (file && !file->commit()) {
        std::fprintf(stderr, "%s: error: cannot write the file\n", out.c_str());
        return 1;
    }
    std::size_t spans = 0;
    for (const auto& [label, n] : added) spans += n;
    std::fprintf(stderr, "%s: %zu suggested span%s", in.c_str(), spans, spans == 1 ? "" : "s");
    for (const auto& [label, n] : added) std::fprintf(stderr, "  %s %zu", label.c_str(), n);
    std::fprintf(stderr, "  relations %zu, in %zu document%s\n", relations, documents, documents == 1 ? "" : "s");
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h") {
        std::fputs(kUsage, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    const std::string command = argv[1];
    const std::vector<std::string> args(argv + 2, argv + argc);
    if ((command == "validate" || command == "stats") && args.empty()) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    if (command == "validate") return validate(args);
    if (command == "stats") return stats(args);
    if (command == "agree") return agree(args);
    if (command == "convert") return convert(args);
    if (command == "suggest") return suggest(args);
    std::fprintf(stderr, "spanmark: unknown command '%s'\n%s", command.c_str(), kUsage);
    return 2;
}
