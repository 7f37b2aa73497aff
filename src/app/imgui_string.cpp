#include "app/imgui_string.hpp"

namespace spanmark::app {
namespace {

int resize(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* s = static_cast<std::string*>(data->UserData);
        s->resize(static_cast<std::size_t>(data->BufTextLen));
        data->Buf = s->data();
    }
    return 0;
}

}  // namespace

bool inputText(const char* label, std::string& value, ImGuiInputTextFlags flags) {
    return ImGui::InputText(label, value.data(), value.capacity() + 1, flags | ImGuiInputTextFlags_CallbackResize,
                            resize, &value);
}

bool inputTextWithHint(const char* label, const char* hint, std::string& value, ImGuiInputTextFlags flags) {
    return ImGui::InputTextWithHint(label, hint, value.data(), value.capacity() + 1,
                                    flags | ImGuiInputTextFlags_CallbackResize, resize, &value);
}

bool inputTextMultiline(const char* label, std::string& value, const ImVec2& size) {
    return ImGui::InputTextMultiline(label, value.data(), value.capacity() + 1, size,
                                     ImGuiInputTextFlags_CallbackResize, resize, &value);
}

}  // namespace spanmark::app
