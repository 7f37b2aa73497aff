#include "app/fonts.hpp"

#include <imgui.h>

#include "app/embedded_assets.hpp"

namespace spanmark::app {
namespace {

const ImWchar* glyphRanges() {
    static const ImWchar ranges[] = {
        0x0020, 0x024F,  // Basic Latin, Latin-1, Latin Extended-A and -B
        0x0300, 0x036F,  // combining diacritical marks
        0x0370, 0x03FF,  // Greek
        0x0400, 0x04FF,  // Cyrillic
        0x0600, 0x06FF,  // Arabic (unshaped: ImGui does no joining)
        0x2000, 0x206F,  // general punctuation: curly quotes, dashes, ellipsis
        0x20A0, 0x20CF,  // currency
        0x2100, 0x214F,  // letterlike symbols
        0x2190, 0x21FF,  // arrows
        0x2212, 0x2212,  // minus sign
        0x25A0, 0x25FF,  // geometric shapes
        0x2713, 0x2713,  // check mark: a document done
        0xFFFD, 0xFFFD,  // replacement character
        0,
    };
    return ranges;
}

ImFont* addFont(float pixels) {
    const auto font = assets::uiFont();
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;
    config.OversampleH = 2;
    config.OversampleV = 1;
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(font.data()),
                                                      static_cast<int>(font.size()), pixels, &config,
                                                      glyphRanges());
}

}  // namespace

Fonts buildFonts(float displayScale, float textSizePoints) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->Clear();
    Fonts fonts;
    fonts.ui = addFont(15.0f * displayScale);
    fonts.text = addFont(textSizePoints * displayScale);
    atlas->Build();
    return fonts;
}

}  // namespace spanmark::app
