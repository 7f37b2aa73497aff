#include "platform/web/canvas_fonts.hpp"

#include <emscripten.h>

#include <cmath>

#include "platform/gl_textures.hpp"

namespace spanmark::platform {
namespace {

EM_JS(double, js_glyph_measure, (const char* text, int length, double pixels), {
    return spanmarkGlyphs.measure(UTF8ToString(text, length), pixels);
});
EM_JS(int, js_glyph_draw, (const char* text, int length, double pixels, int width, int height, int left, int baseline,
                           unsigned char* out), {
    return spanmarkGlyphs.draw(UTF8ToString(text, length), pixels, width, height, left, baseline, out);
});

}  // namespace

float CanvasFonts::measure(std::string_view utf8, float pixels) {
    return static_cast<float>(js_glyph_measure(utf8.data(), static_cast<int>(utf8.size()), pixels));
}

app::GlyphImage CanvasFonts::draw(std::string_view utf8, float pixels) {
    const float advance = measure(utf8, pixels);
    app::GlyphImage g;
    if (advance < 0) return g;
    // Room around the advance for what overhangs it: marks, swashes, tall Indic vowel signs.
    const int pad = static_cast<int>(std::ceil(pixels * 0.3f)) + 1;
    g.left = pad;
    g.baseline = pad + static_cast<int>(std::ceil(pixels * 1.05f));
    g.width = static_cast<int>(std::ceil(advance)) + 2 * pad;
    g.height = g.baseline + static_cast<int>(std::ceil(pixels * 0.4f)) + pad;
    g.rgba.resize(static_cast<std::size_t>(g.width) * g.height * 4);
    const int drawn = js_glyph_draw(utf8.data(), static_cast<int>(utf8.size()), pixels, g.width, g.height, g.left,
                                    g.baseline, g.rgba.data());
    if (drawn < 0) return {};
    g.color = drawn == 1;
    return g;
}

void* CanvasFonts::createTexture(int width, int height) { return createRgbaTexture(width, height); }

void CanvasFonts::updateTexture(void* texture, int x, int y, int width, int height, const std::uint8_t* rgba) {
    updateRgbaTexture(texture, x, y, width, height, rgba);
}

}  // namespace spanmark::platform
