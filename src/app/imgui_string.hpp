#pragma once
// ImGui text fields bound to std::string (ImGui itself speaks char buffers).
#include <imgui.h>

#include <string>

namespace spanmark::app {

bool inputText(const char* label, std::string& value, ImGuiInputTextFlags flags = 0);
bool inputTextWithHint(const char* label, const char* hint, std::string& value, ImGuiInputTextFlags flags = 0);
bool inputTextMultiline(const char* label, std::string& value, const ImVec2& size);

}  // namespace spanmark::app
