#include "app/tagger_panel.hpp"

#include <imgui.h>

namespace spanmark::app {

TaggerPanelAction drawTaggerPanel(const workspace::Workspace& workspace) {
    TaggerPanelAction action;
    const workspace::Learner& learner = workspace.learner();
    if (!ImGui::CollapsingHeader("Tagger###tagger", ImGuiTreeNodeFlags_DefaultOpen)) return action;
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", workspace.learningStatus().c_str());
    ImGui::PopStyleColor();
    if (learner.learning()) ImGui::ProgressBar(static_cast<float>(learner.progress()), ImVec2(-1, 0));
    if (!learner.model()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("Or open a model made by spanmark train (Ctrl+O).");
        ImGui::PopStyleColor();
        return action;
    }
    float threshold = static_cast<float>(workspace.taggerThreshold());
    ImGui::SetNextItemWidth(-ImGui::CalcTextSize("Confidence").x - ImGui::GetStyle().ItemInnerSpacing.x);
    if (ImGui::SliderFloat("Confidence", &threshold, 0.0f, 1.0f, "at least %.2f")) action.threshold = threshold;
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    action.slider = Rect{min.x, min.y, max.x - min.x, max.y - min.y};
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("The tagger's suggestions less sure than this are not offered; Ctrl+click to type a value");
    const std::size_t tagged = workspace.review().taggedCount();
    ImGui::Text("%zu open suggestion%s from the tagger", tagged, tagged == 1 ? "" : "s");
    return action;
}

}  // namespace spanmark::app
