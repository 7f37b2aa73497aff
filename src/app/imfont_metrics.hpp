#pragma once
// Font metrics for the layout (text_layout.hpp) over an ImGui font: its own
// advances, and the machine's fonts' for what it lacks (glyph_cache.hpp).
#include <imgui.h>

#include "app/glyph_cache.hpp"
#include "app/text_layout.hpp"

namespace spanmark::app {

class ImFontMetrics : public FontMetrics {
public:
    ImFontMetrics(ImFont* font, GlyphCache* glyphs, float lineHeight) : font_(font), glyphs_(glyphs), lineHeight_(lineHeight) {}
    float advance(char32_t cp) const override {
        return cp <= 0xFFFF ? font_->GetCharAdvance(static_cast<ImWchar>(cp)) : font_->FallbackAdvanceX;
    }
    float lineHeight() const override { return lineHeight_; }
    bool hasGlyph(char32_t cp) const override {
        return cp <= 0xFFFF && font_->FindGlyphNoFallback(static_cast<ImWchar>(cp)) != nullptr;
    }
    float unitAdvance(std::string_view key) const override {
        return glyphs_ && glyphs_->available() ? glyphs_->advance(key) : -1;
    }

private:
    ImFont* font_;
    GlyphCache* glyphs_;
    float lineHeight_;
};

}  // namespace spanmark::app
