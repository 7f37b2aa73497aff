#include "workspace/memory_draft_store.hpp"

#include <algorithm>

namespace spanmark::workspace {

void MemoryDraftStore::writeSnapshot(const DraftInfo& info, const std::string& snapshot) {
    if (full) {
        if (events_) events_->draftStoreFailed(info.key, "the storage is full");
        return;
    }
    Draft& d = drafts_[info.key];
    d.info = info;
    d.snapshot = snapshot;
    d.journal.clear();
    d.info.bytes = snapshot.size();
    evict(info.key);
    if (events_) events_->draftStored(info.key, 0);
}

void MemoryDraftStore::append(const DraftInfo& info, std::uint64_t seq, const std::string& entry) {
    auto it = drafts_.find(info.key);
    if (full || it == drafts_.end() || it->second.journal.size() + 1 != seq) {
        if (events_)
            events_->draftStoreFailed(info.key, full ? "the storage is full" : "the draft's journal is out of step");
        return;
    }
    Draft& d = it->second;
    const std::size_t bytes = d.info.bytes + entry.size();
    d.info = info;
    d.info.bytes = bytes;
    d.journal.push_back(entry);
    evict(info.key);
    if (events_) events_->draftStored(info.key, seq);
}

void MemoryDraftStore::findById(const std::string& id) {
    std::vector<DraftInfo> found;
    for (const auto& [key, d] : drafts_)
        if (d.info.id == id) found.push_back(d.info);
    std::sort(found.begin(), found.end(), [](const DraftInfo& a, const DraftInfo& b) { return a.savedAt > b.savedAt; });
    if (events_) events_->draftsFound(id, std::move(found));
}

void MemoryDraftStore::load(const std::string& key) {
    auto it = drafts_.find(key);
    if (!events_) return;
    if (it == drafts_.end()) events_->draftLoadFailed(key, "no draft is stored under this key");
    else events_->draftLoaded(it->second);
}

void MemoryDraftStore::listRecent(std::size_t limit) {
    std::vector<DraftInfo> all;
    for (const auto& [key, d] : drafts_) all.push_back(d.info);
    std::sort(all.begin(), all.end(), [](const DraftInfo& a, const DraftInfo& b) { return a.savedAt > b.savedAt; });
    if (all.size() > limit) all.resize(limit);
    if (events_) events_->recentDrafts(std::move(all));
}

void MemoryDraftStore::claim(const std::string& key, bool takeOver) {
    if (takeOver && heldElsewhere == key) heldElsewhere.clear();
    if (events_) events_->draftClaimed(key, heldElsewhere != key);
}

std::size_t MemoryDraftStore::bytesUsed() const {
    std::size_t total = 0;
    for (const auto& [key, d] : drafts_) total += d.info.bytes;
    return total;
}

const Draft* MemoryDraftStore::find(const std::string& key) const {
    auto it = drafts_.find(key);
    return it == drafts_.end() ? nullptr : &it->second;
}

void MemoryDraftStore::evict(const std::string& keep) {
    while (drafts_.size() > maxDrafts_ || (bytesUsed() > maxBytes_ && drafts_.size() > 1)) {
        auto oldest = drafts_.end();
        for (auto it = drafts_.begin(); it != drafts_.end(); ++it)
            if (it->first != keep && (oldest == drafts_.end() || it->second.info.savedAt < oldest->second.info.savedAt))
                oldest = it;
        if (oldest == drafts_.end()) return;
        drafts_.erase(oldest);
    }
}

}  // namespace spanmark::workspace
