#pragma once
// Drafts in memory, answering at once: for the tests and the headless
// runs, and the model the other stores follow (the same bound, the same
// order of events). `full` makes every write fail, as a full disk would.
#include <map>

#include "workspace/draft_store.hpp"

namespace spanmark::workspace {

class MemoryDraftStore final : public DraftStore {
public:
    // The bound: past either, the drafts written least recently go first (never the one being written).
    explicit MemoryDraftStore(std::size_t maxDrafts = 50, std::size_t maxBytes = 256u << 20)
        : maxDrafts_(maxDrafts), maxBytes_(maxBytes) {}

    void writeSnapshot(const DraftInfo& info, const std::string& snapshot) override;
    void append(const DraftInfo& info, std::uint64_t seq, const std::string& entry) override;
    void remove(const std::string& key) override { drafts_.erase(key); }
    void findById(const std::string& id) override;
    void load(const std::string& key) override;
    void listRecent(std::size_t limit) override;
    void claim(const std::string& key, bool takeOver) override;
    std::size_t bytesUsed() const override;

    bool full = false;
    // Claims by other windows, for tests of two windows on one document.
    std::string heldElsewhere;
    std::size_t count() const { return drafts_.size(); }
    const Draft* find(const std::string& key) const;

private:
    void evict(const std::string& keep);

    std::size_t maxDrafts_, maxBytes_;
    std::map<std::string, Draft> drafts_;
};

}  // namespace spanmark::workspace
