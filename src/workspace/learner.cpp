#include "workspace/learner.hpp"

#include <algorithm>
#include <chrono>

#include "formats/document_json.hpp"

namespace spanmark::workspace {
namespace {

// Words learnt between two looks at the clock: a quarter to half a millisecond in the page
// (measured there: each of these steps, a document's reading and its learning take 0.3 to 1 ms,
// except where the machine takes the thread away, as it does from a frame with no learning).
constexpr std::size_t kWordsPerSlice = 128;
// Rows of weights averaged between two looks (a row is a weight per tag): about as long.
constexpr std::size_t kRowsAveragedPerSlice = 2048;
// Units of a model's loading between two looks (64 bytes of its checksum, or a row): about as long.
constexpr std::size_t kLoadUnitsPerSlice = 1024;

}  // namespace

void Learner::learnFrom(std::vector<std::string> lines, std::vector<std::string> labels) {
    lines_ = std::move(lines);
    labels_ = labels;
    read_ = 0;
    reading_.reset();
    unreadable_ = 0;
    training_.emplace(std::move(labels));
    ++ticket_;
    aside_ = false;
    asideModel_.reset();
    loading_.reset();
    asideProgress_ = 0;
    workMs_ = 0;
    startedMs_ = -1;
    longestSliceMs_ = 0;
}

bool Learner::step(double budgetMs) {
    if (!training_) return false;
    using Clock = std::chrono::steady_clock;
    const Clock::time_point start = Clock::now();
    auto spent = [&] { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); };
    const double startMs = std::chrono::duration<double, std::milli>(start.time_since_epoch()).count();
    if (startedMs_ < 0) startedMs_ = startMs;
    if (aside_) {
        if (!asideModel_) return false;
        if (!loading_) loading_.emplace(*asideModel_);
        bool loaded = false;
        do loaded = loading_->step(kLoadUnitsPerSlice);
        while (!loaded && spent() < budgetMs);
        longestSliceMs_ = std::max(longestSliceMs_, spent());  // the frames' only share of the learning
        workMs_ += spent();
        if (!loaded) return false;
        if (loadAside()) {
            learntInMs_ = asideWorkMs_ + workMs_;
            learntOverMs_ = startMs + spent() - startedMs_;
            return true;
        }
        // An unreadable model from aside: learnt again here, from the documents kept.
    }
    do {
        if (read_ < lines_.size()) {
            // A document is read in one look at the clock and learnt in the next: the first of
            // each costs the most (its code runs for the first time), so the two never share one.
            if (!reading_) {
                auto doc = formats::readSpanmarkJson(lines_[read_]);  // a corpus's lines were checked when it was opened
                std::string().swap(lines_[read_]);                    // the training keeps what it needs
                if (doc) {
                    reading_ = std::move(doc.value());
                } else {
                    ++unreadable_;
                    ++read_;
                }
                continue;
            }
            training_->add(*reading_);
            reading_.reset();
            ++read_;
            continue;
        }
        if (!training_->advance(kWordsPerSlice)) continue;
        if (!training_->average(kRowsAveragedPerSlice)) continue;
        model_ = training_->finish();
        modelBytes_.clear();
        learntAside_ = false;
        training_.reset();
        longestSliceMs_ = std::max(longestSliceMs_, spent());
        learntInMs_ = workMs_ + spent();
        learntOverMs_ = startMs + spent() - startedMs_;
        lines_.clear();
        ++version_;
        return true;
    } while (spent() < budgetMs);
    longestSliceMs_ = std::max(longestSliceMs_, spent());
    workMs_ += spent();
    return false;
}

void Learner::handAside() {
    if (!training_) return;
    aside_ = true;
    workMs_ = 0;
    startedMs_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void Learner::progressAside(std::uint64_t ticket, double progress) {
    if (ticket == ticket_ && aside_) asideProgress_ = std::clamp(progress, 0.0, 1.0);
}

void Learner::learntAside(std::uint64_t ticket, std::string modelBytes, double workMs) {
    if (ticket != ticket_ || !aside_) return;
    asideModel_ = std::move(modelBytes);
    asideWorkMs_ = workMs;
}

void Learner::failedAside(std::uint64_t ticket, std::string why) {
    if (ticket != ticket_ || !aside_) return;
    aside_ = false;
    asideModel_.reset();
    loading_.reset();
    asideFailure_ = std::move(why);
}

bool Learner::loadAside() {
    auto model = loading_->take();
    loading_.reset();
    aside_ = false;
    if (!model) {
        asideModel_.reset();
        asideFailure_ = "the model learnt aside could not be read (" + model.error().describe() + ")";
        return false;
    }
    modelBytes_ = std::move(*asideModel_);
    learntAside_ = true;
    asideModel_.reset();
    model_ = std::move(model.value());
    training_.reset();
    lines_.clear();
    ++version_;
    return true;
}

double Learner::progress() const {
    if (!training_) return model_ ? 1.0 : 0.0;
    if (aside_) return asideProgress_;
    if (lines_.empty()) return training_->progress();
    // Reading counts for a tenth: it is quick beside the passes.
    const double reading = static_cast<double>(read_) / static_cast<double>(lines_.size());
    return read_ < lines_.size() ? 0.1 * reading : 0.1 + 0.9 * training_->progress();
}

void Learner::adopt(suggest::Tagger model) {
    model_ = std::move(model);
    modelBytes_.clear();
    ++version_;
}

std::string Learner::describe() const {
    auto labels = [](const suggest::Tagger& m) {
        std::string out;
        for (const std::string& l : m.labels()) out += (out.empty() ? "" : ", ") + l;
        return out;
    };
    std::string out;
    if (model_)
        out = "Learnt " + labels(*model_) + " from " + std::to_string(model_->trainedOn()) + " document" +
              (model_->trainedOn() == 1 ? "" : "s");
    if (training_) {
        const int percent = static_cast<int>(progress() * 100);
        out += std::string(out.empty() ? "" : "; learning again") + (out.empty() ? "Learning" : "") + " from " +
               std::to_string(lines_.size()) + " document" + (lines_.size() == 1 ? "" : "s") + " marked done: " +
               std::to_string(percent) + "%" + (aside_ ? " in the background" : "");
    }
    if (unreadable_) out += " (" + std::to_string(unreadable_) + " could not be read)";
    if (out.empty()) out = "Nothing learnt yet: mark documents of a corpus done (Ctrl+Enter) and the tagger learns from them";
    return out;
}

}  // namespace spanmark::workspace
