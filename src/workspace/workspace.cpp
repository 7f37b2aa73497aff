#include "workspace/workspace.hpp"

#include <algorithm>
#include <ctime>

#include "formats/document_json.hpp"

namespace spanmark::workspace {

std::string joinedWithOr(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : " or ") + n;
    return out;
}

std::string describeTime(double msSinceEpoch) {
    const std::time_t t = static_cast<std::time_t>(msSinceEpoch / 1000);
    const std::time_t now = std::time(nullptr);
    std::tm when{}, today{};
    localtime_r(&t, &when);
    localtime_r(&now, &today);
    char text[32];
    const bool sameDay = when.tm_year == today.tm_year && when.tm_yday == today.tm_yday;
    std::strftime(text, sizeof text, sameDay ? "%H:%M" : "%d %b %H:%M", &when);
    return text;
}

Workspace::Workspace(Host& host, DraftStore& drafts) : host_(host), drafts_(drafts), autosave_(drafts) {
    drafts_.setEvents(this);
}

Workspace::~Workspace() { drafts_.setEvents(nullptr); }

Outcome Workspace::done(std::string message) {
    status_ = message;
    host_.requestFrame();
    return {true, std::move(message)};
}

Outcome Workspace::refused(std::string message) {
    status_ = message;
    host_.requestFrame();
    return {false, std::move(message)};
}

void Workspace::showError(std::string message) {
    error_ = std::move(message);
    host_.requestFrame();
}

void Workspace::resetView() {
    selection_ = {};
    relationChoices_.clear();
    reviewing_ = false;
}

// A document became the open one: its draft starts from what it was read from,
// and drafts kept for its id are looked for (restored, or offered when their text differs).
void Workspace::opened(std::string snapshotName, std::shared_ptr<const std::string> snapshot, bool lookForDrafts) {
    const Document& doc = session_.document();
    openedName_ = snapshotName;
    openedSnapshot_ = snapshot;
    autosave_.opened(doc, std::move(snapshotName), std::move(snapshot));
    autosave_.setWritable(true);
    draftNotice_.clear();
    restoreProblem_.clear();
    offered_.clear();
    readOnly_ = false;
    resetView();
    host_.requestFrame();
    drafts_.claim(autosave_.key(), false);
    if (lookForDrafts) drafts_.findById(doc.id);
}

void Workspace::tick(double nowMs) {
    if (autosave_.compactIfIdle(session_.document(), nowMs)) host_.requestFrameAfter(static_cast<int>(Autosave::kCompactWhenIdleMs));
}

std::string Workspace::storageWarning() const {
    if (readOnly_)
        return "This document is open in another window, so it is read-only here and nothing you do is stored. "
               "Take over here to go on with its newest work.";
    if (!autosave_.error().empty())
        return "Autosave failed: " + autosave_.error() +
               ". Your work is kept in this window only; save it with Ctrl+S before closing.";
    if (!restoreProblem_.empty()) return "The restored draft was not complete: " + restoreProblem_ + ".";
    return {};
}

// --- drafts

void Workspace::draftStored(const std::string& key, std::uint64_t seq) {
    autosave_.stored(key, seq);
    host_.requestFrame();
}

void Workspace::draftStoreFailed(const std::string& key, const std::string& message) {
    autosave_.failed(key, message);
    host_.requestFrame();
}

void Workspace::draftsFound(const std::string& id, std::vector<DraftInfo> drafts) {
    if (modelDraftFound(id, drafts)) return;
    if (corpus_) {
        for (const DraftInfo& d : drafts)
            if (corpus_->entryWithKey(d.key)) drafts_.load(d.key);
        return;
    }
    if (id != session_.document().id) return;  // another document was opened meanwhile
    for (DraftInfo& d : drafts) {
        if (d.key == autosave_.key()) {
            // The person already changed this document: their draft is offered, not laid over it.
            if (session_.history().canUndo() || session_.history().canRedo()) offered_.push_back(std::move(d));
            else {
                wantedDraft_ = d.key;
                drafts_.load(d.key);
            }
        } else {
            offered_.push_back(std::move(d));
        }
    }
    host_.requestFrame();
}

