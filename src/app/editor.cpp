#include "app/editor.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "app/agreement_panel.hpp"
#include "app/embedded_assets.hpp"
#include "app/help_overlay.hpp"
#include "app/suggestion_panel.hpp"
#include "app/tagger_panel.hpp"
#include "app/theme.hpp"

namespace spanmark::app {
namespace {

// The tagger learns in what a frame leaves: drawing takes 2 to 5 ms, and the
// frame's work stays under 8 ms (30 articles take about 60 ms of learning: 40 frames).
constexpr double kLearningMsPerFrame = 1.5;
// A frame whose own work has reached this much gives the learning nothing (rendering
// follows), unless the learning has waited this many frames already.
constexpr double kLearningAfterMs = 4.5;
constexpr int kLearningWaitsAtMost = 3;

}  // namespace

Editor::Editor(Host& host, workspace::DraftStore& drafts) : host_(host), workspace_(host, drafts) {
    workspace_.open(assets::sampleArticle(), "sample-article.txt");
}

std::string Editor::open(std::string_view contents, std::string_view name) {
    const workspace::Outcome o = workspace_.open(contents, name);
    return o.done ? std::string() : o.message;
}

bool Editor::prepareFonts(float displayScale) {
    const bool atlas = displayScale != scale_ || textSize_ != builtTextSize_;
    if (!atlas && dark_ == builtDark_) return false;
    scale_ = displayScale;
    builtTextSize_ = textSize_;
    builtDark_ = dark_;
    if (atlas) {
        fonts_ = buildFonts(displayScale, textSize_);
        glyphs_.reset(host_.systemFonts(), fonts_.text->FontSize);
        textView_.useGlyphs(&glyphs_);
        compare_.useGlyphs(&glyphs_);
        uiGlyphs_.reset(host_.systemFonts(), fonts_.ui->FontSize);
        sidePanel_.useGlyphs(&uiGlyphs_);
    }
    applyTheme(displayScale, dark_);
    return atlas;
}

void Editor::drawFrame() {
    const double frameStartMs = workspace::steadyNowMs();
    ++frames_;
    // A document opened or a draft restored since the last frame: the view starts afresh.
    const std::uint64_t loads = workspace_.session().loads();
    if (loads != viewedLoads_) {
        textView_.reset();
        viewedLoads_ = loads;
    }
    const Document& doc = workspace_.document();
    palette_.build(doc.labels, dark_);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::PushFont(fonts_.ui);
    ImGui::Begin("spanmark", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    // Tab belongs to the span commands, not to moving between fields.
    ImGui::PushTabStop(false);
    drawToolbar();
    drawLabelBar();
    drawCorpusBar();
    const SearchAction searchAction = search_.draw(workspace_.document(), loads, palette_);
    drawErrorBanner();
    drawNotices();

    const float statusHeight = ImGui::GetFrameHeightWithSpacing();
    const float sideWidth = std::round(std::min(ImGui::GetContentRegionAvail().x * 0.32f, ImGui::GetFontSize() * 24));
    ImGui::BeginChild("main", ImVec2(ImGui::GetContentRegionAvail().x - sideWidth, -statusHeight), ImGuiChildFlags_None,
                      ImGuiWindowFlags_NoScrollbar);
    workspace::Selection& selection = workspace_.selection();
    if (selection.reveal) {
        textView_.scrollIntoView(selection.reveal->begin, selection.reveal->end);
        selection.reveal.reset();
    }
    const bool suggestionsShown = workspace_.suggestionsShown() && !workspace_.suggestionsPending();
    if (compare_.isOpen() && !workspace_.layers()) compare_.setOpen(false);
    std::optional<TextClick> click;
    if (compare_.isOpen())
        compare_.draw(workspace_, fonts_.text, fonts_.ui, palette_, host_);
    else
        click = textView_.draw(workspace_.document(), workspace_.session().revision(), fonts_.text, fonts_.ui, palette_,
                               selection, search_.highlights(), suggestionsShown ? &workspace_.review() : nullptr);
    workspace_.selectionChangedByView();
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("side", ImVec2(0, -statusHeight));
    drawCorpusPanel();
    const SuggestionPanelAction suggestionAction = drawSuggestionPanel(
        workspace_.review(), palette_, workspace_.suggestionsShown(), workspace_.suggestionsPending());
    const TaggerPanelAction taggerAction = drawTaggerPanel(workspace_);
    drawAgreementPanel(workspace_);
    PanelAction panelAction = sidePanel_.draw(workspace_.document(), workspace_.session().revision(), workspace_.session().lastChange(), palette_, selection);
    ImGui::EndChild();
    drawStatusBar();
    drawRelationChoice();
    if (help_) help_ = drawHelpOverlay();
    const LabelEditorAction labelAction = labelEditor_.draw(workspace_.document());
    ImGui::PopTabStop();
    ImGui::End();
    ImGui::PopFont();

    if (click) workspace_.clickText(click->position, click->spans, click->relation);
    if (searchAction.show) {
        selection.select(*searchAction.show);
        textView_.scrollIntoView(searchAction.show->begin, searchAction.show->end);
    }
    if (searchAction.labelAll) workspace_.labelAll(search_.matches(), *searchAction.labelAll);
    if (panelAction.jumpToSpan) workspace_.selectSpan(*panelAction.jumpToSpan, true);
    if (panelAction.edit) workspace_.apply(std::move(*panelAction.edit));
    if (labelAction.apply && workspace_.apply(std::move(*labelAction.apply)).done) workspace_.setStatus("Labels changed");
    if (labelAction.exportFile) workspace_.exportLabels();
    if (suggestionAction.toggleShown) workspace_.toggleSuggestionsShown();
    if (suggestionAction.review) workspace_.stepSuggestion(1);
    if (suggestionAction.acceptAll) workspace_.acceptAllSuggestions(*suggestionAction.acceptAll);
    if (taggerAction.threshold) workspace_.setTaggerThreshold(*taggerAction.threshold);
    taggerSlider_ = taggerAction.slider;
    handleKeys();
    workspace_.stepSuggestions();
    const double spentMs = workspace::steadyNowMs() - frameStartMs;
    // The open document's own suggestions come first: the rules' steps fill their frames.
    const bool busy = spentMs >= kLearningAfterMs && learningWaited_ < kLearningWaitsAtMost;
    const bool wait = workspace_.learning() && (workspace_.suggestionsPending() || busy);
    learningWaited_ = wait && busy ? learningWaited_ + 1 : 0;
    const double learningStartMs = workspace::steadyNowMs();
    workspace_.stepLearning(wait ? 0.0 : std::clamp(kLearningAfterMs - spentMs, 0.25, kLearningMsPerFrame));
    lastLearningMs_ = workspace::steadyNowMs() - learningStartMs;
    workspace_.tick(workspace::steadyNowMs());
}

std::vector<Rect> Editor::textRects(std::size_t begin, std::size_t end) const {
    return textView_.rects(workspace_.document(), begin, end);
}

}  // namespace spanmark::app
