// convert: any format in, any format out, written safely (platform/files).
#include <algorithm>
#include <map>
#include <memory>

#include "cli/commands.hpp"
#include "cli/documents.hpp"
#include "cli/say.hpp"
#include "formats/any_format.hpp"
#include "formats/document_json.hpp"
#include "formats/file_names.hpp"
#include "platform/files/safe_write.hpp"

namespace spanmark::cli {
namespace f = formats;
using platform::files::OutputFile;

namespace {

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

bool opened(OutputFile& file) {
    if (auto error = file.open()) {
        reportWriteError(*error);
        return false;
    }
    return true;
}

// Reports a step's failure (OutputFile's finish, publish or commit) and says whether it worked.
bool written(const std::optional<std::string>& error) {
    if (!error) return true;
    reportWriteError(*error);
    return false;
}

// A spanmark corpus streams: one document in memory at a time, written as it is read.
int convertStreaming(const std::string& in, const std::string& to, const std::string& out) {
    OutputFile output(out);
    if (!opened(output)) return 1;
    std::map<std::string, std::size_t> dropped;
    std::size_t count = 0;
    const bool array = to == "labelstudio";  // a JSON array of tasks, written item by item
    if (array) output.write("[\n");
    bool refused = false;
    const bool ok = forEachDocument(in, "spanmark", [&](Document&& doc, std::size_t line) {
        if (refused) return;
        std::vector<std::string> d;
        auto files = f::writeFormat({&doc}, to, d);
        if (!files) {
            report(in, Error{files.error().where, files.error().message, line, 0});
            refused = true;
            return;
        }
        addDropped(dropped, d);
        std::string chunk = std::move(files->front().contents);
        if (to == "spanmark") chunk = f::writeSpanmarkJson(doc, f::Layout::Line) + "\n";
        if (to == "text") chunk += "\n";
        if (array) {
            // Strip this document's own [ … ] and join with commas.
            const auto open = chunk.find('['), close = chunk.rfind(']');
            chunk = (count ? ",\n" : "") + chunk.substr(open + 1, close - open - 1);
        }
        output.write(chunk);
        ++count;
    });
    if (array) output.write("\n]\n");
    if (!ok || refused || !written(output.commit())) return 1;
    for (const auto& [what, n] : dropped) say(stderr, "%s: warning: dropped %zu%s\n", in.c_str(), n, what.c_str());
    if (!out.empty())
        say(stderr, "%s: %zu document%s written as %s\n", out.c_str(), count,
        count == 1 ? "" : "s", to.c_str());
    return 0;
}

// Several files (brat's pairs) are all finished before any replaces its target.
int writeAll(const std::vector<f::ExportedFile>& files, const std::string& out, const std::vector<std::string>& inputs) {
    // One file goes to OUT itself; several (brat) to OUT's stem with their suffixes.
    std::string stem = out;
    for (const char* extension : {".ann", ".txt"})
        if (files.size() > 1 && f::endsWith(stem, extension)) stem.resize(stem.size() - 4);
    std::vector<std::unique_ptr<OutputFile>> outputs;
    for (const auto& file : files) {
        outputs.push_back(std::make_unique<OutputFile>(files.size() == 1 ? out : stem + file.suffix));
        if (!outputs.back()->path().empty() && !distinctFromInputs(outputs.back()->path(), inputs)) return 1;
        if (!opened(*outputs.back())) return 1;
        outputs.back()->write(file.contents);
    }
    for (auto& output : outputs)
        if (!written(output->finish())) return 1;
    for (auto& output : outputs)
        if (!written(output->publish())) return 1;
    return 0;
}

}  // namespace

int convert(const std::vector<std::string>& args) {
    std::string in, to, from, out;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--to" && i + 1 < args.size()) to = args[++i];
        else if (args[i] == "--from" && i + 1 < args.size()) from = args[++i];
        else if (args[i] == "-o" && i + 1 < args.size()) out = args[++i];
        else if (in.empty() && args[i].rfind("-", 0) != 0) in = args[i];
        else {
            say(stderr, "spanmark convert: unexpected argument '%s'\n", args[i].c_str());
            std::fputs(kUsage, stderr);
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
            say(stderr, "spanmark convert: unknown format '%s'\n", name->c_str());
            std::fputs(kUsage, stderr);
            return 2;
        }
    const std::string format = formatOf(in, from);
    if (format.empty()) return 1;
    std::vector<std::string> inputs = {in};
    if (format == "brat") {
        const std::string stem = in.substr(0, in.size() - 4);
        inputs = {stem + ".txt", stem + ".ann"};
    }
    if (!out.empty() && !distinctFromInputs(out, inputs)) return 1;
    if (format == "spanmark" && isJsonl(in) && to != "brat") return convertStreaming(in, to, out);

    std::vector<Document> documents;
    if (!forEachDocument(in, format, [&](Document&& d, std::size_t) { documents.push_back(std::move(d)); })) return 1;
    std::vector<const Document*> all;
    for (const Document& d : documents) all.push_back(&d);
    std::vector<std::string> dropped;
    if (to != "brat") {  // one file, written as it is made
        OutputFile output(out);
        if (!opened(output)) return 1;
        const f::TextSink sink = [&](std::string_view piece) { output.write(piece); };
        if (to == "spanmark" && isJsonl(out) && all.size() == 1) {  // a .jsonl is one document a line, even one
            f::writeSpanmarkJson(*all.front(), f::Layout::Line, sink);
            sink("\n");
        } else if (auto refused = f::writeFormatTo(all, to, dropped, sink)) {
            report(in, *refused);
            return 1;
        }
        for (const std::string& what : dropped) say(stderr, "%s: warning: dropped %s\n", in.c_str(), what.c_str());
        if (!written(output.commit())) return 1;
    } else {
        auto files = f::writeFormat(all, to, dropped);
        if (!files) {
            report(in, files.error());
            return 1;
        }
        if (out.empty()) {
            say(stderr, "spanmark convert: brat writes a .txt and an .ann for each document; name them with -o\n");
            return 2;
        }
        for (const auto& file : files.value()) {
            if (file.documentId.empty() || !f::endsWith(file.suffix, ".ann") ||
                file.suffix.rfind("-" + file.documentId + ".", 0) == 0)
                continue;
            say(stderr, "%s: warning: document %s is written as %s (its id cannot name a file as it is)\n", in.c_str(),
                file.documentId.c_str(), file.suffix.substr(1, file.suffix.size() - 5).c_str());
        }
        for (const std::string& what : dropped) say(stderr, "%s: warning: dropped %s\n", in.c_str(), what.c_str());
        if (writeAll(files.value(), out, inputs) != 0) return 1;
    }
    if (!out.empty()) say(stderr, "%s: %zu document%s written as %s\n", out.c_str(), all.size(), all.size() == 1 ? "" : "s", to.c_str());
    return 0;
}

}  // namespace spanmark::cli
