#pragma once
// The browser's own fonts for what the embedded font cannot draw: each unit
// measured and drawn with Canvas 2D (web/glyphs.js), so a page in any script
// downloads no font.
#include "app/system_fonts.hpp"

namespace spanmark::platform {

class CanvasFonts final : public app::SystemFonts {
public:
    float measure(std::string_view utf8, float pixels) override;
    app::GlyphImage draw(std::string_view utf8, float pixels) override;
    void* createTexture(int width, int height) override;
    void updateTexture(void* texture, int x, int y, int width, int height, const std::uint8_t* rgba) override;
};

}  // namespace spanmark::platform
