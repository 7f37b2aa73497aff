#pragma once
// What a person works on: the open document and its history, the corpus
// it came from, the selection, the suggestions under review and the drafts
// that keep all of it safe. Every change to a document is a command here,
// so undo, redo and autosave come from one place; each command returns what
// happened, for the status bar. No ImGui: app/ draws this and turns keys
// into these calls; tests drive it directly.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "suggest/suggest.hpp"
#include "workspace/autosave.hpp"
#include "workspace/corpus.hpp"
#include "workspace/draft_store.hpp"
#include "workspace/host.hpp"
#include "workspace/learner.hpp"
#include "workspace/merge_layers.hpp"
#include "workspace/selection.hpp"
#include "workspace/session.hpp"
#include "workspace/suggestion_review.hpp"

namespace spanmark::workspace {

// When a draft was stored, as the person reads it: "14:05" today, "3 Mar 14:05" before.
std::string describeTime(double msSinceEpoch);

struct Outcome {
    bool done = false;
    std::string message;  // for the status bar; for a refusal, why
};

// Names joined for a sentence: "ACTOR or PLACE".
std::string joinedWithOr(const std::vector<std::string>& names);

class Workspace final : private DraftEvents {
public:
    Workspace(Host& host, DraftStore& drafts);
    ~Workspace() override;
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    // --- documents (workspace_files.cpp)
    // Any format spanmark reads, a JSONL corpus, or a labels file (applied to
    // the open document). On a refusal nothing the person had changes.
    Outcome open(std::string_view contents, std::string_view name);
    Outcome save();
    Outcome exportAs(const std::string& format);
    Outcome exportLabels();
    Outcome openEntry(std::size_t index);
    Outcome toggleDone();
    // The newest draft becomes the open document (the page's start with no ?doc=).
    void reopenLast();
    void listRecent() { drafts_.listRecent(10); }
    const std::vector<DraftInfo>& recent() const { return recent_; }
    Outcome openDraft(const std::string& key);
    Outcome discardDraft();  // drops the restored work and shows the file as opened
    void keepDraft() { draftNotice_.clear(); }
    Outcome dismissOffer(std::size_t index);
    // Another window has this document: take it over here (its stored work comes with it).
    void takeOver();

    // --- edits (workspace_commands.cpp)
    Outcome apply(Edit edit);
    Outcome applyLabel(const std::string& label);
    Outcome labelAll(const std::vector<Range>& ranges, const std::string& label);
    Outcome deleteSelected();
    Outcome startRelation();
    // A click on spans while linking: the innermost that a relation label accepts.
    Outcome finishRelation(const std::vector<std::string>& spansUnderPointer);
    Outcome chooseRelation(const std::string& label);  // when several labels fit
    const std::vector<std::string>& relationChoices() const { return relationChoices_; }
    void cancelRelationChoice() { relationChoices_.clear(); }
    Outcome undo();
    Outcome redo();
    Outcome resizeSelected(bool moveStart, int direction, bool byWord);
    void selectSpan(const std::string& id, bool reveal);
    void stepSpan(int direction);
    void moveCaret(std::size_t to, bool extend);
    Outcome clickText(std::size_t position, const std::vector<std::string>& spans, const std::string& relation);
    Outcome escape();
    // The view changed the selection (a drag, a double-click): the keyboard leaves the suggestions.
    void selectionChangedByView();

    // --- suggestions (workspace_suggestions.cpp)
    // A step of the rules on a newly opened document, once a frame.
    void stepSuggestions();
    Outcome stepSuggestion(int direction);
    Outcome acceptSuggestion();
    Outcome acceptAllSuggestions(const std::string& label);
    Outcome rejectSuggestion();
    // The k-th variant (from 0) of the current merge difference, accepted; the others settle with it.
    Outcome pickVariant(std::size_t k);
    void toggleSuggestionsShown();
    bool suggestionsShown() const { return showSuggestions_; }
    bool suggestionsPending() const { return suggestionsPending_; }
    bool reviewing() const { return reviewing_; }
    bool onSuggestion() const { return reviewing_ && showSuggestions_ && review_.hasCurrent(); }
    std::size_t openSuggestions() const { return suggestionsPending_ ? 0 : review_.openCount(); }
    const SuggestionReview& review() const { return review_; }

    // --- the learned tagger (workspace_learning.cpp)
    // A slice of learning (about `budgetMs`) and of tagging the open document, once a frame;
    // none, and another frame asked for, when the budget is 0.
    void stepLearning(double budgetMs);
    // Team mode's accepted layers (a curator's golds marked done, or an annotator's own
    // layers marked done): one spanmark file a line, learnt from as a corpus's documents
    // done are; the same lines again learn nothing new.
    void learnFromAccepted(std::string_view jsonl);
    // The host's answers for a learning it took aside (Host::learnAside).
    void learningAsideProgress(std::uint64_t ticket, double progress);
    void learningAsideDone(std::uint64_t ticket, std::string modelBytes, double workMs);
    void learningAsideFailed(std::uint64_t ticket, std::string why);
    // A model file (`spanmark train`'s): the tagger from now on, kept with the drafts.
    Outcome openModel(std::string_view contents, std::string_view name);
    void setTaggerThreshold(double threshold);
    double taggerThreshold() const { return review_.threshold(); }
    const Learner& learner() const { return learner_; }
    bool learning() const { return learner_.learning() || tagging_.has_value() || modelToStore_; }
    // What the tagger has learnt and is doing, for the side panel.
    std::string learningStatus() const;

