// Keys to commands, through the one keymap (app/keymap.hpp).
#include <imgui.h>

#include <algorithm>

#include "app/editor.hpp"
#include "core/utf8.hpp"

namespace spanmark::app {
namespace {

// The ImGui key for a label's key character, for Alt+key (which types nothing).
ImGuiKey keyForCharacter(const std::string& key) {
    if (key.size() != 1) return ImGuiKey_None;
    const char c = key[0];
    if (c >= '0' && c <= '9') return static_cast<ImGuiKey>(ImGuiKey_0 + (c - '0'));
    if (c >= 'a' && c <= 'z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'a'));
    if (c >= 'A' && c <= 'Z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'A'));
    return ImGuiKey_None;
}

}  // namespace

void Editor::handleKeys() {
    if (menuHasKeys_) {
        menuHasKeys_ = false;
        return;
    }
    ImGuiIO& io = ImGui::GetIO();
    const bool typing = io.WantTextInput;
    // Alt+label key labels every search match, even while typing in the search field.
    if (search_.isOpen() && io.KeyAlt && !io.KeyCtrl)
        for (const Label& l : workspace_.document().labels)
            if (l.kind == LabelKind::Span && keyForCharacter(l.key) != ImGuiKey_None &&
                ImGui::IsKeyPressed(keyForCharacter(l.key), false))
                workspace_.labelAll(search_.matches(), l.name);
    for (const Shortcut& s : keymap()) {
        if (s.chord == 0 || (typing && !s.whileTyping)) continue;
        const bool pressed = s.anyModifiers ? ImGui::IsKeyPressed(static_cast<ImGuiKey>(s.chord & ~ImGuiMod_Mask_))
                                            : ImGui::IsKeyChordPressed(s.chord);
        if (pressed) run(s.command);
    }
    if (typing || io.KeyCtrl || io.KeyAlt) return;
    for (ImWchar c : io.InputQueueCharacters) {
        std::string key;
        utf8::append(key, c);
        handleCharacter(key);
    }
}

void Editor::run(Command command) {
    switch (command) {
    case Command::None: break;
    case Command::Undo: workspace_.undo(); break;
    case Command::Redo: workspace_.redo(); break;
    case Command::Save: workspace_.save(); break;
    case Command::Open: host_.pickFileToOpen(); break;
    case Command::Export: exportMenu_ = true; break;
    case Command::Find: search_.open(); break;
    case Command::TextLarger: textSize_ = std::min(40.0f, textSize_ + 2); break;
    case Command::TextSmaller: textSize_ = std::max(10.0f, textSize_ - 2); break;
    case Command::Help: help_ = !help_; break;
    case Command::NextDocument:
        if (const auto* c = workspace_.corpus(); c && c->current() + 1 < c->size()) workspace_.openEntry(c->current() + 1);
        break;
    case Command::PreviousDocument:
        if (const auto* c = workspace_.corpus(); c && c->current() > 0) workspace_.openEntry(c->current() - 1);
        break;
    case Command::CompareLayers:
        if (workspace_.layers()) compare_.setOpen(!compare_.isOpen());
        else workspace_.setStatus("Side by side needs a merge of several annotators' work (spanmark merge)");
        break;
    case Command::ToggleDone:
        if (workspace_.corpus()) workspace_.toggleDone();
        break;
    case Command::Escape:
        if (help_) break;  // the list closes itself
        if (compare_.isOpen()) {
            compare_.setOpen(false);
            break;
        }
        if (search_.isOpen() && !workspace_.reviewing() && workspace_.selection().relationSource.empty()) search_.close();
        else workspace_.escape();
        break;
    case Command::Delete:
        if (workspace_.onSuggestion()) workspace_.rejectSuggestion();
        else workspace_.deleteSelected();
        break;
    case Command::NextItem:
    case Command::PreviousItem: {
        const int direction = command == Command::NextItem ? 1 : -1;
        if (workspace_.suggestionsShown() && workspace_.openSuggestions() > 0) workspace_.stepSuggestion(direction);
        else workspace_.stepSpan(direction);
        break;
    }
    case Command::Accept:
        if (workspace_.onSuggestion()) workspace_.acceptSuggestion();
        break;
    case Command::AcceptAll:
        if (workspace_.onSuggestion()) workspace_.acceptAllSuggestions(workspace_.review().currentLabel());
        break;
    default: moveCaretByKey(command); break;
    }
}

void Editor::moveCaretByKey(Command command) {
    const ImGuiIO& io = ImGui::GetIO();
    const workspace::Selection& selection = workspace_.selection();
    const bool horizontal = command == Command::CaretLeft || command == Command::CaretRight;
    const int direction = command == Command::CaretLeft || command == Command::CaretUp ? -1 : 1;
    if (horizontal && io.KeyShift && !selection.selectedSpan.empty()) {
        workspace_.resizeSelected(io.KeyAlt, direction, io.KeyCtrl);
        return;
    }
    if (io.KeyAlt) return;  // Alt+arrows move through a corpus
    const Document& doc = workspace_.document();
    const Text& text = doc.text;
    std::size_t to = selection.caret;
    switch (command) {
    case Command::CaretLeft:
    case Command::CaretRight:
        if (!io.KeyShift && selection.hasSelection()) to = direction < 0 ? selection.range().begin : selection.range().end;
        else if (io.KeyCtrl) to = direction < 0 ? previousWordStart(text, to) : nextWordEnd(text, to);
        else to = direction < 0 ? previousGraphemeBoundary(text, to) : nextGraphemeBoundary(text, to);
        break;
    case Command::CaretUp:
    case Command::CaretDown: to = textView_.lineUpDown(doc, to, direction); break;
    case Command::LineStart: to = textView_.visualLineStart(to); break;
    case Command::LineEnd: to = textView_.visualLineEnd(to); break;
    default: return;
    }
    workspace_.moveCaret(to, io.KeyShift);
}

void Editor::handleCharacter(const std::string& key) {
    if (key == "?") {
        help_ = !help_;
        return;
    }
    // On a merge's difference, a number picks that variant (before it would label anything).
    if (key.size() == 1 && key[0] >= '1' && key[0] <= '9' && workspace_.onSuggestion() &&
        static_cast<std::size_t>(key[0] - '0') <= workspace_.review().currentVariants().size()) {
        workspace_.pickVariant(static_cast<std::size_t>(key[0] - '1'));
        return;
    }
    for (const Label& l : workspace_.document().labels) {
        if (l.key != key) continue;
        if (l.kind == LabelKind::Relation) workspace_.startRelation();
        else workspace_.applyLabel(l.name);
        return;
    }
}

}  // namespace spanmark::app
