// team: a shared corpus on a CouchDB server (docs/team.md).
//   spanmark team init URL CORPUS --users FILE [--overlap N]
//   spanmark team status URL
//   spanmark team export URL -o OUT.jsonl
#include "cli/commands.hpp"
#include "cli/documents.hpp"
#include "cli/say.hpp"
#include "formats/document_json.hpp"
#include "platform/files/safe_write.hpp"
#include "platform/net/curl_http.hpp"
#include "workspace/team/team_store.hpp"

namespace spanmark::cli {
namespace {

const char* const kTeamUsage =
    "usage: spanmark team init URL CORPUS --users FILE [--overlap N]\n"
    "       spanmark team status URL\n"
    "       spanmark team export URL -o OUT.jsonl\n"
    "URL: the server with an admin's (or, for status and export, a curator's) name and password,\n"
    "as scripts/team prints it: http://admin:SECRET@127.0.0.1:5984/\n";

int usage() {
    std::fputs(kTeamUsage, stderr);
    return 2;
}

void failed(const std::string& url, const Error& e) {
    say(stderr, "spanmark team: %s: %s: %s\n", platform::CurlHttp::withoutSecret(url).c_str(), e.where.c_str(), e.message.c_str());
}

int init(const std::vector<std::string>& args) {
    std::string url, corpusPath, usersPath;
    std::size_t overlap = 2;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--users" && i + 1 < args.size()) usersPath = args[++i];
        else if (args[i] == "--overlap" && i + 1 < args.size()) {
            const std::string& n = args[++i];
            if (n.empty() || n.find_first_not_of("0123456789") != std::string::npos || n.size() > 6) {
                say(stderr, "spanmark team init: --overlap takes a number, not '%s'\n", n.c_str());
                return 2;
            }
            overlap = std::stoul(n);
        } else if (url.empty() && args[i].rfind("-", 0) != 0) url = args[i];
        else if (corpusPath.empty() && args[i].rfind("-", 0) != 0) corpusPath = args[i];
        else return usage();
    }
    if (url.empty() || corpusPath.empty() || usersPath.empty()) return usage();
    std::string users;
    if (!readAll(usersPath, users)) {
        say(stderr, "%s: error: cannot read the users file\n", usersPath.c_str());
        return 1;
    }
    auto members = team::readMembers(users);
    if (!members) {
        report(usersPath, members.error());
        return 1;
    }
    std::vector<Document> corpus;
    if (!forEachDocument(corpusPath, "", [&](Document&& d, std::size_t) { corpus.push_back(std::move(d)); })) return 1;
    platform::CurlHttp http(url);
    team::TeamStore store(http);
    if (auto bad = store.init(corpus, members.value(), overlap, [](const std::string& line) { say(stdout, "%s\n", line.c_str()); })) {
        failed(url, *bad);
        return 1;
    }
    return standardOutputWritten() ? 0 : 1;
}

int status(const std::vector<std::string>& args) {
    if (args.size() != 1) return usage();
    platform::CurlHttp http(args[0]);
    team::TeamStore store(http);
    auto progress = store.status();
    if (!progress) {
        failed(args[0], progress.error());
        return 1;
    }
    say(stdout, "%-20s %-9s %8s %6s %8s %6s\n", "member", "role", "assigned", "todo", "started", "done");
    std::size_t assigned = 0, done = 0;
    for (const team::MemberProgress& p : progress->members) {
        say(stdout, "%-20s %-9s %8zu %6zu %8zu %6zu\n", p.name.c_str(), team::roleName(p.role), p.assigned, p.todo, p.started, p.done);
        if (p.role == team::Role::Annotator) {
            assigned += p.assigned;
            done += p.done;
        }
    }
    std::fputs("\n", stdout);
    say(stdout, "%-30s layers\n", "document");
    for (const team::DocumentProgress& d : progress->documents) {
        std::string layers;
        for (const auto& [who, state] : d.layers) layers += " " + who + ":" + team::statusName(state);
        say(stdout, "%-30s%s\n", d.id.c_str(), layers.c_str());
    }
    std::fputs("\n", stdout);
    say(stdout, "team: %zu of %zu layers done\n", done, assigned);
    return standardOutputWritten() ? 0 : 1;
}

int exportLayers(const std::vector<std::string>& args) {
    std::string url, out;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "-o" && i + 1 < args.size()) out = args[++i];
        else if (url.empty() && args[i].rfind("-", 0) != 0) url = args[i];
        else return usage();
    }
    if (url.empty()) return usage();
    platform::files::OutputFile file(out);
    if (auto error = file.open()) {
        reportWriteError(*error);
        return 1;
    }
    platform::CurlHttp http(url);
    team::TeamStore store(http);
    std::size_t count = 0;
    const formats::TextSink sink = [&](std::string_view piece) { file.write(piece); };
    if (auto bad = store.exportAll([&](Document&& doc) {
            formats::writeSpanmarkJson(doc, formats::Layout::Line, sink);
            sink("\n");
            ++count;
        })) {
        failed(url, *bad);  // nothing is published: the output file is left as it was
        return 1;
    }
    if (auto error = file.commit()) {
        reportWriteError(*error);
        return 1;
    }
    say(stderr, "%s: %zu layer%s\n", out.empty() ? "standard output" : out.c_str(), count, count == 1 ? "" : "s");
    return 0;
}

}  // namespace

int team(const std::vector<std::string>& args) {
    if (args.empty()) return usage();
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (args[0] == "init") return init(rest);
    if (args[0] == "status") return status(rest);
    if (args[0] == "export") return exportLayers(rest);
    say(stderr, "spanmark team: unknown subcommand '%s'\n", args[0].c_str());
    return usage();
}

}  // namespace spanmark::cli
