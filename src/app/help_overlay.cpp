#include "app/help_overlay.hpp"

#include <imgui.h>

namespace spanmark::app {
namespace {

struct Key {
    const char* keys;
    const char* what;
};

constexpr Key kKeys[] = {
    {"Drag over text", "select; the ends snap to whole words (hold Alt for exact characters)"},
    {"Double-click", "select a word"},
    {"Shift+click", "extend the selection"},
    {"Shift+\xE2\x86\x90 \xE2\x86\x92 \xE2\x86\x91 \xE2\x86\x93", "select from the keyboard (Ctrl: by word)"},
    {"1  2  3  4", "turn the selection into an ACTOR, PLACE, FIGURE or QUOTE span (the label bar shows each key)"},
    {"Click a span", "select it; click again where spans stack to reach the next one"},
    {"1 \xE2\x80\x93 4 on a selected span", "relabel it"},
    {"Shift+\xE2\x86\x90 \xE2\x86\x92 on a selected span", "move its end a character (Ctrl: a word; Alt: move its start)"},
    {"Delete / Backspace", "remove the selected span (and its relations) or relation"},
    {"r, then click", "with a QUOTE selected: link it to the ACTOR who said it"},
    {"Tab / Shift+Tab", "go to the next / previous suggestion (dashed outline); with none open, the next / previous span"},
    {"Enter", "accept the suggestion (a speaker brings its quote and actor with it)"},
    {"Shift+Enter", "accept every open suggestion of its label (one undo step)"},
    {"Delete on a suggestion", "reject it"},
    {"Esc", "cancel linking, leave the suggestions, clear the selection, close search"},
    {"Ctrl+Z", "undo"},
    {"Ctrl+Shift+Z / Ctrl+Y", "redo"},
    {"Ctrl+S", "save (downloads the spanmark JSON)"},
    {"Ctrl+O", "open a file"},
    {"Ctrl+F", "find; Enter and Shift+Enter step through matches"},
    {"Alt+1 \xE2\x80\x93 4", "while finding: label every match (one undo step)"},
    {"Ctrl+=  Ctrl+-", "larger / smaller text"},
    {"? or F1", "this list"},
};

}  // namespace

bool drawHelpOverlay() {
    bool open = true;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 44, 0));
    ImGui::Begin("Keys", &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings);
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("key", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 13);
        ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthStretch);
        for (const Key& k : kKeys) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextUnformatted(k.keys);
            ImGui::TableSetColumnIndex(1);
            ImGui::TextWrapped("%s", k.what);
        }
        ImGui::EndTable();
    }
    ImGui::TextDisabled("Esc, ? or F1 closes this list.");
    if (ImGui::IsKeyPressed(ImGuiKey_Escape)) open = false;
    ImGui::End();
    return open;
}

}  // namespace spanmark::app
