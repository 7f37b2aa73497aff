#pragma once
// RGBA textures for glyphs the machine's fonts draw (app/glyph_cache.hpp),
// made with the same GL context the ImGui backend draws with; the handle is
// the GL name, as the backend takes an ImTextureID.
#include <cstdint>

namespace spanmark::platform {

void* createRgbaTexture(int width, int height);
void updateRgbaTexture(void* texture, int x, int y, int width, int height, const std::uint8_t* rgba);

}  // namespace spanmark::platform
