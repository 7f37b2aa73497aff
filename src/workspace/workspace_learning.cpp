// The learned tagger in the workspace: it learns from the corpus's documents
// marked done in slices of each frame, is kept with the drafts, and tags the
// open document in steps; its spans join the review beside the rules'.
#include <chrono>
#include <functional>

#include "formats/document_json.hpp"
#include "formats/lines.hpp"
#include "workspace/autosave.hpp"
#include "workspace/workspace.hpp"

namespace spanmark::workspace {
namespace {

constexpr const char* kModelKey = "spanmark-tagger:model";
// Words tagged between two looks at the clock: about 0.2 ms in the page (1 MB, some 170,000
// words, takes 350 ms in wasm), so the open document's tagging keeps to the frame's budget.
constexpr std::size_t kWordsTaggedPerLook = 1000;

// The labels the tagger learns: those of the open document that mark spans.
std::vector<std::string> spanLabelsOf(const Document& document) {
    std::vector<std::string> labels;
    for (const Label& l : document.labels)
        if (l.kind == LabelKind::Span) labels.push_back(l.name);
    return labels;
}

}  // namespace

void Workspace::stepLearning(double budgetMs) {
    if (!modelLookedFor_) {
        modelLookedFor_ = true;
        drafts_.findById(Learner::kDraftId);
    }
    if (budgetMs <= 0) {  // the frame is full: the learning waits for the next
        if (!learner_.waitingAside()) host_.requestFrame();
        return;
    }
    if (learningCheck_ && corpus_) {
        learningCheck_ = false;
        std::vector<std::string> lines;
        std::string done;
        for (std::size_t i = 0; i < corpus_->size(); ++i) {
            const bool current = i == corpus_->current();
            const bool isDone = current ? formats::metaValue(session_.document().metaJson, "status") == "done"
                                        : corpus_->entry(i).summary.done;
            if (!isDone) continue;
            done += corpus_->entry(i).id + "\n";
            lines.push_back(current ? formats::writeSpanmarkJson(session_.document(), formats::Layout::Line)
                                    : corpus_->entry(i).line);
        }
        if (!lines.empty() && done != learntFrom_) {
            learntFrom_ = done;
            learner_.learnFrom(std::move(lines), spanLabelsOf(session_.document()));
            handLearningAside();
        }
    }
    if (modelToStore_) {  // a frame after the model was made: each costs a few milliseconds in the page
        modelToStore_ = false;
        storeModel();
        return;
    }
    if (learner_.learning()) {
        if (learner_.step(budgetMs)) {
            modelToStore_ = true;
            status_ = learner_.describe() + ": its suggestions join the review (Tab)";
        }
        if (!learner_.waitingAside()) host_.requestFrame();  // aside, its answers ask for frames
        return;
    }
    stepTagging(budgetMs);
}

void Workspace::learnFromAccepted(std::string_view jsonl) {
    const std::string key = "accepted:" + std::to_string(std::hash<std::string_view>{}(jsonl));
    if (key == learntFrom_) return;
    std::vector<std::string> lines = formats::filledLines(jsonl);
    if (lines.empty()) return;
    learntFrom_ = key;
    learner_.learnFrom(std::move(lines), spanLabelsOf(session_.document()));
    handLearningAside();
    host_.requestFrame();
}

void Workspace::handLearningAside() {
    if (host_.learnAside(learner_.ticket(), learner_.lines(), learner_.labels())) learner_.handAside();
}

void Workspace::learningAsideProgress(std::uint64_t ticket, double progress) {
    learner_.progressAside(ticket, progress);
    host_.requestFrame();
}

void Workspace::learningAsideDone(std::uint64_t ticket, std::string modelBytes, double workMs) {
    learner_.learntAside(ticket, std::move(modelBytes), workMs);
    host_.requestFrame();
}

void Workspace::learningAsideFailed(std::uint64_t ticket, std::string why) {
    learner_.failedAside(ticket, why);
    if (ticket == learner_.ticket()) status_ = "The tagger learns between frames: " + why;
    host_.requestFrame();
}

void Workspace::stepTagging(double budgetMs) {
    const suggest::Tagger* model = learner_.model();
    if (!model || suggestionsPending_ || review_.curating()) return;
    const std::uint64_t load = session_.loads();
    if (!tagging_ && (taggedVersion_ != learner_.version() || taggedLoad_ != load)) {
        taggedVersion_ = learner_.version();
        taggedLoad_ = load;
        if (auto why = model->refusalFor(session_.document())) {
            status_ = "The tagger suggests nothing here: " + *why;
            return;
        }
        tagging_.emplace(*model, session_.document());
    }
    if (!tagging_) return;
    const double start = steadyNowMs();
    bool done = false;
    do done = tagging_->step(session_.document(), kWordsTaggedPerLook);
    while (!done && steadyNowMs() - start < budgetMs);
    if (done) {
        std::vector<suggest::TaggedSpan> found = tagging_->take();
        tagging_.reset();
        std::vector<suggest::SpanSuggestion> spans;
        spans.reserve(found.size());
        for (suggest::TaggedSpan& t : found) {
            spans.push_back(std::move(t.span));
            spans.back().confidence = static_cast<float>(t.confidence);
        }
        review_.replaceTagged(std::move(spans), session_.document());
    }
    host_.requestFrame();
}

void Workspace::storeModel() {
    const suggest::Tagger* model = learner_.model();
    if (!model) return;
    std::string bytes = learner_.takeModelBytes();
    if (bytes.empty()) bytes = model->save();
    DraftInfo info;
    info.key = kModelKey;
    info.id = Learner::kDraftId;
    info.name = "tagger.model";
    info.savedAt = std::chrono::duration<double, std::milli>(std::chrono::system_clock::now().time_since_epoch()).count();
    info.bytes = bytes.size();
    drafts_.writeSnapshot(info, bytes);
}

Outcome Workspace::openModel(std::string_view contents, std::string_view name) {
    auto model = suggest::Tagger::load(contents);
    if (!model) {
        const std::string message = std::string(name) + ": " + model.error().describe();
        showError(message);
        return refused(message);
    }
    learner_.adopt(std::move(model.value()));
    storeModel();
    std::string outcome = learner_.describe() + " (" + std::string(name) + ")";
    if (auto why = learner_.model()->refusalFor(session_.document())) outcome += "; it suggests nothing in this document: " + *why;
    return done(outcome);
}

bool Workspace::modelDraftFound(const std::string& id, const std::vector<DraftInfo>& drafts) {
    if (id != Learner::kDraftId) return false;
    if (!drafts.empty() && !learner_.model()) drafts_.load(drafts.front().key);
    return true;
}

bool Workspace::modelDraftLoaded(const Draft& draft) {
    if (draft.info.id != Learner::kDraftId) return false;
    if (learner_.model()) return true;  // one learnt meanwhile is newer
    auto model = suggest::Tagger::load(draft.snapshot);
    if (!model) status_ = "The stored tagger could not be read (" + model.error().describe() + "); it learns again from documents marked done";
    else learner_.adopt(std::move(model.value()));
    host_.requestFrame();
    return true;
}

void Workspace::setTaggerThreshold(double threshold) {
    review_.setThreshold(threshold);
    if (reviewing_ && !review_.hasCurrent()) reviewing_ = false;
    host_.requestFrame();
}

std::string Workspace::learningStatus() const {
    std::string out = learner_.describe();
    if (tagging_) out += "; tagging this document";
    return out;
}

}  // namespace spanmark::workspace
