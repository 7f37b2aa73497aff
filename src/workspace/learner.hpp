#pragma once
// The learned tagger (suggest/tagger.hpp) of what a person works on: it
// learns from the documents of the corpus marked done, in slices of idle
// time between frames, and starts again as more are marked done. The model
// it makes (or one opened from a file) is kept with the drafts, so the next
// visit, or the next document, starts with it. No ImGui, no timers of its
// own: the workspace gives it a budget each frame.
#include <cstdint>
#include <optional>
#include <string>
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

private:
    std::vector<std::string> lines_;
    std::size_t read_ = 0;  // lines_ read into training_
    std::optional<Document> reading_;  // lines_[read_], read and not yet learnt
    std::size_t unreadable_ = 0;
    std::optional<suggest::Training> training_;
    std::optional<suggest::Tagger> model_;
    std::uint64_t version_ = 0;
    double workMs_ = 0, startedMs_ = -1;  // of the learning under way
    double learntInMs_ = 0, learntOverMs_ = 0, longestSliceMs_ = 0;
};

}  // namespace spanmark::workspace
