#pragma once
#include <imgui.h>

namespace spanmark::app {

struct Theme {
    ImVec4 paper;    // behind the article
    ImVec4 ink;      // the article's text
    ImVec4 chrome;   // bars around it
    ImVec4 muted;    // secondary text
    ImVec4 error;    // banner background
    ImVec4 errorInk;
};

const Theme& theme();
bool darkTheme();
// Sets ImGui's colours and sizes for a theme at a display scale.
void applyTheme(float displayScale, bool dark);

}  // namespace spanmark::app
