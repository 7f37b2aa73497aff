#include "app/text_line.hpp"

#include <algorithm>
#include <string>

#include "app/imfont_metrics.hpp"
#include "core/text.hpp"

namespace spanmark::app {
namespace {

// Draws the laid-out lines from `at`, a right-to-left one aligned to the right of `width`
// (cut at its left when it is wider); returns the height used.
float drawLines(const Text& text, const TextLayout& layout, const FontMetrics& metrics, GlyphCache* glyphs, ImVec2 at,
                float width, std::size_t lines) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImFont* font = ImGui::GetFont();
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
    GlyphCounts counts;
    for (std::size_t i = 0; i < std::min(lines, layout.lineCount()); ++i) {
        const float top = at.y + layout.line(i).y;
        if (!layout.reordered(i) && !layout.hasUnits(i)) {
            const std::string_view bytes = text.slice(layout.line(i).begin, layout.line(i).end);
            draw->AddText(font, font->FontSize, ImVec2(at.x, top), ink, bytes.data(), bytes.data() + bytes.size());
        } else {
            const float shift = layout.line(i).rightToLeft ? width - layout.options().width : 0;
            drawLineGlyphs(draw, font, glyphs, layout, text, metrics, i, at.x + shift, top, ink, counts);
        }
    }
    return layout.lineHeight() * static_cast<float>(std::min(lines, layout.lineCount()));
}

}  // namespace

bool selectableText(const char* id, std::string_view utf8, bool selected, GlyphCache* glyphs) {
    auto text = Text::fromUtf8(std::string(utf8));
    if (!text) return ImGui::Selectable(id, selected);
    const ImFontMetrics metrics(ImGui::GetFont(), glyphs, ImGui::GetTextLineHeight());
    TextLayout layout;
    LayoutOptions options;
    options.width = 1e6f;  // one line: the row's clip rectangle cuts it
    layout.build(*text, metrics, options);
    // As wide as its text, as a Selectable with a label is, so what follows on the row comes after it.
    const float width = std::min(layout.lineCount() ? layout.lineWidth(*text, metrics, 0) : 0.0f,
                                 ImGui::GetContentRegionAvail().x);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::Selectable(id, selected, 0, ImVec2(std::max(1.0f, width), ImGui::GetTextLineHeight()));
    if (!ImGui::IsItemVisible()) return clicked;
    ImGui::PushClipRect(at, ImVec2(at.x + width, at.y + ImGui::GetTextLineHeight()), true);
    drawLines(*text, layout, metrics, glyphs, at, width, 1);
    ImGui::PopClipRect();
    return clicked;
}

void wrappedText(std::string_view utf8, GlyphCache* glyphs) {
    auto text = Text::fromUtf8(std::string(utf8));
    if (!text) return;
    const ImFontMetrics metrics(ImGui::GetFont(), glyphs, ImGui::GetTextLineHeight());
    TextLayout layout;
    LayoutOptions options;
    options.width = std::max(1.0f, ImGui::GetContentRegionAvail().x);
    layout.build(*text, metrics, options);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float height = drawLines(*text, layout, metrics, glyphs, at, options.width, layout.lineCount());
    ImGui::Dummy(ImVec2(options.width, std::max(height, ImGui::GetTextLineHeight())));
}

}  // namespace spanmark::app