    // --- a merge's annotators (workspace_agreement.cpp)
    // Each annotator's layer of the open merge, as the file had them before curation; null when it is no merge.
    // Rebuilt when first asked for (Ctrl+D, the agreement), not at the opening.
    const MergeLayers* layers() const;
    // Whether the open document may be a merge with layers, without rebuilding them.
    bool hasLayers() const { return layers_ || layersSource_ != nullptr; }
    // The annotators' agreement over the open merge, or over every merge of
    // the open corpus (the figures `spanmark agree` gives for their files);
    // measured when first asked for. Null when nothing open is a merge.
    const PanelAgreement* agreement();
    bool hasAgreement() const { return hasLayers() || !mergeLines_.empty(); }
    // The open document with the differences still to settle put back as the
    // merge marks them: what a corpus of merges keeps for a document left
    // half curated, so that coming back to it (or the saved corpus) has them.
    Document withOpenDifferences() const;

    // Called once a frame: folds the journal when the person paused.
    void tick(double nowMs);

    // --- what the views draw
    const Document& document() const { return session_.document(); }
    const Session& session() const { return session_; }
    Selection& selection() { return selection_; }
    const Selection& selection() const { return selection_; }
    const Corpus* corpus() const { return corpus_ ? &*corpus_ : nullptr; }
    bool hasUnsavedChanges() const { return session_.dirty() || corpusDirty_; }
    bool readOnly() const { return readOnly_; }
    const std::string& status() const { return status_; }
    void setStatus(std::string message) { status_ = std::move(message); }
    const std::string& error() const { return error_; }
    void showError(std::string message);
    void dismissError() { error_.clear(); }
    const std::string& draftNotice() const { return draftNotice_; }
    // Drafts of the open document's id kept for another text: offered, never applied to this one.
    const std::vector<DraftInfo>& offeredDrafts() const { return offered_; }
    // Autosave's state, in words: empty while every change is stored.
    std::string storageWarning() const;
    const Autosave& autosave() const { return autosave_; }
    std::size_t draftBytes() const { return drafts_.bytesUsed(); }

private:
    // DraftEvents
    void draftStored(const std::string& key, std::uint64_t seq) override;
    void draftStoreFailed(const std::string& key, const std::string& message) override;
    void draftsFound(const std::string& id, std::vector<DraftInfo> drafts) override;
    void draftLoaded(Draft draft) override;
    void draftLoadFailed(const std::string& key, const std::string& message) override;
    void recentDrafts(std::vector<DraftInfo> drafts) override;
    void draftClaimed(const std::string& key, bool exclusive) override;

    Outcome done(std::string message);
    Outcome refused(std::string message);
    Outcome openDocument(Document doc, std::string_view name, std::string snapshot, std::string snapshotName);
    void opened(std::string snapshotName, std::shared_ptr<const std::string> snapshot, bool lookForDrafts = true);
    Outcome openCorpus(Corpus corpus, std::string message);
    void resetView();
    void recordChange(const Edit& applied);
    bool record(Edit edit);
    void followEdit(const Edit& edit, bool undone);
    Outcome showCurrentSuggestion(std::string prefix);
    Outcome moveOnFrom(const std::string& what);
    void restoreEntry(const Draft& draft);
    void stepTagging(double budgetMs);
    void handLearningAside();  // to the host, where it can learn on another thread
    void storeModel();
    // The tagger's own draft, found or loaded: true when it was that one.
    bool modelDraftFound(const std::string& id, const std::vector<DraftInfo>& drafts);
    bool modelDraftLoaded(const Draft& draft);
    void findLayers();

    Host& host_;
    DraftStore& drafts_;
    Session session_;
    Selection selection_;
    Autosave autosave_;
    std::string status_;
    std::string error_;
    std::vector<std::string> relationChoices_;
    std::string relationTarget_;

    // Drafts: what the open document was opened from (for Discard), what was restored, what is offered.
    std::string openedName_;
    std::shared_ptr<const std::string> openedSnapshot_;
    std::string draftNotice_;
    std::string restoreProblem_;
    std::vector<DraftInfo> offered_;
    std::vector<DraftInfo> recent_;
    std::string wantedDraft_;  // a draft asked for by key (reopen, recent, an offer)
    bool reopenLastPending_ = false;
    bool readOnly_ = false;
    bool takingOver_ = false;

    std::optional<Corpus> corpus_;
    bool corpusDirty_ = false;

    // A merge's layers; in a corpus of merges, each entry's line as the file had it.
    mutable std::optional<MergeLayers> layers_;
    // The merge's file as opened, until its layers are asked for: rebuilding
    // them costs as much as the opening itself, and most curations never ask.
    mutable std::shared_ptr<const std::string> layersSource_;
    std::vector<std::string> mergeLines_;
    std::optional<PanelAgreement> agreement_;

    SuggestionReview review_;
    std::optional<suggest::Run> suggestionRun_;
    suggest::Suggestions markedSuggestions_;
    std::uint64_t reviewedLoad_ = UINT64_MAX;
    bool suggestionsPending_ = false;
    bool showSuggestions_ = true;
    bool reviewing_ = false;

    Learner learner_;
    std::optional<suggest::Tagging> tagging_;
    std::uint64_t taggedVersion_ = 0;
    std::uint64_t taggedLoad_ = UINT64_MAX;
    std::string learntFrom_;  // the ids of the documents done when learning began (team mode: a hash of the layers)
    bool learningCheck_ = false;  // the documents done may have changed
    bool modelLookedFor_ = false;
    bool modelToStore_ = false;  // made in the last frame, stored in this one
};

}  // namespace spanmark::workspace
