#include "app/theme.hpp"

namespace spanmark::app {
namespace {

ImVec4 rgb(int r, int g, int b) { return ImVec4(r / 255.0f, g / 255.0f, b / 255.0f, 1.0f); }

const Theme kLight = {
    rgb(0xFD, 0xFC, 0xF8), rgb(0x1E, 0x1F, 0x22), rgb(0xEE, 0xED, 0xE8),
    rgb(0x6A, 0x6C, 0x72), rgb(0xFB, 0xE3, 0xE1), rgb(0x8A, 0x12, 0x0A),
};

}  // namespace

const Theme& theme() { return kLight; }

void applyTheme(float displayScale) {
    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    style.WindowRounding = 0;
    style.FrameRounding = 3;
    style.ScrollbarSize = 12;
    style.WindowPadding = ImVec2(8, 6);
    style.Colors[ImGuiCol_WindowBg] = kLight.chrome;
    style.Colors[ImGuiCol_Text] = kLight.ink;
    style.Colors[ImGuiCol_TextDisabled] = kLight.muted;
    style.ScaleAllSizes(displayScale);
    ImGui::GetStyle() = style;
}

}  // namespace spanmark::app
