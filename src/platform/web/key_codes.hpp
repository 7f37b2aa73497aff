#pragma once
#include <imgui.h>

namespace spanmark::platform::web {

// ImGui's key for a DOM KeyboardEvent.code, ImGuiKey_None when unmapped.
ImGuiKey keyFromDomCode(const char* code);

}  // namespace spanmark::platform::web
