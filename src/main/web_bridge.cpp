// The exports behind window.spanmark (docs/hook.md): open, save, textRects,
// view, agreement, and team mode's curation of layers. Strings cross as (pointer, length) bytes both ways: a NUL inside a
// text or a name stays in it, and hook.js decodes them with TextDecoder.
#include "main/web_bridge.hpp"

#include <emscripten.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>

#include "app/editor.hpp"
#include "formats/agreement_json.hpp"
#include "formats/document_json.hpp"
#include "formats/json_text.hpp"
#include "platform/platform.hpp"
#include "platform/render_frame.hpp"
#include "workspace/layer_curation.hpp"

namespace spanmark {
namespace {

app::Editor* g_editor = nullptr;
platform::Platform* g_platform = nullptr;
std::string g_reply;  // the last answer, alive until JS has read it

const char* reply(std::string text) {
    g_reply = std::move(text);
    return g_reply.c_str();
}

}  // namespace

void connectBridge(app::Editor& editor, platform::Platform& platform) {
    g_editor = &editor;
    g_platform = &platform;
}

}  // namespace spanmark

using spanmark::g_editor;
using spanmark::g_platform;
using spanmark::g_reply;
using spanmark::reply;

extern "C" {

// The learning worker's answers (web/learner.js) for the learning `ticket`: how far it is,
// the model it made (and the work it took, ms), or why it failed.
EMSCRIPTEN_KEEPALIVE void spanmark_learning_progress(double ticket, double progress) {
    g_editor->workspace().learningAsideProgress(static_cast<std::uint64_t>(ticket), progress);
}
EMSCRIPTEN_KEEPALIVE void spanmark_learnt(double ticket, const char* data, int length, double workMs) {
    g_editor->workspace().learningAsideDone(static_cast<std::uint64_t>(ticket),
                                            std::string(data, static_cast<std::size_t>(length)), workMs);
}
EMSCRIPTEN_KEEPALIVE void spanmark_learning_failed(double ticket, const char* why, int length) {
    g_editor->workspace().learningAsideFailed(static_cast<std::uint64_t>(ticket), std::string(why, static_cast<std::size_t>(length)));
}

// Where the last frame's work went (bench/frame-timer.mjs): the app's UI, the
// learning within it, and the draw, in milliseconds.
EMSCRIPTEN_KEEPALIVE const double* spanmark_frame_parts() {
    static double parts[3];
    const spanmark::platform::FrameParts& p = spanmark::platform::lastFrameParts();
    parts[0] = p.appMs;
    parts[1] = g_editor->lastLearningMs();
    parts[2] = p.renderMs;
    return parts;
}

// The length of the last answer, in bytes.
EMSCRIPTEN_KEEPALIVE int spanmark_reply_length() { return static_cast<int>(g_reply.size()); }

EMSCRIPTEN_KEEPALIVE const char* spanmark_load(const char* data, int length, const char* name, int nameLength) {
    const std::string error = g_editor->open(std::string_view(data, static_cast<std::size_t>(length)),
                                             std::string_view(name, static_cast<std::size_t>(nameLength)));
    return error.empty() ? nullptr : reply(error);
}

// Team mode's curation (web/team.js): the annotators' layers of one document
// (and the gold begun so far), one spanmark file a line, merged and opened
// for review (workspace/layer_curation.hpp).
EMSCRIPTEN_KEEPALIVE const char* spanmark_curate_layers(const char* data, int length, const char* name, int nameLength) {
    auto curation = spanmark::curationOfLayers(std::string_view(data, static_cast<std::size_t>(length)));
    if (!curation) return reply("the layers could not be merged: " + curation.error().describe());
    const std::string error = g_editor->open(spanmark::formats::writeSpanmarkJson(*curation, spanmark::formats::Layout::Line),
                                             std::string_view(name, static_cast<std::size_t>(nameLength)));
    return error.empty() ? nullptr : reply(error);
}

// The variants a curator rejected, ["start:end:LABEL", …]: kept in the open
// document's meta (each rejection one undo step), sent with the gold so that
// a reopened curation leaves them out.
EMSCRIPTEN_KEEPALIVE const char* spanmark_rejected() {
    std::string out = "[";
    for (const std::string& key : spanmark::formats::metaList(g_editor->workspace().document().metaJson, "rejected")) {
        if (out.size() > 1) out += ",";
        spanmark::formats::appendJsonString(out, key);
    }
    return reply(out + "]");
}

// Team mode's accepted layers (web/team.js), one spanmark file a line: the tagger learns from them.
EMSCRIPTEN_KEEPALIVE void spanmark_learn_from(const char* data, int length) {
    g_editor->workspace().learnFromAccepted(std::string_view(data, static_cast<std::size_t>(length)));
}

// The open span suggestions, in place order: [{"start", "end", "label", "rule"}, …].
EMSCRIPTEN_KEEPALIVE const char* spanmark_open_suggestions() {
    std::string out = "[";
    char bounds[64];
    g_editor->workspace().review().forEachOpen(0, SIZE_MAX, [&](const spanmark::suggest::SpanSuggestion& s, bool) {
        std::snprintf(bounds, sizeof bounds, "%s{\"start\":%zu,\"end\":%zu,\"label\":", out.size() > 1 ? "," : "", s.range.begin, s.range.end);
        out += bounds;
        spanmark::formats::appendJsonString(out, s.label);
        out += ",\"rule\":";
        spanmark::formats::appendJsonString(out, s.rule);
        out += "}";
    });
    return reply(out + "]");
}

EMSCRIPTEN_KEEPALIVE void spanmark_show_error(const char* message, int length) {
    g_editor->workspace().showError(std::string(message, static_cast<std::size_t>(length)));
}

EMSCRIPTEN_KEEPALIVE void spanmark_reopen_last() { g_editor->workspace().reopenLast(); }

EMSCRIPTEN_KEEPALIVE int spanmark_unsaved() { return g_editor->workspace().hasUnsavedChanges() ? 1 : 0; }

// Team mode opens a layer as the server and its outbox have it (web/team.js):
// a draft restored over it is dropped, since every change in it was sent or queued.
EMSCRIPTEN_KEEPALIVE int spanmark_drop_restored_draft() {
    auto& ws = g_editor->workspace();
    if (ws.draftNotice().empty()) return 0;
    ws.discardDraft();
    ws.setStatus("Opened as the team server has it: this device's draft was already in it");
    return 1;
}

EMSCRIPTEN_KEEPALIVE const char* spanmark_save() { return reply(g_editor->workspace().session().save()); }

EMSCRIPTEN_KEEPALIVE const char* spanmark_text_rects(double begin, double end) {
    const auto b = static_cast<std::size_t>(std::max(0.0, begin));
    const auto e = static_cast<std::size_t>(std::max(0.0, end));
    // The answer must hold for the screen the caller sees next, so scroll and
    // draw now rather than on the next animation frame.
    for (int i = 0; i < 2 && g_editor->scrollIntoView(b, e); ++i) g_platform->drawNow();
    const float s = g_platform->displayScale();
    std::string out = "[";
    char buffer[160];
    for (const auto& r : g_editor->textRects(b, e)) {
        std::snprintf(buffer, sizeof buffer, "%s{\"x\":%.2f,\"y\":%.2f,\"width\":%.2f,\"height\":%.2f}",
                      out.size() > 1 ? "," : "", r.x / s, r.y / s, r.width / s, r.height / s);
        out += buffer;
    }
    out += "]";
    return reply(std::move(out));
}

EMSCRIPTEN_KEEPALIVE const char* spanmark_view() {
    const auto m = g_editor->viewMetrics();
    const auto& ws = g_editor->workspace();
    const float s = g_platform->displayScale();
    char buffer[768];
    std::snprintf(buffer, sizeof buffer,
                  "{\"scrollTop\":%.2f,\"scrollHeight\":%.2f,\"clientHeight\":%.2f,\"x\":%.2f,\"y\":%.2f,"
                  "\"frames\":%zu,\"spansDrawn\":%zu,\"linesDrawn\":%zu,\"fallbacksDrawn\":%zu,\"unitsDrawn\":%zu,\"autosaveMs\":%.3f,\"suggestions\":%zu,"
                  "\"stored\":%s,\"storageFailed\":%s,\"readOnly\":%s,\"draftBytes\":%zu,\"unsaved\":%s,\"offered\":%zu}",
                  m.scrollTop / s, m.scrollHeight / s, m.clientHeight / s, m.pointOverText.x / s, m.pointOverText.y / s,
                  g_editor->framesDrawn(), m.spansDrawn, m.linesDrawn, m.fallbacksDrawn, m.unitsDrawn, ws.autosave().lastWriteMs(), ws.openSuggestions(),
                  ws.autosave().durable() ? "true" : "false", ws.autosave().error().empty() ? "false" : "true",
                  ws.readOnly() ? "true" : "false", ws.draftBytes(), ws.hasUnsavedChanges() ? "true" : "false",
                  ws.offeredDrafts().size());
    // The status bar's line: what a person reads there (a merge's variants and who made them, among others).
    std::string out(buffer);
    out.pop_back();
    out += ",\"status\":";
    spanmark::formats::appendJsonString(out, ws.status());
    // The learned tagger: whether it is learning, how far, and what its last learning took.
    {
        const auto& learner = ws.learner();
        char tagger[384];
        std::snprintf(tagger, sizeof tagger,
                      ",\"tagger\":{\"learning\":%s,\"progress\":%.3f,\"documents\":%zu,\"version\":%llu,\"learntInMs\":%.1f,"
                      "\"learntOverMs\":%.1f,\"longestSliceMs\":%.2f,\"learntIn\":\"%s\",\"suggestions\":%zu,\"threshold\":%.3f}",
                      ws.learning() ? "true" : "false", learner.progress(), learner.model() ? learner.model()->trainedOn() : 0,
                      static_cast<unsigned long long>(learner.version()), learner.learntInMs(), learner.learntOverMs(),
                      learner.longestSliceMs(), learner.learntAside() ? "worker" : "frames", ws.review().taggedCount(),
                      ws.taggerThreshold());
        out += tagger;
    }
    // The Tagger section's threshold slider, for a test's clicks (CSS pixels).
    if (const auto& slider = g_editor->taggerSlider()) {
        char at[160];
        std::snprintf(at, sizeof at, ",\"taggerSlider\":{\"x\":%.2f,\"y\":%.2f,\"width\":%.2f,\"height\":%.2f}", slider->x / s,
                      slider->y / s, slider->width / s, slider->height / s);
        out += at;
    }
    // The suggestion under review, for a test to decide on it as a person would.
    if (ws.onSuggestion()) {
        char current[256];
        if (const auto* span = ws.review().currentSpan()) {
            std::snprintf(current, sizeof current, ",\"current\":{\"start\":%zu,\"end\":%zu,\"rule\":", span->range.begin, span->range.end);
            out += current;
            spanmark::formats::appendJsonString(out, span->rule);
            out += ",\"label\":";
            spanmark::formats::appendJsonString(out, span->label);
            out += "}";
        } else if (const auto* relation = ws.review().currentRelation()) {
            std::snprintf(current, sizeof current, ",\"current\":{\"from\":[%zu,%zu],\"to\":[%zu,%zu],\"fromLabel\":", relation->from.begin,
                          relation->from.end, relation->to.begin, relation->to.end);
            out += current;
            spanmark::formats::appendJsonString(out, relation->fromLabel);
            out += ",\"toLabel\":";
            spanmark::formats::appendJsonString(out, relation->toLabel);
            out += ",\"label\":";
            spanmark::formats::appendJsonString(out, relation->label);
            out += "}";
        }
    }
    // The side-by-side view of two layers, when it is open.
    const auto& compare = g_editor->compare();
    if (compare.isOpen()) {
        out += ",\"compare\":{\"left\":";
        spanmark::formats::appendJsonString(out, compare.leftName());
        out += ",\"right\":";
        spanmark::formats::appendJsonString(out, compare.rightName());
        out += ",\"differences\":" + std::to_string(compare.differences()) + ",\"layers\":[";
        // Each layer's button in both columns, in CSS pixels, for a test's clicks.
        for (std::size_t k = 0; k < compare.layerNames().size(); ++k) {
            out += k ? ",{\"name\":" : "{\"name\":";
            spanmark::formats::appendJsonString(out, compare.layerNames()[k]);
            for (std::size_t side = 0; side < 2; ++side) {
                const auto& at = compare.pickers(side);
                if (k >= at.size()) continue;
                char point[96];
                std::snprintf(point, sizeof point, ",\"%s\":{\"x\":%.2f,\"y\":%.2f}", side ? "right" : "left", at[k].x / s, at[k].y / s);
                out += point;
            }
            out += "}";
        }
        out += "]}";
    }
    out += "}";
    return reply(std::move(out));
}

// The annotators' agreement over the open merge or corpus of merges, as `spanmark agree --format json`; "null" when none is open.
EMSCRIPTEN_KEEPALIVE const char* spanmark_agreement() {
    const spanmark::PanelAgreement* panel = g_editor->workspace().agreement();
    return reply(panel ? spanmark::formats::writeAgreementJson(*panel) : std::string("null"));
}

}  // extern "C"
