#pragma once
// Autosave of the open document into a DraftStore: the snapshot it was
// opened from, then one journal line per change, so a change costs what
// the change weighs and never what the document weighs. Now and then, when
// the person pauses, the journal is folded into a fresh snapshot.
// replayDraft() turns a stored draft back into the document, exactly.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/document.hpp"
#include "core/edit.hpp"
#include "core/result.hpp"
#include "workspace/draft_store.hpp"

namespace spanmark::workspace {

std::string draftKeyOf(const Document& doc);
// A steady clock in milliseconds, for "has the person paused".
double steadyNowMs();

class Autosave {
public:
    static constexpr std::uint64_t kCompactAfter = 500;  // journal entries
    static constexpr double kCompactWhenIdleMs = 2000;

    explicit Autosave(DraftStore& store) : store_(store) {}

    // `snapshot` read under `name` by formats::readAny gives `doc`: the draft starts from it.
    // Shared, not copied: the workspace keeps the same bytes for Discard.
    void opened(const Document& doc, std::string name, std::shared_ptr<const std::string> snapshot);
    // A stored draft became the open document: its journal goes on.
    void resumed(const Draft& draft);
    // `edit` was applied to `doc` (for an undo: the inverse that was applied).
    void changed(const Document& doc, const Edit& edit, double nowMs);
    // Saved as `savedJson` (spanmark JSON): the draft is no longer needed.
    void saved(const Document& doc, std::string savedJson);
    // Folds the journal into a snapshot when it is long and the person has paused,
    // and hands the store the snapshot to prepare once the document has been open a moment.
    // True when a fold waits for the pause (ask for a frame then).
    bool compactIfIdle(const Document& doc, double nowMs);
    static constexpr double kPrepareAfterMs = 1000;
    void forget();  // the draft was discarded
    // While another window has the document, nothing is written.
    void setWritable(bool writable) { writable_ = writable; }

    void stored(const std::string& key, std::uint64_t seq);
    void failed(const std::string& key, const std::string& message);

    const std::string& key() const { return info_.key; }
    const DraftInfo& info() const { return info_; }
    // Every change so far is in durable storage.
    bool durable() const { return error_.empty() && storedSeq_ == sentSeq_ && snapshotStored_ == written_; }
    const std::string& error() const { return error_; }
    double lastWriteMs() const { return lastWriteMs_; }

private:
    void writeSnapshot(const std::string& snapshot, double nowMs);
    // A fresh snapshot of the document as it is (after a failure, or to fold the journal).
    void snapshotDocument(const Document& doc, double nowMs);

    DraftStore& store_;
    DraftInfo info_;
    std::shared_ptr<const std::string> pendingSnapshot_;  // written with the first change
    bool prepared_ = false;
    double openedMs_ = 0;
    bool written_ = false;          // the snapshot was sent
    bool snapshotStored_ = false;   // and is durable
    bool writable_ = true;
    std::uint64_t sentSeq_ = 0;
    std::uint64_t storedSeq_ = 0;
    double lastChangeMs_ = 0;
    double failedAtMs_ = -1;
    std::string error_;
    double lastWriteMs_ = 0;
};

// The document a draft holds: its snapshot read as it was opened, then its
// journal replayed. An entry that cannot be read or applied stops the replay
// there; `problem` then says which, and the document holds what came before.
Result<Document> replayDraft(const Draft& draft, std::string* problem);

}  // namespace spanmark::workspace
