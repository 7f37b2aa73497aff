#pragma once
// The machine's own fonts, for what the embedded one cannot draw (the units
// of app/text_units.hpp: CJK, emoji, Indic and Hebrew clusters, joined
// Arabic letters): on the page the browser's, drawn with Canvas 2D, so no
// font is downloaded. The platform implements it, textures included, as the
// renderer's; where it gives none, those units show the font's fallback mark.
#include <cstdint>
#include <string_view>
#include <vector>

namespace spanmark::app {

struct GlyphImage {
    int width = 0;
    int height = 0;
    int baseline = 0;  // the row of the baseline, from the top
    int left = 0;      // the column where the unit's advance starts
    bool color = false;  // drawn in its own colours (emoji), not to be tinted
    std::vector<std::uint8_t> rgba;  // white where not in colour, straight alpha
};

class SystemFonts {
public:
    virtual ~SystemFonts() = default;
    // The advance of `utf8` at `pixels` (the embedded font's size), or less than 0 where no
    // font of the machine draws it.
    virtual float measure(std::string_view utf8, float pixels) = 0;
    // The unit drawn at `pixels`; empty (width 0) where it cannot be.
    virtual GlyphImage draw(std::string_view utf8, float pixels) = 0;
    // An RGBA texture the draw lists can use (an ImTextureID), and writes into it.
    virtual void* createTexture(int width, int height) = 0;
    virtual void updateTexture(void* texture, int x, int y, int width, int height, const std::uint8_t* rgba) = 0;
};

}  // namespace spanmark::app
