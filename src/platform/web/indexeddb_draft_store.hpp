#pragma once
// Drafts in the browser's IndexedDB (web/drafts.js does the storing): a
// header, a snapshot and journal entries per document, each write reported
// stored only on its transaction's `complete`, a failure (a full quota) at
// once. One tab writes a document's draft at a time (Web Locks).
#include <cstddef>

#include "workspace/draft_store.hpp"

namespace spanmark::platform::web {

class IndexedDbDraftStore final : public workspace::DraftStore {
public:
    IndexedDbDraftStore();
    ~IndexedDbDraftStore() override;

    void writeSnapshot(const workspace::DraftInfo& info, const std::string& snapshot) override;
    // Copies the snapshot out of the heap now (drafts.js keeps it), so the first change need not.
    void prepareSnapshot(const std::string& key, const std::string& snapshot) override;
    void append(const workspace::DraftInfo& info, std::uint64_t seq, const std::string& entry) override;
    void remove(const std::string& key) override;
    void findById(const std::string& id) override;
    void load(const std::string& key) override;
    void listRecent(std::size_t limit) override;
    void claim(const std::string& key, bool takeOver) override;
    std::size_t bytesUsed() const override { return bytes_; }

    // Called from drafts.js through the exports in the .cpp.
    workspace::DraftEvents* events() { return events_; }
    void setBytesUsed(std::size_t bytes) { bytes_ = bytes; }

private:
    std::size_t bytes_ = 0;
    std::string preparedKey_;
    std::size_t preparedSize_ = 0;
};

}  // namespace spanmark::platform::web
