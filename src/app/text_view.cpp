#include "app/text_view.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

#include "app/theme.hpp"
#include "core/utf8.hpp"

namespace spanmark::app {

class TextView::Metrics final : public FontMetrics {
public:
    explicit Metrics(ImFont* font) : font_(font) {}
    float advance(char32_t cp) const override { return font_->GetCharAdvance(static_cast<ImWchar>(cp)); }
    float lineHeight() const override { return std::round(font_->FontSize * 1.55f); }

private:
    ImFont* font_;
};

namespace {

// A comfortable reading column: long lines tire the eye.
constexpr float kMaxColumnEms = 42.0f;

}  // namespace

void TextView::draw(const Document& doc, ImFont* font) {
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float pad = std::round(font->FontSize * 1.5f);
    pad_ = pad;
    const float column = std::min(avail.x - 2 * pad - ImGui::GetStyle().ScrollbarSize, font->FontSize * kMaxColumnEms);
    const float width = std::max(column, font->FontSize * 4);
    const Metrics metrics(font);

    if (width != layoutWidth_ || font != font_ || font->FontSize != fontSize_) {
        // Keep the reading position across a re-wrap: the first visible character stays on top.
        std::optional<std::size_t> anchor;
        float anchorOffset = 0;
        if (layoutWidth_ > 0 && layout_.lineCount() > 0 && scrollY_ > 0) {
            const VisualLine& top = layout_.line(layout_.lineAtY(std::max(0.0f, scrollY_ - pad)));
            anchor = top.begin;
            anchorOffset = scrollY_ - pad - top.y;
        }
        LayoutOptions options;
        options.width = width;
        options.paragraphSpacing = std::round(font->FontSize * 0.25f);
        layout_.build(doc.text, metrics, options);
        layoutWidth_ = width;
        font_ = font;
        fontSize_ = font->FontSize;
        if (anchor && !scrollTo_) scrollTo_ = layout_.line(layout_.lineOf(*anchor)).y + pad + anchorOffset;
    }

    if (scrollTo_) ImGui::SetNextWindowScroll(ImVec2(-1.0f, *scrollTo_));
    scrollTo_.reset();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme().paper);
    ImGui::BeginChild("text", ImVec2(0, avail.y), ImGuiChildFlags_None, ImGuiWindowFlags_NoMove);
    const float left = std::round(ImGui::GetWindowPos().x + std::max(pad, (ImGui::GetWindowWidth() - width) / 2));
    scrollY_ = ImGui::GetScrollY();
    viewHeight_ = ImGui::GetWindowHeight();
    viewWidth_ = ImGui::GetWindowWidth();
    origin_ = {left, ImGui::GetWindowPos().y + pad};

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float lineHeight = layout_.lineHeight();
    const float textOffset = std::round((lineHeight - font->FontSize) / 2);
    const std::string_view bytes = doc.text.bytes();
    const ImU32 ink = ImGui::GetColorU32(theme().ink);
    linesDrawn_ = 0;
    if (layout_.lineCount() > 0) {
        const std::size_t first = layout_.lineAtY(std::max(0.0f, scrollY_ - pad));
        for (std::size_t i = first; i < layout_.lineCount(); ++i) {
            const VisualLine& line = layout_.line(i);
            const float y = origin_.y + line.y - scrollY_;
            if (y > origin_.y - pad + viewHeight_) break;
            // Tabs jump to stops the font knows nothing of, so each run between
            // them is drawn at the x the layout gives it.
            std::size_t runBegin = line.begin;
            std::size_t byte = doc.text.byteOf(line.begin);
            std::size_t runByte = byte;
            for (std::size_t cp = line.begin; cp <= line.end; ++cp) {
                const bool atEnd = cp == line.end;
                if (atEnd || bytes[byte] == '\t') {
                    if (byte > runByte) {
                        const float x = layout_.xOf(doc.text, metrics, i, runBegin);
                        draw->AddText(font, font->FontSize, ImVec2(left + x, y + textOffset), ink,
                                      bytes.data() + runByte, bytes.data() + byte);
                    }
                    if (atEnd) break;
                    runBegin = cp + 1;
                    runByte = byte + 1;
                }
                byte += utf8::sequenceLength(static_cast<unsigned char>(bytes[byte]));
            }
            ++linesDrawn_;
        }
    }
    ImGui::SetCursorPos(ImVec2(0, 0));
    ImGui::Dummy(ImVec2(1, layout_.height() + 2 * pad));
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

bool TextView::scrollIntoView(const Document& doc, std::size_t begin, std::size_t end) {
    if (layout_.lineCount() == 0 || begin > doc.text.size()) return false;
    const float top = layout_.line(layout_.lineOf(begin)).y;
    const float bottom = layout_.line(layout_.lineOf(end > begin ? end - 1 : begin)).y + layout_.lineHeight();
    const float visibleTop = scrollY_ - pad_;
    const float visibleBottom = visibleTop + viewHeight_;
    if (top >= visibleTop && bottom <= visibleBottom) return false;
    scrollTo_ = std::max(0.0f, top + pad_ - viewHeight_ / 3);
    return true;
}

std::vector<Rect> TextView::rects(const Document& doc, std::size_t begin, std::size_t end) const {
    std::vector<Rect> out;
    if (!font_ || layout_.lineCount() == 0 || end <= begin) return out;
    const Metrics metrics(font_);
    const std::size_t firstLine = layout_.lineOf(begin);
    const std::size_t lastLine = layout_.lineOf(end - 1);
    for (std::size_t i = firstLine; i <= lastLine; ++i) {
        const VisualLine& line = layout_.line(i);
        const std::size_t a = std::max(begin, line.begin);
        const std::size_t b = std::min(end, line.end);
        if (b <= a && !(a == line.end && a < end)) continue;
        const float x0 = layout_.xOf(doc.text, metrics, i, a);
        const float x1 = layout_.xOf(doc.text, metrics, i, b);
        out.push_back({origin_.x + x0, origin_.y + line.y - scrollY_, x1 - x0, layout_.lineHeight()});
    }
    return out;
}

ViewMetrics TextView::metrics() const {
    ViewMetrics m;
    m.scrollTop = scrollY_;
    m.scrollHeight = layout_.height() + 2 * pad_;
    m.clientHeight = viewHeight_;
    m.pointOverText = {origin_.x + std::min(layoutWidth_, viewWidth_) / 2, origin_.y - pad_ + viewHeight_ / 2};
    m.linesDrawn = linesDrawn_;
    return m;
}

}  // namespace spanmark::app
