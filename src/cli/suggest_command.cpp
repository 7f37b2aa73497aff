// suggest: each document with the rules' suggestions added, marked as such. A
// corpus (or several documents) comes out as JSONL, one document as JSON.
#include <cstdlib>
#include <map>
#include <optional>

#include "cli/commands.hpp"
#include "cli/documents.hpp"
#include "cli/say.hpp"
#include "formats/document_json.hpp"
#include "platform/files/safe_write.hpp"
#include "suggest/accepted.hpp"
#include "suggest/suggest.hpp"
#include "suggest/tagger.hpp"

namespace spanmark::cli {
namespace f = formats;
namespace s = suggest;

int suggest(const std::vector<std::string>& args) {
    std::string in, out, modelPath;
    double threshold = 0.5;  // the page's default too (workspace/suggestion_review.hpp)
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "-o" && i + 1 < args.size()) out = args[++i];
        else if (args[i] == "--model" && i + 1 < args.size()) modelPath = args[++i];
        else if (args[i] == "--threshold" && i + 1 < args.size()) {
            const std::string& t = args[++i];
            char* end = nullptr;
            threshold = std::strtod(t.c_str(), &end);
            if (t.empty() || *end != '\0' || !(threshold >= 0 && threshold <= 1)) {
                say(stderr, "spanmark suggest: --threshold takes a confidence from 0 to 1, not '%s'\n", t.c_str());
                return 2;
            }
        } else if (in.empty() && args[i].rfind("-", 0) != 0) in = args[i];
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
    if (!out.empty() && !distinctFromInputs(out, {in, modelPath})) return 1;
    std::optional<s::Tagger> model;
    if (!modelPath.empty()) {
        std::string bytes;
        if (!readAll(modelPath, bytes)) return 1;
        auto loaded = s::Tagger::load(bytes);
        if (!loaded) {
            report(modelPath, loaded.error());
            return 1;
        }
        model = std::move(loaded.value());
    }
    platform::files::OutputFile file(out);
    if (auto error = file.open()) {
        reportWriteError(*error);
        return 1;
    }
    std::map<std::string, std::size_t> added;
    std::size_t documents = 0, relations = 0;
    bool refused = false;
    const f::TextSink sink = [&](std::string_view piece) { file.write(piece); };
    // Each document is written as it is suggested on: the suggestions go straight into the
    // file (ExtraAnnotations), never into Span objects, so memory stays near the input's size.
    auto suggestOn = [&](Document& doc, f::Layout layout) {
        if (refused) return;
        s::Suggestions found = s::suggestFor(doc);
        if (model) {
            if (auto why = model->refusalFor(doc)) {
                report(modelPath, Error{"document " + doc.id, *why});
                refused = true;
                return;
            }
            s::addTagged(found, model->tag(doc), doc, threshold);
        }
        auto accepted = s::acceptAll(doc, std::move(found));
        if (!accepted) {  // the rules add only what the document allows
            report(in, Error{"document " + doc.id + ", " + accepted.error().where, accepted.error().message});
            refused = true;
            return;
        }
        const s::Accepted& a = accepted.value();
        for (const auto& span : a.spans) ++added[span.label];
        relations += a.relations.size();
        f::ExtraAnnotations extra;
        extra.spanCount = a.spans.size();
        extra.span = [&](std::size_t i, Span& out) {
            out.id = "s" + std::to_string(a.firstSpanNumber + i);
            out.start = a.spans[i].range.begin;
            out.end = a.spans[i].range.end;
            out.label = a.spans[i].label;
            out.extraJson = s::suggestedMark(a.spans[i].rule, {}, a.spans[i].extraJson);
        };
        extra.relationCount = a.relations.size();
        extra.relation = [&](std::size_t i, Relation& out) {
            const s::Accepted::Link link = a.link(doc, i);
            out = {"r" + std::to_string(a.firstRelationNumber + i), link.label, link.from, link.to, s::suggestedMark(link.rule)};
        };
        f::writeSpanmarkJson(doc, layout, sink, &extra);
        if (layout == f::Layout::Line) sink("\n");
        ++documents;
    };
    bool ok = true;
    if (isJsonl(in)) {  // a corpus streams, one document at a time
        ok = forEachDocument(in, "", [&](Document&& doc, std::size_t) { suggestOn(doc, f::Layout::Line); });
    } else {
        // One document is written pretty, as the editor saves it; several as JSONL.
        std::vector<Document> all;
        ok = forEachDocument(in, "", [&](Document&& doc, std::size_t) { all.push_back(std::move(doc)); });
        const f::Layout layout = all.size() == 1 && !isJsonl(out) ? f::Layout::Pretty : f::Layout::Line;
        for (Document& doc : all) suggestOn(doc, layout);
    }
    if (!ok || refused) return 1;
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
