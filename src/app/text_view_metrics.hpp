#pragma once
// The text view's font metrics: the font's, with room below the glyphs for
// the underline lanes of nested spans.
#include <cmath>

#include "app/imfont_metrics.hpp"
#include "app/text_view.hpp"

namespace spanmark::app {

class TextView::Metrics final : public ImFontMetrics {
public:
    Metrics(ImFont* font, GlyphCache* glyphs) : ImFontMetrics(font, glyphs, std::round(font->FontSize * 1.8f)) {}
};

}  // namespace spanmark::app
