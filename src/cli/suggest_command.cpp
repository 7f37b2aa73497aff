// suggest: each document with the rules' suggestions added, marked as such. A
// corpus (or several documents) comes out as JSONL, one document as JSON.
#include <map>

#include "cli/commands.hpp"
#include "cli/documents.hpp"
#include "cli/say.hpp"
#include "formats/document_json.hpp"
#include "platform/files/safe_write.hpp"
#include "suggest/suggest.hpp"

namespace spanmark::cli {
namespace f = formats;
namespace s = suggest;

int suggest(const std::vector<std::string>& args) {
    std::string in, out;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "-o" && i + 1 < args.size()) out = args[++i];
        else if (in.empty() && args[i].rfind("-", 0) != 0) in = args[i];
        else {
            say(stderr, "spanmark suggest: unexpected argument '%s'\n", args[i].c_str());
            std::fputs(kUsage, stderr);
            return 2;
        }
    }
    if (in.empty()) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    if (!out.empty() && !distinctFromInputs(out, {in})) return 1;
    platform::files::OutputFile file(out);
    if (auto error = file.open()) {
        reportWriteError(*error);
        return 1;
    }
    const bool lines = isJsonl(in) || (!out.empty() && isJsonl(out));
    std::map<std::string, std::size_t> added;
    std::size_t documents = 0, relations = 0;
    // One document is written pretty, as the editor saves it; several as JSONL.
    std::string firstPretty, firstLine;
    bool refused = false;
    const bool ok = forEachDocument(in, "", [&](Document&& doc, std::size_t) {
        if (refused) return;
        const s::Suggestions found = s::suggestFor(doc);
        Edit edit = s::acceptEdit(doc, found.spans, found.relations, true, "suggestions");
        if (auto error = apply(doc, edit)) {  // the rules add only what the document allows
            report(in, *error);
            refused = true;
            return;
        }
        for (const auto& operation : edit.operations) {
            if (const auto* a = std::get_if<op::AddSpan>(&operation)) ++added[a->span.label];
            else ++relations;
        }
        if (lines) {
            file.write(f::writeSpanmarkJson(doc, f::Layout::Line) + "\n");
        } else if (documents == 0) {
            firstPretty = f::writeSpanmarkJson(doc, f::Layout::Pretty);
        } else {
            if (documents == 1) {
                auto first = f::readSpanmarkJson(firstPretty);  // the first document again, on one line
                file.write(f::writeSpanmarkJson(first.value(), f::Layout::Line) + "\n");
                firstPretty.clear();
            }
            file.write(f::writeSpanmarkJson(doc, f::Layout::Line) + "\n");
        }
        ++documents;
    });
    if (!ok || refused) return 1;
    if (documents == 1 && !lines) file.write(firstPretty);
    if (auto error = file.commit()) {
        reportWriteError(*error);
        return 1;
    }
    std::size_t spans = 0;
    std::string counts;
    for (const auto& [label, n] : added) {
        spans += n;
        counts += "  " + label + " " + std::to_string(n);
    }
    say(stderr, "%s: %zu suggested span%s%s  relations %zu, in %zu document%s\n", in.c_str(), spans, spans == 1 ? "" : "s",
        counts.c_str(), relations, documents, documents == 1 ? "" : "s");
    return 0;
}

}  // namespace spanmark::cli
