#include "app/suggestion_panel.hpp"

#include <imgui.h>

namespace spanmark::app {

SuggestionPanelAction drawSuggestionPanel(const workspace::SuggestionReview& review, const Palette& palette, bool shown, bool pending) {
    SuggestionPanelAction action;
    const auto open = review.openByLabel();
    std::size_t total = 0;
    for (const auto& [label, n] : open) total += n;
    // A merge under review: its suggestions are the annotators' differences.
    const std::string title = std::string(review.curating() ? "Differences (" : "Suggestions (") + std::to_string(total) + ")###suggestions";
    if (!ImGui::CollapsingHeader(title.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return action;
    bool show = shown;
    if (ImGui::Checkbox("Show", &show)) action.toggleShown = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Dashed outlines are suggestions (by rules, and by the tagger once it has learnt), not spans yet");
    if (pending) {
        ImGui::SameLine();
        ImGui::TextDisabled("finding\xE2\x80\xA6");
        return action;
    }
    if (total == 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s", review.curating() ? "None open: every difference among the annotators is settled."
                                                   : "None open: every suggestion of the rules and the tagger is decided.");
        ImGui::PopStyleColor();
        return action;
    }
    ImGui::SameLine();
    if (ImGui::SmallButton("Review")) action.review = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Tab: the next suggestion");
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped(review.curating() ? "Tab / Shift+Tab move \xC2\xB7 1 \xE2\x80\x93 9 pick a variant \xC2\xB7 Enter accepts \xC2\xB7 Del rejects the difference"
                                         : "Tab / Shift+Tab move \xC2\xB7 Enter accepts \xC2\xB7 Del rejects \xC2\xB7 Shift+Enter accepts all of its label");
    ImGui::PopStyleColor();
    for (const auto& [label, n] : open) {
        ImGui::PushID(label.c_str());
        ImGui::PushStyleColor(ImGuiCol_Text, palette.solid(label));
        ImGui::Bullet();
        ImGui::PopStyleColor();
        ImGui::SameLine();
        ImGui::Text("%s  %zu", label.c_str(), n);
        ImGui::SameLine();
        if (ImGui::SmallButton("Accept all")) action.acceptAll = label;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Accept every open %s suggestion as one step (Ctrl+Z undoes it)", label.c_str());
        ImGui::PopID();
    }
    return action;
}

}  // namespace spanmark::app
