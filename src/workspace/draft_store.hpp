#pragma once
// Where drafts live: the interface the workspace writes its autosave to,
// and the events a store answers with. The page keeps drafts in IndexedDB
// (platform/web), the desktop in files beside the document
// (platform/desktop), the tests in memory (memory_draft_store.hpp).
//
// A draft is a snapshot of the document (the file as it was opened, or the
// document as last compacted) and a journal of the edits since, one JSON
// line each (formats/edit_json.hpp), so one change costs one short write
// whatever the document weighs. A store reports a write as stored only
// when it is durable (IndexedDB's transaction complete; write, fsync and
// rename); until then the work is in memory only, and a failure is said at once.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace spanmark::workspace {

struct DraftInfo {
    std::string key;      // the document's id + ":" + the sha256 of its text
    std::string id;       // the document's id
    std::string name;     // the name the snapshot is read under (its format is guessed from it)
    double savedAt = 0;   // ms since 1970
    std::size_t spans = 0;
    std::size_t bytes = 0;  // snapshot and journal
};

struct Draft {
    DraftInfo info;
    std::string snapshot;
    std::vector<std::string> journal;  // in order; entry k carries sequence number k + 1
};

class DraftEvents {
public:
    virtual ~DraftEvents() = default;
    // Durable up to and including journal entry `seq` (0: the snapshot alone).
    virtual void draftStored(const std::string& key, std::uint64_t seq) = 0;
    virtual void draftStoreFailed(const std::string& key, const std::string& message) = 0;
    // The drafts kept for a document id, whatever its text; newest first.
    virtual void draftsFound(const std::string& id, std::vector<DraftInfo> drafts) = 0;
    virtual void draftLoaded(Draft draft) = 0;
    virtual void draftLoadFailed(const std::string& key, const std::string& message) = 0;
    virtual void recentDrafts(std::vector<DraftInfo> drafts) = 0;
    // Whether this window may write the document's draft, or another window has it.
    virtual void draftClaimed(const std::string& key, bool exclusive) = 0;
};

class DraftStore {
public:
    virtual ~DraftStore() = default;
    void setEvents(DraftEvents* events) { events_ = events; }

    // Replaces the draft under info.key with this snapshot and an empty journal.
    virtual void writeSnapshot(const DraftInfo& info, const std::string& snapshot) = 0;
    // A snapshot that will probably be written: a store whose writes copy it somewhere
    // (the page: out of the module's heap) may copy it now, while the person is idle,
    // so that the first change costs what the others do.
    virtual void prepareSnapshot(const std::string& key, const std::string& snapshot) {
        (void)key;
        (void)snapshot;
    }
    // Adds journal entry `seq` (1, 2, … after each snapshot).
    virtual void append(const DraftInfo& info, std::uint64_t seq, const std::string& entry) = 0;
    virtual void remove(const std::string& key) = 0;
    virtual void findById(const std::string& id) = 0;
    virtual void load(const std::string& key) = 0;
    virtual void listRecent(std::size_t limit) = 0;
    // One window writes a document's draft at a time; `takeOver` takes it from another.
    virtual void claim(const std::string& key, bool takeOver) {
        (void)takeOver;
        if (events_) events_->draftClaimed(key, true);
    }
    // What all drafts hold together, as of the last write or listing; the store keeps it under its bound.
    virtual std::size_t bytesUsed() const = 0;

protected:
    DraftEvents* events_ = nullptr;
};

}  // namespace spanmark::workspace
