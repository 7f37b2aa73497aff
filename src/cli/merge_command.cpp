// merge (docs/cli.md): several annotators' files (or a team server's layers)
// made into one document per text for a curator to review: what enough of
// them agreed on accepted, each difference's variants as suggestions with
// the names of those who made them (core/merge.hpp). A corpus, or more than
// one document, comes out as JSONL; one document as JSON.
#include "cli/commands.hpp"
#include "cli/documents.hpp"
#include "cli/panel.hpp"
#include "cli/say.hpp"
#include "core/merge.hpp"
#include "formats/document_json.hpp"
#include "platform/files/safe_write.hpp"

namespace spanmark::cli {

bool isServerAddress(const std::string& arg) { return arg.rfind("http://", 0) == 0 || arg.rfind("https://", 0) == 0; }

int merge(const std::vector<std::string>& args) {
    std::vector<std::string> inputs;
    std::string out;
    std::size_t minAgree = 0;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "-o" && i + 1 < args.size()) {
            out = args[++i];
        } else if (args[i] == "--min-agree" && i + 1 < args.size()) {
            const std::string n = args[++i];
            if (n.empty() || n.find_first_not_of("0123456789") != std::string::npos || std::stoul(n) == 0) {
                say(stderr, "spanmark merge: --min-agree takes a number of annotators from 1 up, not '%s'\n", n.c_str());
                return 2;
            }
            minAgree = std::stoul(n);
        } else if (args[i].rfind("-", 0) == 0) {
            say(stderr, "spanmark merge: unexpected argument '%s'\n", args[i].c_str());
            std::fputs(kUsage, stderr);
            return 2;
        } else {
            inputs.push_back(args[i]);
        }
    }
    const bool server = inputs.size() == 1 && isServerAddress(inputs[0]);
    if ((inputs.size() < 2 && !server) || out.empty()) {
        say(stderr, "spanmark merge: give two files or more (or a team server's address) and -o OUT\n");
        std::fputs(kUsage, stderr);
        return 2;
    }
    if (!server && !distinctFromInputs(out, inputs)) return 1;
    Panel panel;
    if (!(server ? readTeamPanel(inputs[0], panel) : readPanel(inputs, panel))) return 1;
    if (minAgree > panel.annotators.size()) {
        say(stderr, "spanmark merge: --min-agree %zu, but there are %zu annotators\n", minAgree, panel.annotators.size());
        return 2;
    }
    bool corpus = panel.rows.size() > 1 || server || isJsonl(out);
    for (const std::string& in : inputs) corpus = corpus || isJsonl(in);
    // Merged and written in runs on the machine's cores, each into memory, then
    // to the file in order; the first document refused (in document order) ends it.
    struct Run {
        std::string written;
        MergeCounts counts;
        std::size_t refused = SIZE_MAX;
        std::string error;
    };
    const std::size_t documents = panel.rows.size();
    const std::size_t runs = std::max<std::size_t>(1, std::min<std::size_t>(documents, 16));
    std::vector<Run> done(runs);
    std::vector<std::function<void()>> tasks;
    for (std::size_t r = 0; r < runs; ++r)
        tasks.push_back([&, r] {
            Run& run = done[r];
            const formats::TextSink sink = [&](std::string_view piece) { run.written += piece; };
            for (std::size_t d = documents * r / runs; d < documents * (r + 1) / runs; ++d) {
                auto doc = mergeVersions(panel.annotators, panel.rows[d], minAgree, run.counts);
                if (!doc) {
                    run.refused = d;
                    run.error = doc.error().describe();
                    return;
                }
                formats::writeSpanmarkJson(doc.value(), corpus ? formats::Layout::Line : formats::Layout::Pretty, sink);
                if (corpus) sink("\n");
            }
        });
    runOnCores(tasks);
    MergeCounts counts;
    for (const Run& run : done) {
        if (run.refused != SIZE_MAX) {
            say(stderr, "spanmark merge: document %s: %s\n", panel.ids[run.refused].c_str(), run.error.c_str());
            return 1;
        }
        counts += run.counts;
    }
    platform::files::OutputFile file(out);
    if (auto error = file.open()) {
        reportWriteError(*error);
        return 1;
    }
    for (Run& run : done) {
        file.write(run.written);
        run.written = {};
    }
    if (auto error = file.commit()) {
        reportWriteError(*error);
        return 1;
    }
    std::string who;
    for (const std::string& n : panel.annotators) who += (who.empty() ? "" : ", ") + n;
    say(stderr, "%s: %zu document%s from %s: %zu spans agreed, %zu differences (%zu variants to review), "
                "%zu relations agreed, %zu to review\n",
        out.c_str(), documents, documents == 1 ? "" : "s", who.c_str(), counts.agreedSpans, counts.differences,
        counts.suggestedSpans, counts.agreedRelations, counts.suggestedRelations);
    return 0;
}

}  // namespace spanmark::cli
