#include "platform/desktop/team_link.hpp"

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "formats/document_json.hpp"
#include "platform/files/safe_write.hpp"

namespace spanmark::platform {
namespace {

namespace fs = std::filesystem;

// NAME and HOST:PORT of http://NAME:PASSWORD@HOST:PORT/, each spelt for a folder name.
std::pair<std::string, std::string> userAndHost(const std::string& address) {
    std::string rest = address.substr(address.find("://") == std::string::npos ? 0 : address.find("://") + 3);
    rest = rest.substr(0, rest.find('/'));
    std::string user;
    if (auto at = rest.rfind('@'); at != std::string::npos) {
        user = rest.substr(0, at);
        user = user.substr(0, user.find(':'));
        rest = rest.substr(at + 1);
    }
    auto folderName = [](std::string s) {
        for (char& c : s)
            if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_')) c = '_';
        return s.empty() ? std::string("_") : s;
    };
    return {folderName(user), folderName(rest)};
}

std::string cacheRoot() {
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return xdg;
    if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.cache";
    return ".";
}

std::optional<std::string> readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// A JSONL corpus (one document a line) or one document's JSON.
Result<std::vector<Document>> documentsOf(const std::string& contents, const std::string& name) {
    std::vector<Document> out;
    const bool lines = name.size() >= 6 && name.compare(name.size() - 6, 6, ".jsonl") == 0;
    std::size_t lineNumber = 0, at = 0;
    while (at < contents.size()) {
        std::size_t end = lines ? contents.find('\n', at) : std::string::npos;
        if (end == std::string::npos) end = contents.size();
        const std::string_view piece = std::string_view(contents).substr(at, end - at);
        ++lineNumber;
        at = end + 1;
        if (piece.find_first_not_of(" \t\r\n") == std::string_view::npos) continue;
        auto doc = formats::readSpanmarkJson(piece);
        if (!doc) {
            Error e = doc.error();
            e.where = name + ":" + std::to_string(lineNumber) + ": " + e.where;
            return e;
        }
        out.push_back(std::move(doc.value()));
    }
    return out;
}

std::string jsonl(const std::vector<Document>& documents) {
    std::string out;
    for (const Document& d : documents) out += formats::writeSpanmarkJson(d, formats::Layout::Line) + "\n";
    return out;
}

std::string plural(std::size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

std::string clock() {
    std::time_t now = std::time(nullptr);
    char out[16];
    std::strftime(out, sizeof out, "%H:%M", std::localtime(&now));
    return out;
}

}  // namespace

// HOST:PORT alone, for messages: the name comes from the server, and the password has no place on screen.
static std::string hostOf(const std::string& address) {
    std::string host = address.substr(address.find("://") == std::string::npos ? 0 : address.find("://") + 3);
    host = host.substr(0, host.find('/'));
    return host.substr(host.rfind('@') == std::string::npos ? 0 : host.rfind('@') + 1);
}

TeamLink::TeamLink(std::string address, std::string cache)
    : server_(hostOf(address)), http_(address, 5, 30), sync_(http_) {
    const auto [user, host] = userAndHost(address);
    folder_ = cache.empty() ? cacheRoot() + "/spanmark/team/" + host + "/" + user : cache;
    queuePath_ = folder_ + "/queue.jsonl";
    basesPath_ = folder_ + "/sent.json";
}

std::string TeamLink::title() const {
    const std::string who = sync_.account().name.empty() ? server_ : sync_.account().name + " at " + server_;
    return "spanmark · team " + who + " · " + state_;
}

std::optional<std::string> TeamLink::keep(const std::vector<Document>& documents) {
    std::error_code ec;
    fs::create_directories(folder_, ec);
    if (ec) return folder_ + ": " + ec.message();
    return files::writeFileSafely(queuePath_, jsonl(documents));
}

std::optional<std::string> TeamLink::keepBases() { return files::writeFileSafely(basesPath_, sync_.basesJson()); }

std::optional<std::string> TeamLink::keepOrphans(const std::vector<Document>& orphans) {
    if (orphans.empty()) return std::nullopt;
    const std::string path = folder_ + "/kept-" + std::to_string(std::time(nullptr)) + ".jsonl";
    if (auto bad = files::writeFileSafely(path, jsonl(orphans))) return bad;
    return path;
}

// The server's queue with `documents`' unsent work merged in, replacing `documents`.
bool TeamLink::fetchInto(std::vector<Document>& documents, std::string& message, std::string& error) {
    auto queue = sync_.fetch(documents);
    if (!queue) {
        error = server_ + ": " + queue.error().describe();
        return false;
    }
    fetched_ = true;
    message = "Team: " + plural(queue->documents.size(), "document") + " in the queue of " + sync_.account().name;
    if (queue->curated) message += "; " + plural(queue->curated, "gold") + " to curate from the annotators' finished layers (Tab)";
    if (queue->merged) message += "; this device's unsent work merged into " + plural(queue->merged, "layer");
    if (queue->clashes) message += " (" + plural(queue->clashes, "change") + " made on both sides kept side by side)";
    for (const std::string& r : queue->refused) message += "; not opened: " + r;
    if (auto kept = keepOrphans(queue->orphans)) {
        // Work for a layer the queue no longer takes (its text changed): kept in a file, never dropped.
        message += "; work for " + plural(queue->orphans.size(), "layer") + " not in the queue is kept in " + *kept;
    }
    documents = std::move(queue->documents);
    return true;
}

std::optional<TeamLink::Opened> TeamLink::open(std::string& error) {
    std::vector<Document> local;
    const auto saved = readFile(queuePath_);
    if (saved) {
        auto docs = documentsOf(*saved, queuePath_);
        if (!docs) {
            error = docs.error().describe() + " (this device's copy of the queue; it is left as it is)";
            return std::nullopt;
        }
        local = std::move(docs.value());
        if (auto bases = readFile(basesPath_))
            if (auto bad = sync_.restoreBases(*bases)) {
                error = basesPath_ + ": " + bad->describe();
                return std::nullopt;
            }
    }
    std::string message, failure;
    std::vector<Document> queue = local;
    if (!fetchInto(queue, message, failure)) {
        if (!saved) {
            error = failure + "; and this device has no copy of the queue yet (" + queuePath_ + ")";
            state_ = "no connection";
            return std::nullopt;
        }
        state_ = "offline";
        return Opened{*saved, "Offline: " + failure + ". Working on this device's copy; Ctrl+S keeps it and sends it when the server answers"};
    }
    if (auto bad = keep(queue)) {
        error = "the queue was not kept on this device: " + *bad;
        return std::nullopt;
    }
    state_ = "synced " + clock();
    // Work merged in above has not reached the server yet.
    if (auto report = sync_.send(queue); !report) {
        state_ = "waiting";
        message += "; not sent yet: " + report.error().describe();
    } else if (report->sent) {
        message += "; sent " + plural(report->sent, "layer");
        if (report->reopen) keep(queue);
    }
    if (auto bad = keepBases()) message += "; " + *bad;
    return Opened{jsonl(queue), message};
}

TeamLink::Sent TeamLink::send(const std::string& contents, const std::string& name, std::string& error) {
    auto docs = documentsOf(contents, name);
    if (!docs) {
        error = "Not sent: " + docs.error().describe();
        return {};
    }
    std::vector<Document> documents = std::move(docs.value());
    if (auto bad = keep(documents)) {
        error = "Not kept on this device, nor sent: " + *bad;
        return {};
    }
    Sent out;
    if (!fetched_) {
        std::string message, failure;
        if (!fetchInto(documents, message, failure)) {
            state_ = "offline";
            error = "Kept on this device (" + queuePath_ + "), not sent: " + failure;
            return {};
        }
        out.reopen = jsonl(documents);
    }
    auto report = sync_.send(documents);
    if (!report) {
        state_ = "waiting";
        error = "Kept on this device (" + queuePath_ + "), not sent: " + server_ + ": " + report.error().describe();
        return out;
    }
    if (report->reopen || out.reopen) {
        out.reopen = jsonl(documents);
        keep(documents);
    }
    if (auto bad = keepBases()) error = "Sent, but what was sent is not recorded on this device: " + *bad;
    state_ = "synced " + clock();
    out.message = "Sent " + plural(report->sent, "layer") + " to " + server_;
    if (report->merged)
        out.message += "; merged with changes made elsewhere in " + plural(report->merged, "layer") +
                       (report->clashes ? " (" + plural(report->clashes, "change") + " made on both sides kept side by side)" : "");
    return out;
}

}  // namespace spanmark::platform
