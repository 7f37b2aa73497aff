// The page's learning worker (web/learner-worker.js): the workspace's own
// Learner, run on the worker's thread in steps as long as the worker likes,
// so the model it makes is byte for byte the one the frames' slices make.
// The worker hands the documents in (one spanmark file a line) with the
// labels (one a line), steps until done, and posts the model's bytes back.
#include <emscripten.h>

#include <optional>
#include <string>
#include <string_view>

#include "formats/lines.hpp"
#include "workspace/learner.hpp"

namespace {

std::optional<spanmark::workspace::Learner> g_learner;
std::string g_model;

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void spanmark_learner_start(const char* lines, int linesLength, const char* labels, int labelsLength) {
    g_learner.emplace();
    g_model.clear();
    g_learner->learnFrom(spanmark::formats::filledLines(std::string_view(lines, static_cast<std::size_t>(linesLength))),
                         spanmark::formats::filledLines(std::string_view(labels, static_cast<std::size_t>(labelsLength))));
}

// Learns for about `milliseconds`; 1 when the model is made (spanmark_learner_model).
EMSCRIPTEN_KEEPALIVE int spanmark_learner_step(double milliseconds) {
    if (!g_learner || !g_learner->step(milliseconds)) return 0;
    g_model = g_learner->model()->save();
    return 1;
}

EMSCRIPTEN_KEEPALIVE double spanmark_learner_progress() { return g_learner ? g_learner->progress() : 0; }
EMSCRIPTEN_KEEPALIVE double spanmark_learner_work_ms() { return g_learner ? g_learner->learntInMs() : 0; }
EMSCRIPTEN_KEEPALIVE const char* spanmark_learner_model() { return g_model.data(); }
EMSCRIPTEN_KEEPALIVE int spanmark_learner_model_length() { return static_cast<int>(g_model.size()); }

}  // extern "C"
