// train: the learned tagger (suggest/tagger.hpp) trained on the spans of a
// corpus (or of several files), written as a model file for `suggest
// --model` and the page. The documents are read twice, once for the label
// set and once to learn, so a large corpus is never held whole.
#include <algorithm>
#include <cstdio>

#include "cli/commands.hpp"
#include "cli/documents.hpp"
#include "cli/say.hpp"
#include "platform/files/safe_write.hpp"
#include "suggest/tagger.hpp"

namespace spanmark::cli {
namespace s = suggest;

int train(const std::vector<std::string>& args) {
    std::vector<std::string> inputs;
    std::string out;
    int epochs = 5;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "-o" && i + 1 < args.size()) {
            out = args[++i];
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
    if (inputs.empty() || out.empty()) {
        say(stderr, "spanmark train: %s\n", inputs.empty() ? "name the corpus to train on" : "name the model file to write with -o MODEL");
        std::fputs(kUsage, stderr);
        return 2;
    }
    if (!distinctFromInputs(out, inputs)) return 1;

    std::vector<std::string> labels;
    for (const std::string& in : inputs)
        if (!forEachDocument(in, "", [&](Document&& doc, std::size_t) {
                const Document* d = &doc;
                for (const std::string& l : s::Training::labelsOf({d}))
                    if (std::find(labels.begin(), labels.end(), l) == labels.end()) labels.push_back(l);
            }))
            return 1;
    s::Training training(labels, epochs);
    std::size_t spans = 0;
    for (const std::string& in : inputs)
        if (!forEachDocument(in, "", [&](Document&& doc, std::size_t) {
                spans += doc.annotations.spanCount();
                training.add(doc);
            }))
            return 1;
    if (spans == 0) {
        say(stderr, "spanmark train: %s has no spans to learn from: annotate some documents first\n",
            inputs.size() == 1 ? inputs[0].c_str() : "none of the files");
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
