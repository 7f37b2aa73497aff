// train: the learned tagger (suggest/tagger.hpp) trained on the spans of a
// corpus (or of several files), or on a team's accepted layers (the golds
// its curators marked done), written as a model file for `suggest --model`
// and the page. Files (and the team's layers) are read twice, once for the
// label set and once to learn, so a large corpus is never held whole.
#include <algorithm>
#include <cstdio>
#include <functional>

#include "cli/commands.hpp"
#include "cli/documents.hpp"
#include "cli/say.hpp"
#include "formats/document_json.hpp"
#include "platform/files/safe_write.hpp"
#include "platform/net/curl_http.hpp"
#include "suggest/tagger.hpp"
#include "workspace/team/team_store.hpp"

namespace spanmark::cli {
namespace s = suggest;
namespace {

void addLabels(std::vector<std::string>& labels, const Document& doc) {
    for (const std::string& l : s::Training::labelsOf({&doc}))
        if (std::find(labels.begin(), labels.end(), l) == labels.end()) labels.push_back(l);
}

// Hands each of the team's accepted layers (each gold a curator marked done)
// to `each`, one at a time as the store exports them; false, said, when the
// store cannot be read or no gold is done.
bool forEachAcceptedLayer(const std::string& url, const std::function<void(const Document&)>& each) {
    platform::CurlHttp http(url);
    team::TeamStore store(http);
    std::size_t golds = 0, done = 0;
    if (auto bad = store.exportAll([&](Document&& doc) {
            if (formats::metaValue(doc.metaJson, "annotator") != "gold") return;
            ++golds;
            if (formats::metaValue(doc.metaJson, "status") != "done") return;
            ++done;
            each(doc);
        })) {
        say(stderr, "spanmark train: %s: %s: %s\n", platform::CurlHttp::withoutSecret(url).c_str(), bad->where.c_str(),
            bad->message.c_str());
        return false;
    }
    if (done == 0) {
        say(stderr, "spanmark train: %s: no gold layer is marked done yet (%zu begun): curate some documents first\n",
            platform::CurlHttp::withoutSecret(url).c_str(), golds);
        return false;
    }
    return true;
}

}  // namespace

int train(const std::vector<std::string>& args) {
    std::vector<std::string> inputs;
    std::string out, teamUrl;
    int epochs = 5;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "-o" && i + 1 < args.size()) {
            out = args[++i];
        } else if (args[i] == "--team" && i + 1 < args.size()) {
            teamUrl = args[++i];
        } else if (args[i] == "--epochs" && i + 1 < args.size()) {
            const std::string& n = args[++i];
            epochs = n.size() <= 3 && n.find_first_not_of("0123456789") == std::string::npos ? std::stoi(n) : 0;
            if (epochs < 1 || epochs > 100) {
                say(stderr, "spanmark train: --epochs takes a number from 1 to 100, not '%s'\n", n.c_str());
                return 2;
            }
        } else if (args[i].rfind("-", 0) != 0) {
            inputs.push_back(args[i]);
        } else {
            say(stderr, "spanmark train: unexpected argument '%s'\n", args[i].c_str());
            std::fputs(kUsage, stderr);
            return 2;
        }
    }
    if (inputs.empty() == teamUrl.empty() || out.empty()) {
        say(stderr, "spanmark train: %s\n",
            out.empty()                             ? "name the model file to write with -o MODEL"
            : inputs.empty()                        ? "name the corpus to train on, or a team with --team URL"
                                                    : "train on files or on a team (--team URL), not both");
        std::fputs(kUsage, stderr);
        return 2;
    }
    if (!distinctFromInputs(out, inputs)) return 1;

    // The team's layers are exported twice, as files are read twice: once for
    // the label set, once to learn, so a large team's golds are never held whole.
    const bool team = !teamUrl.empty();
    std::vector<std::string> labels;
    if (team && !forEachAcceptedLayer(teamUrl, [&](const Document& doc) { addLabels(labels, doc); })) return 1;
    for (const std::string& in : inputs)
        if (!forEachDocument(in, "", [&](Document&& doc, std::size_t) { addLabels(labels, doc); })) return 1;
    s::Training training(labels, epochs);
    std::size_t spans = 0;
    if (team && !forEachAcceptedLayer(teamUrl, [&](const Document& doc) {
            spans += doc.annotations.spanCount();
            training.add(doc);
        }))
        return 1;
    for (const std::string& in : inputs)
        if (!forEachDocument(in, "", [&](Document&& doc, std::size_t) {
                spans += doc.annotations.spanCount();
                training.add(doc);
            }))
            return 1;
    if (spans == 0) {
        say(stderr, "spanmark train: %s has no spans to learn from: annotate some documents first\n",
            team ? "the team's accepted layers" : inputs.size() == 1 ? inputs[0].c_str() : "none of the files");
        return 1;
    }
    while (!training.advance(1 << 16)) {
    }
    const s::Tagger model = training.finish();
    platform::files::OutputFile file(out);
    const std::string bytes = model.save();
    if (auto error = file.open()) {
        reportWriteError(*error);
        return 1;
    }
    file.write(bytes);
    if (auto error = file.commit()) {
        reportWriteError(*error);
        return 1;
    }
    std::string names;
    for (const std::string& l : model.labels()) names += (names.empty() ? "" : ", ") + l;
    say(stderr, "%s: a tagger of %s trained on %zu spans in %zu document%s, %d epoch%s; %zu bytes\n", out.c_str(), names.c_str(),
        spans, model.trainedOn(), model.trainedOn() == 1 ? "" : "s", epochs, epochs == 1 ? "" : "s", bytes.size());
    return 0;
}

}  // namespace spanmark::cli
