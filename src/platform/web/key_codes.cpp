#include "platform/web/key_codes.hpp"

#include <cstring>
#include <string_view>

namespace spanmark::platform::web {
namespace {

struct Entry {
    std::string_view code;
    ImGuiKey key;
};

// Physical keys by DOM code; letters and digits are computed below.
constexpr Entry kNamed[] = {
    {"Backquote", ImGuiKey_GraveAccent}, {"Backslash", ImGuiKey_Backslash},
    {"BracketLeft", ImGuiKey_LeftBracket}, {"BracketRight", ImGuiKey_RightBracket},
    {"Comma", ImGuiKey_Comma}, {"Equal", ImGuiKey_Equal}, {"Minus", ImGuiKey_Minus},
    {"Period", ImGuiKey_Period}, {"Quote", ImGuiKey_Apostrophe}, {"Semicolon", ImGuiKey_Semicolon},
    {"Slash", ImGuiKey_Slash}, {"IntlBackslash", ImGuiKey_Backslash},
    {"AltLeft", ImGuiKey_LeftAlt}, {"AltRight", ImGuiKey_RightAlt},
    {"ControlLeft", ImGuiKey_LeftCtrl}, {"ControlRight", ImGuiKey_RightCtrl},
    {"ShiftLeft", ImGuiKey_LeftShift}, {"ShiftRight", ImGuiKey_RightShift},
    {"MetaLeft", ImGuiKey_LeftSuper}, {"MetaRight", ImGuiKey_RightSuper},
    {"Backspace", ImGuiKey_Backspace}, {"Delete", ImGuiKey_Delete}, {"Enter", ImGuiKey_Enter},
    {"NumpadEnter", ImGuiKey_KeypadEnter}, {"Escape", ImGuiKey_Escape}, {"Space", ImGuiKey_Space},
    {"Tab", ImGuiKey_Tab}, {"CapsLock", ImGuiKey_CapsLock}, {"ContextMenu", ImGuiKey_Menu},
    {"Home", ImGuiKey_Home}, {"End", ImGuiKey_End}, {"Insert", ImGuiKey_Insert},
    {"PageUp", ImGuiKey_PageUp}, {"PageDown", ImGuiKey_PageDown},
    {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
    {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow},
    {"NumpadAdd", ImGuiKey_KeypadAdd}, {"NumpadSubtract", ImGuiKey_KeypadSubtract},
    {"NumpadMultiply", ImGuiKey_KeypadMultiply}, {"NumpadDivide", ImGuiKey_KeypadDivide},
    {"NumpadDecimal", ImGuiKey_KeypadDecimal}, {"NumpadEqual", ImGuiKey_KeypadEqual},
};

}  // namespace

ImGuiKey keyFromDomCode(const char* code) {
    const std::string_view c(code);
    if (c.size() == 4 && c.substr(0, 3) == "Key" && c[3] >= 'A' && c[3] <= 'Z')
        return static_cast<ImGuiKey>(ImGuiKey_A + (c[3] - 'A'));
    if (c.size() == 6 && c.substr(0, 5) == "Digit" && c[5] >= '0' && c[5] <= '9')
        return static_cast<ImGuiKey>(ImGuiKey_0 + (c[5] - '0'));
    if (c.size() == 7 && c.substr(0, 6) == "Numpad" && c[6] >= '0' && c[6] <= '9')
        return static_cast<ImGuiKey>(ImGuiKey_Keypad0 + (c[6] - '0'));
    // F1–F10 only: F11 is the browser's full screen and F12 its developer tools.
    if (c.size() >= 2 && c.size() <= 3 && c[0] == 'F') {
        const int n = c.size() == 2 ? c[1] - '0' : (c[1] - '0') * 10 + (c[2] - '0');
        if (n >= 1 && n <= 10) return static_cast<ImGuiKey>(ImGuiKey_F1 + (n - 1));
    }
    for (const Entry& e : kNamed)
        if (e.code == c) return e.key;
    return ImGuiKey_None;
}

}  // namespace spanmark::platform::web