void Workspace::restoreEntry(const Draft& draft) {
    const std::size_t index = *corpus_->entryWithKey(draft.info.key);
    std::string problem;
    auto doc = replayDraft(draft, &problem);
    if (!doc || doc->id != corpus_->entry(index).id) {
        restoreProblem_ = corpus_->entry(index).id + ": " + (doc ? "the draft holds another document" : doc.error().describe());
        return;
    }
    if (!problem.empty()) restoreProblem_ = corpus_->entry(index).id + ": " + problem;
    corpus_->restore(index, doc.value());
    corpusDirty_ = true;
    if (index == corpus_->current() && !session_.history().canUndo()) {
        session_.open(std::move(doc.value()));
        session_.markUnsaved();
        autosave_.resumed(draft);
        resetView();
    }
    const std::size_t n = corpus_->restoredCount();
    draftNotice_ = "Restored unsaved work in " + std::to_string(n) + " document" + (n == 1 ? "" : "s") +
                   ", the newest from " + describeTime(draft.info.savedAt) + ".";
    status_ = draftNotice_;
}

void Workspace::draftLoaded(Draft draft) {
    if (modelDraftLoaded(draft)) return;
    if (corpus_ && corpus_->entryWithKey(draft.info.key)) {
        restoreEntry(draft);
        host_.requestFrame();
        return;
    }
    if (draft.info.key != wantedDraft_) return;  // asked for before another document was opened
    wantedDraft_.clear();
    std::string problem;
    auto doc = replayDraft(draft, &problem);
    if (!doc) {
        restoreProblem_ = "its snapshot could not be read (" + doc.error().describe() + "); it was left as it is";
        host_.requestFrame();
        return;
    }
    const bool sameDocument = draft.info.key == autosave_.key();
    if (!sameDocument) {
        corpus_.reset();
        mergeLines_.clear();
        agreement_.reset();
        corpusDirty_ = false;
        openedName_ = draft.info.name;
        openedSnapshot_ = std::make_shared<const std::string>(std::move(draft.snapshot));
        error_.clear();
    }
    session_.open(std::move(doc.value()));
    session_.markUnsaved();
    autosave_.resumed(draft);
    autosave_.setWritable(true);
    resetView();
    restoreProblem_ = problem;
    std::erase_if(offered_, [&](const DraftInfo& o) { return o.key == draft.info.key; });
    draftNotice_ = "Restored unsaved work from " + describeTime(draft.info.savedAt) + ".";
    status_ = draftNotice_;
    if (!sameDocument) {
        readOnly_ = false;
        drafts_.claim(draft.info.key, false);
    }
    host_.requestFrame();
}

void Workspace::draftLoadFailed(const std::string& key, const std::string& message) {
    if (key == wantedDraft_) wantedDraft_.clear();
    restoreProblem_ = "a stored draft could not be read (" + message + "); it was left as it is";
    host_.requestFrame();
}

void Workspace::recentDrafts(std::vector<DraftInfo> drafts) {
    // The tagger's model is kept as a draft, but it is no document to reopen.
    std::erase_if(drafts, [](const DraftInfo& d) { return d.id == Learner::kDraftId; });
    recent_ = std::move(drafts);
    if (reopenLastPending_) {
        reopenLastPending_ = false;
        // Only while the person has done nothing yet: their own choice comes first.
        if (!recent_.empty() && !corpus_ && !session_.history().canUndo() && !session_.history().canRedo()) {
            wantedDraft_ = recent_.front().key;
            drafts_.load(wantedDraft_);
        }
    }
    host_.requestFrame();
}

void Workspace::draftClaimed(const std::string& key, bool exclusive) {
    if (key != autosave_.key()) return;
    readOnly_ = !exclusive;
    autosave_.setWritable(exclusive);
    if (exclusive && takingOver_) {
        // The other window's work is in the draft: continue from it.
        takingOver_ = false;
        wantedDraft_ = key;
        drafts_.load(key);
    }
    host_.requestFrame();
}

void Workspace::reopenLast() {
    reopenLastPending_ = true;
    drafts_.listRecent(10);
}

Outcome Workspace::openDraft(const std::string& key) {
    wantedDraft_ = key;
    drafts_.load(key);
    return done("Opening the stored draft\xE2\x80\xA6");
}

Outcome Workspace::dismissOffer(std::size_t index) {
    if (index >= offered_.size()) return refused("No such draft");
    drafts_.remove(offered_[index].key);
    offered_.erase(offered_.begin() + static_cast<std::ptrdiff_t>(index));
    return done("Discarded the draft of the older version");
}

void Workspace::takeOver() {
    takingOver_ = true;
    drafts_.claim(autosave_.key(), true);
}

Outcome Workspace::discardDraft() {
    if (corpus_) return refused("In a corpus the restored work is kept: it spans many documents");
    autosave_.forget();
    if (auto error = session_.load(*openedSnapshot_, openedName_)) return refused("Could not reopen the file: " + error->describe());
    opened(openedName_, openedSnapshot_);
    draftNotice_.clear();
    return done("Discarded the restored work");
}

}  // namespace spanmark::workspace
