// validate, stats and agree: commands that read files and write only a report.
#include <map>
#include <unordered_map>

#include "cli/commands.hpp"
#include "cli/documents.hpp"
#include "cli/say.hpp"
#include "core/agreement.hpp"
#include "core/summary.hpp"

namespace spanmark::cli {
namespace {

// Where a document was, for "used by an earlier document" messages.
std::string place(std::size_t line, std::size_t index) {
    return line ? "line " + std::to_string(line) : "document " + std::to_string(index);
}

// Calls visit for each document of a file, refusing a document id used twice in it
// (files, drafts and comparisons are keyed by id: a second one would be lost or misjudged).
bool forEachUniqueDocument(const std::string& path, const std::function<void(Document&&)>& visit) {
    std::unordered_map<std::string, std::string> seen;
    std::size_t index = 0;
    bool duplicate = false;
    const bool ok = forEachDocument(path, "", [&](Document&& doc, std::size_t line) {
        ++index;
        if (duplicate) return;
        auto [it, added] = seen.emplace(doc.id, place(line, index));
        if (!added) {
            duplicate = true;
            if (line) say(stderr, "%s:%zu: error: the document id %s is used by an earlier document (%s)\n", path.c_str(),
                          line, doc.id.c_str(), it->second.c_str());
            else say(stderr, "%s: error: %s: the document id %s is used by an earlier document (%s)\n", path.c_str(),
                     place(line, index).c_str(), doc.id.c_str(), it->second.c_str());
            return;
        }
        visit(std::move(doc));
    });
    return ok && !duplicate;
}

void printCounts(const char* name, const Counts& c) {
    say(stdout, "  %-16s %9.3f %9.3f %9.3f %7zu %7zu %7zu\n", name, c.precision(), c.recall(), c.f1(), c.matched, c.onlyA,
        c.onlyB);
}

}  // namespace

int validate(const std::vector<std::string>& files) {
    int status = 0;
    for (const std::string& path : files) {
        std::size_t count = 0;
        if (forEachUniqueDocument(path, [&](Document&&) { ++count; }))
            say(stdout, "%s: %zu document%s, valid\n", path.c_str(), count, count == 1 ? "" : "s");
        else
            status = 1;
    }
    return standardOutputWritten() ? status : 1;
}

int stats(const std::vector<std::string>& files) {
    std::map<std::string, std::size_t> total;
    std::size_t documents = 0, relations = 0, quotes = 0, unattributed = 0;
    int status = 0;
    for (const std::string& path : files) {
        const bool ok = forEachUniqueDocument(path, [&](Document&& doc) {
            const Summary summary = summarize(doc);
            std::string line = doc.id;
            for (const auto& [label, n] : summary.labelCounts) {
                line += "  " + label + " " + std::to_string(n);
                total[label] += n;
            }
            say(stdout, "%s  relations %zu  quotes %zu (%zu without speaker)\n", line.c_str(),
                doc.annotations.relationCount(), summary.quotes, summary.unattributed);
            ++documents;
            relations += doc.annotations.relationCount();
            quotes += summary.quotes;
            unattributed += summary.unattributed;
        });
        if (!ok) status = 1;
    }
    std::size_t spans = 0;
    std::string labels;
    for (const auto& [label, n] : total) {
        spans += n;
        labels += "  " + label + " " + std::to_string(n);
    }
    say(stdout, "total: %zu documents, %zu spans%s  relations %zu  quotes %zu (%zu without speaker)\n", documents, spans,
        labels.c_str(), relations, quotes, unattributed);
    return standardOutputWritten() ? status : 1;
}

int agree(const std::vector<std::string>& args) {
    std::vector<std::string> files;
    std::string format = "table";
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--format" && i + 1 < args.size()) format = args[++i];
        else files.push_back(args[i]);
    }
    const bool server = files.size() == 1 && isServerAddress(files[0]);
    if ((files.size() < 2 && !server) || (format != "table" && format != "csv" && format != "json")) {
        if (files.size() >= 2) say(stderr, "spanmark agree: --format is table, csv or json, not '%s'\n", format.c_str());
        std::fputs(kUsage, stderr);
        return 2;
    }
    if (files.size() != 2 || format != "table") return agreePanel(files, format, false);
    const int status = agreeReference(files);
    return status ? status : agreePanel(files, format, true);
}

int agreeReference(const std::vector<std::string>& files) {
    std::map<std::string, Document> reference;
    if (!forEachUniqueDocument(files[0], [&](Document&& d) { reference.emplace(d.id, std::move(d)); })) return 1;
    Agreement all;
    std::size_t unmatched = 0;
    const bool ok = forEachUniqueDocument(files[1], [&](Document&& d) {
        auto it = reference.find(d.id);
        if (it == reference.end()) {
            say(stderr, "%s: error: document %s is not in %s\n", files[1].c_str(), d.id.c_str(), files[0].c_str());
            ++unmatched;
            return;
        }
        if (it->second.text.bytes() != d.text.bytes()) {
            say(stderr, "%s: error: document %s has another text than in %s\n", files[1].c_str(), d.id.c_str(),
                files[0].c_str());
            ++unmatched;
            return;
        }
        all += compare(it->second, d);
    });
    if (!ok) return 1;  // a comparison of part of the files would mislead
    say(stdout, "%zu documents compared; %s is the reference\n", all.documents, files[0].c_str());
    say(stdout, "  %-16s %9s %9s %9s %7s %7s %7s\n", "exact spans", "precision", "recall", "F1", "both", "A only", "B only");
    for (const auto& [label, c] : all.exact) printCounts(label.c_str(), c);
    printCounts("all labels", all.exactTotal());
    say(stdout, "  %-16s\n", "overlapping spans");
    for (const auto& [label, c] : all.overlap) printCounts(label.c_str(), c);
    printCounts("all labels", all.overlapTotal());
    say(stdout, "  %-16s\n", "relations");
    for (const auto& [label, c] : all.relations) printCounts(label.c_str(), c);
    printCounts("all relations", all.relationTotal());
    for (const auto& [label, a] : all.attribution)
        say(stdout, "  %s attribution: %.3f (%zu of %zu sources found in both point to the same span)\n", label.c_str(),
            a.accuracy(), a.correct, a.judged);
    const int status = unmatched ? 1 : 0;
    return standardOutputWritten() ? status : 1;
}

}  // namespace spanmark::cli
