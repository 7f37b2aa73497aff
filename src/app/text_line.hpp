#pragma once
// Document text outside the text view (the side panel's span and quote
// lists, the selected span's text): drawn as the view draws it, reordered
// where it runs right to left and with what the embedded font lacks from the
// machine's fonts, instead of ImGui's left-to-right run of the font's glyphs.
#include <cstddef>
#include <string_view>

#include <imgui.h>

#include "app/glyph_cache.hpp"
#include "app/text_layout.hpp"

namespace spanmark::app {

struct GlyphCounts {
    std::size_t fallbacks = 0;  // code points drawn as the font's fallback mark
    std::size_t units = 0;      // units drawn by the machine's fonts
};

// One laid-out line drawn glyph by glyph; `top` is where the font's line starts.
void drawLineGlyphs(ImDrawList* draw, ImFont* font, GlyphCache* glyphs, const TextLayout& layout, const Text& text,
                    const FontMetrics& metrics, std::size_t lineIndex, float left, float top, ImU32 ink, GlyphCounts& counts);

// A selectable row showing `utf8` on one line (cut at the row's width); true when clicked.
bool selectableText(const char* id, std::string_view utf8, bool selected, GlyphCache* glyphs);
// `utf8` wrapped at the available width, as ImGui::TextWrapped would place it.
void wrappedText(std::string_view utf8, GlyphCache* glyphs);

}  // namespace spanmark::app
