#pragma once
// The desktop's team mode (`spanmark-desktop --team URL [--team-cache DIR]`,
// docs/team.md, "The desktop app"): the signed-in person's queue from the
// server, opened as a corpus; Ctrl+S keeps the queue in a folder of this
// device first (queue.jsonl, with the drafts beside it as for any file) and
// then sends every changed layer. Offline, the folder's copy opens and the
// next Ctrl+S that reaches the server merges and sends it.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "platform/net/curl_http.hpp"
#include "workspace/team/layer_sync.hpp"

namespace spanmark::platform {

class TeamLink {
public:
    // `cache` empty: $XDG_CACHE_HOME (or ~/.cache)/spanmark/team/HOST_PORT/NAME.
    TeamLink(std::string address, std::string cache);

    struct Opened {
        std::string contents;  // the queue as JSONL (one line a layer)
        std::string message;   // for the status bar
    };
    // The queue from the server, with this device's unsent work merged in;
    // the device's copy when the server does not answer; an error when neither.
    std::optional<Opened> open(std::string& error);

    struct Sent {
        std::string message;
        std::optional<std::string> reopen;  // the queue to show again, when a merge changed it
    };
    // Keeps `contents` (a JSONL corpus, or one document's JSON) on this device,
    // then sends what changed. The error says what failed and that the work is kept.
    Sent send(const std::string& contents, const std::string& name, std::string& error);

    const std::string& queuePath() const { return queuePath_; }
    // "team anna@host:5984 · synced", for the window's title.
    std::string title() const;

private:
    std::optional<std::string> keep(const std::vector<Document>& documents);
    std::optional<std::string> keepOrphans(const std::vector<Document>& orphans);
    std::optional<std::string> keepBases();
    bool fetchInto(std::vector<Document>& documents, std::string& message, std::string& error);

    std::string server_;  // HOST:PORT, for messages
    std::string folder_, queuePath_, basesPath_;
    CurlHttp http_;
    team::LayerSync sync_;
    bool fetched_ = false;
    std::string state_ = "not signed in";
};

}  // namespace spanmark::platform
