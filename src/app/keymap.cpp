#include "app/keymap.hpp"

namespace spanmark::app {
namespace {

constexpr ImGuiKeyChord Ctrl = ImGuiMod_Ctrl, Shift = ImGuiMod_Shift, Alt = ImGuiMod_Alt;

const Shortcut kKeymap[] = {
    {Command::None, 0, "Drag over text", "select; the ends snap to whole words (hold Alt for exact characters)"},
    {Command::None, 0, "Double-click", "select a word"},
    {Command::None, 0, "Shift+click", "extend the selection"},
    {Command::CaretLeft, ImGuiKey_LeftArrow, "\xE2\x86\x90 \xE2\x86\x92 \xE2\x86\x91 \xE2\x86\x93  Home  End",
     "move the caret; with Shift select (Ctrl: by word)", false, true},
    {Command::CaretRight, ImGuiKey_RightArrow, nullptr, nullptr, false, true},
    {Command::CaretUp, ImGuiKey_UpArrow, nullptr, nullptr, false, true},
    {Command::CaretDown, ImGuiKey_DownArrow, nullptr, nullptr, false, true},
    {Command::LineStart, ImGuiKey_Home, nullptr, nullptr, false, true},
    {Command::LineEnd, ImGuiKey_End, nullptr, nullptr, false, true},
    {Command::None, 0, "1  2  3  4", "turn the selection into an ACTOR, PLACE, FIGURE or QUOTE span (the label bar shows each key)"},
    {Command::None, 0, "Click a span", "select it; click again where spans stack to reach the next one"},
    {Command::None, 0, "1 \xE2\x80\x93 4 on a selected span", "relabel it"},
    {Command::None, 0, "1 \xE2\x80\x93 9 on a difference", "reviewing a merge: pick that annotators' variant (the status bar lists them)"},
    {Command::None, 0, "Shift+\xE2\x86\x90 \xE2\x86\x92 on a selected span", "move its end a character (Ctrl: a word; Alt: move its start)"},
    {Command::Delete, ImGuiKey_Delete, "Delete / Backspace", "remove the selected span (and its relations) or relation; on a suggestion, reject it"},
    {Command::Delete, ImGuiKey_Backspace, nullptr, nullptr},
    {Command::None, 0, "r, then click", "with a QUOTE selected: link it to the ACTOR who said it"},
    {Command::NextItem, ImGuiKey_Tab, "Tab / Shift+Tab", "go to the next / previous suggestion (dashed outline); with none open, the next / previous span"},
    {Command::PreviousItem, Shift | ImGuiKey_Tab, nullptr, nullptr},
    {Command::Accept, ImGuiKey_Enter, "Enter", "accept the suggestion (a speaker brings its quote and actor with it)"},
    {Command::Accept, ImGuiKey_KeypadEnter, nullptr, nullptr},
    {Command::AcceptAll, Shift | ImGuiKey_Enter, "Shift+Enter", "accept every open suggestion of its label (one undo step)"},
    {Command::Escape, ImGuiKey_Escape, "Esc", "cancel linking, leave the suggestions, clear the selection, close search", true},
    {Command::Undo, Ctrl | ImGuiKey_Z, "Ctrl+Z", "undo"},
    {Command::Redo, Ctrl | Shift | ImGuiKey_Z, "Ctrl+Shift+Z / Ctrl+Y", "redo"},
    {Command::Redo, Ctrl | ImGuiKey_Y, nullptr, nullptr},
    {Command::Save, Ctrl | ImGuiKey_S, "Ctrl+S", "save (downloads the spanmark JSON; the desktop writes it back)", true},
    {Command::Open, Ctrl | ImGuiKey_O, "Ctrl+O", "open a file (the Open menu also lists recent work)", true},
    {Command::Export, Ctrl | ImGuiKey_E, "Ctrl+E, then 1 \xE2\x80\x93 6", "export in another tool's format (doccano, Label Studio, spaCy, brat, CoNLL, text)", true},
    {Command::Find, Ctrl | ImGuiKey_F, "Ctrl+F", "find; Enter and Shift+Enter step through matches", true},
    {Command::None, 0, "Alt+1 \xE2\x80\x93 4", "while finding: label every match (one undo step)"},
    {Command::NextDocument, Alt | ImGuiKey_RightArrow, "Alt+\xE2\x86\x92 / Alt+\xE2\x86\x90", "in a corpus: the next / previous document"},
    {Command::PreviousDocument, Alt | ImGuiKey_LeftArrow, nullptr, nullptr},
    {Command::ToggleDone, Ctrl | ImGuiKey_Enter, "Ctrl+Enter", "in a corpus: mark the document done (or not)"},
    {Command::CompareLayers, Ctrl | ImGuiKey_D, "Ctrl+D", "reviewing a merge: two annotators' layers (or one and the gold) side by side, differences framed in red"},
    {Command::TextLarger, Ctrl | ImGuiKey_Equal, "Ctrl+=  Ctrl+-", "larger / smaller text", true},
    {Command::TextLarger, Ctrl | Shift | ImGuiKey_Equal, nullptr, nullptr, true},
    {Command::TextSmaller, Ctrl | ImGuiKey_Minus, nullptr, nullptr, true},
    {Command::Help, ImGuiKey_F1, "? or F1", "this list", true},
};

}  // namespace

std::span<const Shortcut> keymap() { return kKeymap; }

const char* keysFor(Command command) {
    for (const Shortcut& s : kKeymap)
        if (s.command == command && s.keys) return s.keys;
    return "";
}

bool ownsControlShortcut(ImGuiKey key) {
    for (const Shortcut& s : kKeymap) {
        if (s.chord == 0) continue;
        const auto chordKey = static_cast<ImGuiKey>(s.chord & ~ImGuiMod_Mask_);
        if (chordKey == key && ((s.chord & ImGuiMod_Ctrl) || s.anyModifiers)) return true;
    }
    return false;
}

}  // namespace spanmark::app
