// The text view's lines that are not drawn as one run of the embedded font:
// those the bidirectional algorithm reordered and those with units the
// machine's fonts draw, in the view and in a panel's line of text. Each glyph
// where the layout puts it.
#include <imgui.h>

#include <cmath>

#include "app/bidi.hpp"
#include "app/text_line.hpp"
#include "app/text_view_metrics.hpp"

namespace spanmark::app {

void drawLineGlyphs(ImDrawList* draw, ImFont* font, GlyphCache* glyphs, const TextLayout& layout, const Text& text,
                    const FontMetrics& metrics, std::size_t lineIndex, float left, float top, ImU32 ink, GlyphCounts& counts) {
    const float baseline = std::round(top + font->Ascent);
    const VisualLine& line = layout.line(lineIndex);
    std::size_t lastUnit = SIZE_MAX;  // where the unit drawn last begins: a word's letters after its first are in its image
    for (const GlyphBox& g : layout.glyphs(text, metrics, lineIndex)) {
        if (g.withinUnit) continue;
        const char32_t c = text.at(g.codePoint);
        if (c == '\t' || c == '\n' || c == '\r') continue;
        if (layout.hasUnits(lineIndex)) {
            const auto unit = layout.unitAt(g.codePoint);
            // A unit cut by the line's end (a word longer than the line) is drawn letter by letter.
            if (unit && unit->drawn && unit->begin >= line.begin && unit->end <= line.end) {
                if (unit->begin == lastUnit) continue;
                // Its first glyph in drawing order is its leftmost: a unit's letters share one level.
                if (const GlyphCache::Placed* p = glyphs ? glyphs->image(unit->key) : nullptr) {
                    lastUnit = unit->begin;
                    // Not rounded: joined letters meet where their advances say, to the fraction of a pixel.
                    const float x0 = left + g.x - static_cast<float>(p->left);
                    const float y0 = baseline - static_cast<float>(p->baseline);
                    draw->AddImage(p->texture, ImVec2(x0, y0), ImVec2(x0 + p->width, y0 + p->height), ImVec2(p->u0, p->v0),
                                   ImVec2(p->u1, p->v1), p->color ? IM_COL32_WHITE : ink);
                    ++counts.units;
                    continue;
                }
            }
        }
        // The embedded font's glyph, mirrored ("(" as ")") at a right-to-left level; its
        // fallback mark for what neither it nor the machine's fonts have.
        if (!metrics.hasGlyph(c) && c != 0x200D && c != 0x200C) ++counts.fallbacks;
        const char32_t shown = g.rightToLeft ? mirrored(c) : c;
        font->RenderChar(draw, font->FontSize, ImVec2(left + g.x, top), ink, static_cast<ImWchar>(shown <= 0xFFFF ? shown : 0xFFFD));
    }
}

void TextView::drawGlyphs(const Document& doc, const Metrics& metrics, std::size_t lineIndex, ImDrawList* draw, ImFont* font,
                          float left, float y, unsigned int ink) {
    GlyphCounts counts;
    drawLineGlyphs(draw, font, glyphs_, layout_, doc.text, metrics, lineIndex, left, y + textOffset_, ink, counts);
    fallbacksDrawn_ += counts.fallbacks;
    unitsDrawn_ += counts.units;
}

}  // namespace spanmark::app
