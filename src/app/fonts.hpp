#pragma once
// The UI font, rasterised for the display scale: on a HiDPI screen the atlas
// is built at device pixels so text stays sharp, never scaled up.
struct ImFont;

namespace spanmark::app {

struct Fonts {
    ImFont* text = nullptr;  // the article
    ImFont* ui = nullptr;    // bars and panels
};

// Rebuilds ImGui's font atlas; the renderer must upload it again afterwards.
Fonts buildFonts(float displayScale, float textSizePoints);

}  // namespace spanmark::app
