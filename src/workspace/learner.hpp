#pragma once
// The learned tagger (suggest/tagger.hpp) of what a person works on: it
// learns from the documents of the corpus marked done, in slices of idle
// time between frames, and starts again as more are marked done. The model
// it makes (or one opened from a file) is kept with the drafts, so the next
// visit, or the next document, starts with it. No ImGui, no timers of its
// own: the workspace gives it a budget each frame. Or the learning is handed
// aside (the page's worker: the same code on another thread) and the model
// comes back as bytes, loaded at the next step; the documents are kept until
// then, so a worker that fails leaves the learning to the frames.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/document.hpp"
#include "suggest/tagger.hpp"

namespace spanmark::workspace {

class Learner {
public:
    // The draft the model is kept in, whatever the corpus: one model a browser profile.
    static constexpr const char* kDraftId = "spanmark-tagger";

    // Learns again from these documents (their JSONL lines, as a corpus keeps
    // them) for the span labels given; any learning under way is dropped.
    void learnFrom(std::vector<std::string> lines, std::vector<std::string> labels);
    // Learns for about `budgetMs` (at least one small slice); true when a new model became ready.
    bool step(double budgetMs);
    bool learning() const { return training_.has_value(); }
    double progress() const;  // 0..1, reading the documents included

    // The learning under way, to hand aside: its number (a newer one makes an older one's
    // answers stale), its documents and labels. handAside() leaves step() only to load the model.
    std::uint64_t ticket() const { return ticket_; }
    const std::vector<std::string>& lines() const { return lines_; }
    const std::vector<std::string>& labels() const { return labels_; }
    void handAside();
    bool aside() const { return aside_; }
    // Nothing to do in a frame: the learning is elsewhere and its model has not come back
    // (once it has, it is loaded in slices as the learning is).
    bool waitingAside() const { return aside_ && !asideModel_; }
    // Answers from aside, for the learning `ticket` (others are dropped): how far it is (0..1),
    // the model made and the work it took, or why it failed (the learning then goes on here).
    void progressAside(std::uint64_t ticket, double progress);
    void learntAside(std::uint64_t ticket, std::string modelBytes, double workMs);
    void failedAside(std::uint64_t ticket, std::string why);
    const std::string& asideFailure() const { return asideFailure_; }  // the last, empty if none
    // The last model's file, when it came from aside as one (stored as it is, not made again); else empty.
    std::string takeModelBytes() { return std::exchange(modelBytes_, {}); }

    // A model from storage or a file; learning under way goes on and replaces it when done.
    void adopt(suggest::Tagger model);
    const suggest::Tagger* model() const { return model_ ? &*model_ : nullptr; }
    std::uint64_t version() const { return version_; }  // grows with every model
    // "Learnt from 30 documents", "Learning from 12 documents: 40%", "Nothing learnt yet: …".
    std::string describe() const;
    // The last model's learning: the work it took (ms, summed over its slices), and from the
    // first slice to the last (ms, the frames between them included). 0 before the first.
    double learntInMs() const { return learntInMs_; }
    double learntOverMs() const { return learntOverMs_; }
    double longestSliceMs() const { return longestSliceMs_; }  // of the last learning, one step() at most
    bool learntAside() const { return learntAside_; }  // the last model came from aside (the worker)

private:
    bool loadAside();

    std::vector<std::string> lines_;
    std::vector<std::string> labels_;
    std::size_t read_ = 0;  // lines_ read into training_
    std::optional<Document> reading_;  // lines_[read_], read and not yet learnt
    std::size_t unreadable_ = 0;
    std::optional<suggest::Training> training_;
    std::optional<suggest::Tagger> model_;
    std::uint64_t version_ = 0;
    double workMs_ = 0, startedMs_ = -1;  // of the learning under way
    double learntInMs_ = 0, learntOverMs_ = 0, longestSliceMs_ = 0;
    std::uint64_t ticket_ = 0;
    bool aside_ = false;
    std::optional<std::string> asideModel_;
    std::optional<suggest::TaggerLoading> loading_;  // of asideModel_, in slices
    std::string modelBytes_;
    bool learntAside_ = false;
    double asideProgress_ = 0, asideWorkMs_ = 0;
    std::string asideFailure_;
};

}  // namespace spanmark::workspace
