#pragma once
// One person's layers on a team server, for an app that edits them as a
// corpus (the desktop's `--team URL`; docs/team.md, "The desktop app"):
// who is signed in, their queue (an annotator's layers, or a curator's gold
// for every document) made into whole documents, and sending back the ones
// that changed. It remembers each layer as the server last acknowledged it
// (`base`), so that work that never reached the server is known as such:
// merged into what the server has on the next fetch or send (a 409), never
// overwritten and never sent over another device's work.
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/document.hpp"
#include "core/result.hpp"
#include "workspace/team/http.hpp"
#include "workspace/team/team_users.hpp"

namespace spanmark::team {

struct Account {
    std::string name;
    Role role = Role::Annotator;
};

struct Queue {
    std::vector<Document> documents;  // ids "DOC@NAME", meta document / annotator / status (documentOfLayer)
    std::size_t merged = 0;           // layers whose unsent local work was merged with the server's
    std::size_t curated = 0;          // a curator's golds opened as their annotators' finished layers merged
    std::size_t clashes = 0;
    // Each layer not opened, and why (its text changed on the server).
    std::vector<std::string> refused;
    // Local documents with unsent work that no layer of the queue takes any more: the caller keeps them.
    std::vector<Document> orphans;
};

struct SendReport {
    std::size_t sent = 0, merged = 0, clashes = 0, unchanged = 0;
    bool reopen = false;  // a merge changed what the person has: `documents` holds the merged layers
};

class LayerSync {
public:
    explicit LayerSync(Http& http) : http_(http) {}

    // GET _session: the credentials the Http carries, and the role they hold.
    Result<Account> signIn();
    const Account& account() const { return account_; }

    // The person's queue from the server. `local` is what this device last
    // had (its saved copy of the queue), with the bases restored before
    // (restoreBases): a layer changed there since it was last acknowledged is
    // merged with the server's, and then needs sending.
    Result<Queue> fetch(const std::vector<Document>& local);

    // Sends every document whose layer differs from its base; a layer
    // changed on the server meanwhile is merged (and the merged document put
    // back into `documents`). Stops at the first failure, keeping what was
    // acknowledged before it.
    Result<SendReport> send(std::vector<Document>& documents);
    // Whether a document holds work the server has not acknowledged.
    bool unsent(const Document& doc) const;

    // The bases, to keep beside the person's copy of the queue.
    std::string basesJson() const;
    std::optional<Error> restoreBases(std::string_view json);

private:
    std::string database() const;
    nlohmann::json layerOf(const Document& doc) const;
    Result<Document> documentOf(const nlohmann::json& layer) const;
    // A curator's gold not done yet, as the merge of the document's finished
    // layers over the gold begun so far (workspace/layer_curation.hpp); the
    // gold as it is when no annotator has finished (or the layers cannot be fetched).
    Result<Document> curationOf(const nlohmann::json& plan, const nlohmann::json& goldLayer, Document gold, bool& curated);

    Http& http_;
    Account account_;
    std::map<std::string, nlohmann::json> base_;    // document id -> its layer as the server acknowledged it (with _rev)
    std::map<std::string, nlohmann::json> corpus_;  // document id -> its corpus record (text, sha256)
    nlohmann::json labels_;
    // A curation as it was opened: not sent until the curator changes it, though it differs from the gold.
    std::map<std::string, nlohmann::json> opened_;
};

}  // namespace spanmark::team
