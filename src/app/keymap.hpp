#pragma once
// Every key the editor answers to, in one table: the key handling, the `?`
// list, the buttons' tooltips and the page's browser-shortcut filter all
// read it, so they cannot drift apart.
#include <imgui.h>

#include <span>

namespace spanmark::app {

enum class Command {
    None,  // a row that only explains (the mouse, the label keys)
    Undo, Redo, Save, Open, Export, Find, TextLarger, TextSmaller, Help,
    NextDocument, PreviousDocument, ToggleDone, CompareLayers,
    Escape, Delete, NextItem, PreviousItem, Accept, AcceptAll,
    CaretLeft, CaretRight, CaretUp, CaretDown, LineStart, LineEnd,
};

struct Shortcut {
    Command command;
    ImGuiKeyChord chord;  // 0 for rows that only explain
    const char* keys;     // as the `?` list shows them; null for a second chord of a command already listed
    const char* what;
    bool whileTyping = false;   // also while a text field has the keyboard
    bool anyModifiers = false;  // the key with Shift, Ctrl or Alt held is the same command, with a variant
};

std::span<const Shortcut> keymap();
// The keys of a command as the `?` list names them (for tooltips); "" when it has none.
const char* keysFor(Command command);
// True when Ctrl (or Cmd) with this key is the editor's, not the browser's.
bool ownsControlShortcut(ImGuiKey key);

}  // namespace spanmark::app
