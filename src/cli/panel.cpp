#include "cli/panel.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <set>
#include <thread>

#include "cli/documents.hpp"
#include "cli/say.hpp"
#include "formats/document_json.hpp"
#include "platform/net/curl_http.hpp"
#include "workspace/team/team_store.hpp"

namespace spanmark::cli {
namespace {

std::string annotatorName(const std::string& path) {
    std::string name = std::filesystem::path(path).filename().string();
    for (const std::string suffix : {".jsonl", ".json"})
        if (name.size() > suffix.size() && name.ends_with(suffix)) return name.substr(0, name.size() - suffix.size());
    return name;
}

// How two versions' label sets differ ("ORG only here; PERSON only in anna's"), or empty.
std::string labelDifference(const Document& here, const Document& there, const std::string& who) {
    auto kinds = [](const Document& d) {
        std::map<std::string, LabelKind> out;
        for (const Label& l : d.labels) out[l.name] = l.kind;
        return out;
    };
    const auto a = kinds(here), b = kinds(there);
    std::string onlyHere, onlyThere, otherKind;
    auto add = [](std::string& list, const std::string& name) { list += (list.empty() ? "" : ", ") + name; };
    for (const auto& [name, kind] : a) {
        auto it = b.find(name);
        if (it == b.end()) add(onlyHere, name);
        else if (it->second != kind) add(otherKind, name);
    }
    for (const auto& [name, kind] : b)
        if (!a.count(name)) add(onlyThere, name);
    std::string out;
    if (!onlyHere.empty()) out += onlyHere + " only here";
    if (!onlyThere.empty()) out += (out.empty() ? "" : "; ") + onlyThere + " only in " + who + "'s";
    if (!otherKind.empty()) out += (out.empty() ? "" : "; ") + otherKind + " another kind of label than in " + who + "'s";
    return out;
}

// Puts a document in its row; false (reported) when its id holds another
// text already, or its labels are not the others' (their figures and merge
// would compare work done under different guidelines).
bool place(Panel& panel, std::map<std::string, std::size_t>& rowOf, std::size_t annotator, const std::string& id,
           const Document& doc, const std::string& where) {
    auto [at, added] = rowOf.emplace(id, panel.rows.size());
    if (added) {
        panel.ids.push_back(id);
        panel.rows.emplace_back(panel.annotators.size(), nullptr);
    }
    for (std::size_t a = 0; a < panel.annotators.size(); ++a) {
        const Document* other = panel.rows[at->second][a];
        if (!other) continue;
        const std::string& who = panel.annotators[a];
        if (other->text.bytes() != doc.text.bytes()) {
            say(stderr, "%s: error: document %s has another text than %s's (one id must hold one text)\n", where.c_str(), id.c_str(),
                who.c_str());
            return false;
        }
        if (const std::string d = labelDifference(doc, *other, who); !d.empty()) {
            say(stderr, "%s: error: document %s: the labels are not %s's: %s (every annotator must use one label set)\n",
                where.c_str(), id.c_str(), who.c_str(), d.c_str());
            return false;
        }
    }
    panel.rows[at->second][annotator] = &doc;
    return true;
}

}  // namespace

void runOnCores(const std::vector<std::function<void()>>& tasks) {
    const std::size_t workers = std::max<std::size_t>(1, std::min<std::size_t>(tasks.size(), std::thread::hardware_concurrency()));
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t t; (t = next++) < tasks.size();) tasks[t]();
    };
    std::vector<std::thread> threads;
    for (std::size_t w = 1; w < workers; ++w) threads.emplace_back(work);
    work();
    for (std::thread& t : threads) t.join();
}

bool readPanel(const std::vector<std::string>& files, Panel& panel) {
    std::map<std::string, std::size_t> rowOf;
    for (std::size_t a = 0; a < files.size(); ++a) {
        std::string name = annotatorName(files[a]);
        for (const std::string& earlier : panel.annotators)
            if (earlier == name) name += "#" + std::to_string(a + 1);  // two files of one name: told apart
        panel.annotators.push_back(name);
    }
    // Each file is parsed on a thread of its own (parsing is most of the
    // work), its messages held; the documents are then placed file by file,
    // in order, and the first file refused ends it, as reading one by one would.
    struct Read {
        std::vector<std::pair<Document, std::size_t>> documents;  // with its line
        bool ok = false;
        std::string messages;
    };
    std::vector<Read> read(files.size());
    auto readFile = [&](std::size_t a) {
        HeldMessages held;
        read[a].ok = forEachDocument(files[a], "", [&](Document&& d, std::size_t line) {
            read[a].documents.emplace_back(std::move(d), line);
        });
        read[a].messages = held.take();
    };
    std::vector<std::function<void()>> tasks;
    for (std::size_t a = 0; a < files.size(); ++a) tasks.push_back([&readFile, a] { readFile(a); });
    runOnCores(tasks);

    for (std::size_t a = 0; a < files.size(); ++a) {
        std::fwrite(read[a].messages.data(), 1, read[a].messages.size(), stderr);
        if (!read[a].ok) return false;
        std::set<std::string> seen;
        for (auto& [d, line] : read[a].documents) {
            if (!seen.insert(d.id).second) {
                say(stderr, "%s:%zu: error: the document id %s is used by an earlier document\n", files[a].c_str(), line, d.id.c_str());
                return false;
            }
            panel.documents.push_back(std::move(d));
            const Document& kept = panel.documents.back();
            if (!place(panel, rowOf, a, kept.id, kept, files[a])) return false;
        }
        read[a].documents = {};
    }
    return true;
}

bool readTeamPanel(const std::string& url, Panel& panel) {
    platform::CurlHttp http(url);
    team::TeamStore store(http);
    std::vector<Document> layers;
    if (auto bad = store.exportAll([&](Document&& doc) {
            if (formats::metaValue(doc.metaJson, "annotator") != "gold") layers.push_back(std::move(doc));
        })) {
        say(stderr, "spanmark: %s: %s: %s\n", platform::CurlHttp::withoutSecret(url).c_str(), bad->where.c_str(), bad->message.c_str());
        return false;
    }
    std::map<std::string, std::size_t> annotatorIndex, rowOf;
    for (const Document& d : layers) {
        const std::string who = formats::metaValue(d.metaJson, "annotator");
        if (annotatorIndex.emplace(who, panel.annotators.size()).second) panel.annotators.push_back(who);
    }
    for (auto& row : panel.rows) row.resize(panel.annotators.size());
    for (Document& d : layers) {
        const std::string who = formats::metaValue(d.metaJson, "annotator");
        const std::string id = formats::metaValue(d.metaJson, "document");
        d.id = id;  // the document's own id again (the export names it DOC@ANNOTATOR)
        panel.documents.push_back(std::move(d));
        if (!place(panel, rowOf, annotatorIndex[who], id, panel.documents.back(), platform::CurlHttp::withoutSecret(url))) return false;
    }
    return true;
}

}  // namespace spanmark::cli
