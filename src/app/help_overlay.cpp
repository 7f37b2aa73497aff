#include "app/help_overlay.hpp"

#include <imgui.h>

#include "app/keymap.hpp"

namespace spanmark::app {

// Every row of the keymap that names its keys: the list cannot drift from what the keys do.
bool drawHelpOverlay() {
    bool open = true;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 44, 0));
    ImGui::Begin("Keys", &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings);
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("key", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 13);
        ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthStretch);
        for (const Shortcut& k : keymap()) {
            if (!k.keys) continue;
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
