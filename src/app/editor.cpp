#include "app/editor.hpp"

#include <imgui.h>

#include "app/embedded_assets.hpp"
#include "app/theme.hpp"
#include "formats/document_json.hpp"

namespace spanmark::app {

Editor::Editor(Host& host) : host_(host) {
    auto sample = formats::readPlainText(assets::sampleArticle(), "sample-article");
    if (sample) doc_ = std::move(sample.value());
}

std::string Editor::load(std::string_view contents, std::string_view name) {
    auto loaded = formats::readAny(contents, name);
    if (!loaded) {
        std::string message = std::string(name) + ": " + loaded.error().describe();
        showError(message);
        return message;
    }
    doc_ = std::move(loaded.value());
    error_.clear();
    textView_.reset();
    host_.requestFrame();
    return {};
}

std::string Editor::save() const { return formats::writeSpanmarkJson(doc_); }

void Editor::showError(std::string message) {
    error_ = std::move(message);
    host_.requestFrame();
}

bool Editor::setDisplayScale(float scale) {
    if (scale == scale_) return false;
    scale_ = scale;
    fonts_ = buildFonts(scale, textSize_);
    applyTheme(scale);
    textView_.reset();
    return true;
}

void Editor::drawFrame() {
    ++frames_;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::PushFont(fonts_.ui);
    ImGui::Begin("spanmark", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    drawTopBar();
    drawErrorBanner();
    const float statusHeight = ImGui::GetFrameHeightWithSpacing();
    ImGui::BeginChild("main", ImVec2(0, -statusHeight), ImGuiChildFlags_None, ImGuiWindowFlags_NoScrollbar);
    textView_.draw(doc_, fonts_.text);
    ImGui::EndChild();
    drawStatusBar();
    ImGui::End();
    ImGui::PopFont();
}

void Editor::drawTopBar() {
    ImGui::TextUnformatted("spanmark");
    ImGui::SameLine();
    ImGui::TextDisabled("·");
    ImGui::SameLine();
    ImGui::TextUnformatted(doc_.id.c_str());
}

void Editor::drawErrorBanner() {
    if (error_.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme().error);
    ImGui::PushStyleColor(ImGuiCol_Text, theme().errorInk);
    const float height = ImGui::GetTextLineHeight() * 2 + ImGui::GetStyle().WindowPadding.y * 2;
    ImGui::BeginChild("error", ImVec2(0, height), ImGuiChildFlags_AlwaysUseWindowPadding);
    ImGui::TextWrapped("Could not open: %s", error_.c_str());
    ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize("Dismiss").x - 12);
    if (ImGui::SmallButton("Dismiss")) error_.clear();
    ImGui::EndChild();
    ImGui::PopStyleColor(2);
}

void Editor::drawStatusBar() {
    ImGui::Separator();
    ImGui::TextDisabled("%zu characters · %zu lines · %zu spans · %zu relations", doc_.text.size(),
                        doc_.text.lineCount(), doc_.annotations.spanCount(),
                        doc_.annotations.relationCount());
}

std::vector<Rect> Editor::textRects(std::size_t begin, std::size_t end) const {
    return textView_.rects(doc_, begin, end);
}

bool Editor::scrollIntoView(std::size_t begin, std::size_t end) {
    return textView_.scrollIntoView(doc_, begin, end);
}

}  // namespace spanmark::app
