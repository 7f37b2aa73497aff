#include "app/theme.hpp"

namespace spanmark::app {
namespace {

ImVec4 rgb(int r, int g, int b) { return ImVec4(r / 255.0f, g / 255.0f, b / 255.0f, 1.0f); }

const Theme kLight = {
    rgb(0xFD, 0xFC, 0xF8), rgb(0x1E, 0x1F, 0x22), rgb(0xEE, 0xED, 0xE8),
    rgb(0x6A, 0x6C, 0x72), rgb(0xFB, 0xE3, 0xE1), rgb(0x8A, 0x12, 0x0A),
};
const Theme kDark = {
    rgb(0x1F, 0x20, 0x24), rgb(0xE4, 0xE4, 0xE0), rgb(0x2B, 0x2D, 0x32),
    rgb(0x9A, 0x9C, 0xA3), rgb(0x5A, 0x1E, 0x1A), rgb(0xFF, 0xD2, 0xCC),
};
bool g_dark = false;

}  // namespace

const Theme& theme() { return g_dark ? kDark : kLight; }
bool darkTheme() { return g_dark; }

void applyTheme(float displayScale, bool dark) {
    g_dark = dark;
    const Theme& t = theme();
    ImGuiStyle style;
    if (dark) ImGui::StyleColorsDark(&style);
    else ImGui::StyleColorsLight(&style);
    style.WindowRounding = 0;
    style.FrameRounding = 3;
    style.ScrollbarSize = 12;
    style.WindowPadding = ImVec2(8, 6);
    style.Colors[ImGuiCol_WindowBg] = t.chrome;
    style.Colors[ImGuiCol_Text] = t.ink;
    style.Colors[ImGuiCol_TextDisabled] = t.muted;
    style.ScaleAllSizes(displayScale);
    ImGui::GetStyle() = style;
}

}  // namespace spanmark::app
