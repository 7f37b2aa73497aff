#include "cli/documents.hpp"

#include <fstream>
#include <iterator>
#include <vector>

#include "cli/say.hpp"
#include "formats/any_format.hpp"
#include "formats/brat.hpp"
#include "formats/document_json.hpp"
#include "formats/file_names.hpp"
#include "platform/files/safe_write.hpp"

namespace spanmark::cli {
namespace f = formats;

bool readAll(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    try {
        out.assign(std::istreambuf_iterator<char>(in), {});
    } catch (const std::exception&) {  // libstdc++ throws on reading a folder
        return false;
    }
    return !in.bad();
}

namespace {

std::string head(const std::string& path) {
    std::string start(65536, '\0');
    std::ifstream in(path, std::ios::binary);
    in.read(start.data(), static_cast<std::streamsize>(start.size()));
    start.resize(in ? start.size() : static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    return start;
}

// brat's pair from either of its names.
std::string bratStem(const std::string& path) {
    if (f::endsWith(path, ".ann") || f::endsWith(path, ".txt")) return path.substr(0, path.size() - 4);
    return path;
}

}  // namespace

bool isJsonl(const std::string& path) { return f::endsWith(path, ".jsonl"); }

std::string formatOf(const std::string& path, const std::string& from) {
    if (!from.empty()) return from;
    auto guessed = f::guessFormat(path, head(path));
    if (!guessed) {
        report(path, guessed.error());
        return {};
    }
    return guessed.value();
}

bool forEachDocument(const std::string& path, const std::string& from,
                     const std::function<void(Document&&, std::size_t)>& visit) {
    std::ifstream probe(path, std::ios::binary);
    if (!probe) {
        say(stderr, "%s: error: cannot read the file\n", path.c_str());
        return false;
    }
    probe.close();
    const std::string format = formatOf(path, from);
    if (format.empty()) return false;
    if (format == "spanmark" && isJsonl(path)) {
        std::ifstream in(path, std::ios::binary);
        std::size_t count = 0;
        auto error = f::readCorpus(in, [&](Document&& doc, std::size_t line) {
            ++count;
            visit(std::move(doc), line);
            return true;
        });
        if (error) report(path, *error);
        else if (count == 0) say(stderr, "%s: error: the file holds no documents (a corpus has one JSON document a line)\n", path.c_str());
        return !error && count > 0;
    }
    Result<f::Imported> read = f::Imported{};
    if (format == "brat") {
        const std::string stem = bratStem(path);
        std::string text, ann;
        if (!readAll(stem + ".ann", ann)) {
            say(stderr, "%s.ann: error: cannot read the file (brat comes as a .txt and an .ann)\n", stem.c_str());
            return false;
        }
        if (!readAll(stem + ".txt", text)) {
            say(stderr, "%s.txt: error: cannot read the file (brat needs the .txt beside the .ann)\n", stem.c_str());
            return false;
        }
        read = f::readBrat(text, ann, stem);
        if (!read) {
            report(stem + ".ann", read.error());
            return false;
        }
    } else {
        std::string contents;
        if (!readAll(path, contents)) {
            say(stderr, "%s: error: cannot read the file\n", path.c_str());
            return false;
        }
        read = f::readFormat(contents, path, format);
        if (!read) {
            report(path, read.error());
            return false;
        }
    }
    for (const std::string& w : read->warnings) say(stderr, "%s: warning: %s\n", path.c_str(), w.c_str());
    if (read->documents.empty()) {
        say(stderr, "%s: error: the file holds no documents\n", path.c_str());
        return false;
    }
    for (Document& d : read->documents) visit(std::move(d), 0);
    return true;
}

bool distinctFromInputs(const std::string& output, const std::vector<std::string>& inputs) {
    for (const std::string& input : inputs) {
        if (!platform::files::sameFile(output, input)) continue;
        say(stderr, "%s: error: is also an input (%s); write the result to another file\n", output.c_str(), input.c_str());
        return false;
    }
    return true;
}

}  // namespace spanmark::cli
