#include "app/search_bar.hpp"

#include <imgui.h>

#include "app/imgui_string.hpp"

namespace spanmark::app {

void SearchBar::refresh(const Document& doc, std::uint64_t loads) {
    // A new document (or text) means new matches; annotation edits keep them.
    if (query_ == searchedQuery_ && options_.matchCase == searchedOptions_.matchCase &&
        options_.wholeWord == searchedOptions_.wholeWord && loads == searchedLoads_)
        return;
    matches_ = findAll(doc.text, query_, options_);
    current_ = 0;
    searchedQuery_ = query_;
    searchedOptions_ = options_;
    searchedLoads_ = loads;
}

SearchAction SearchBar::draw(const Document& doc, std::uint64_t loads, const Palette& palette) {
    SearchAction action;
    if (!open_) return action;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Find");
    ImGui::SameLine();
    if (focus_) {
        // Take focus from the text view first, or the request is dropped.
        ImGui::SetWindowFocus();
        ImGui::SetKeyboardFocusHere();
        focus_ = false;
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
    const bool enter = inputTextWithHint("##find", "phrase (Enter: next, Shift+Enter: previous)", query_,
                                         ImGuiInputTextFlags_EnterReturnsTrue);
    refresh(doc, loads);
    ImGui::SameLine();
    ImGui::Checkbox("Aa", &options_.matchCase);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Match case");
    ImGui::SameLine();
    ImGui::Checkbox("Whole word", &options_.wholeWord);
    ImGui::SameLine();
    const bool any = !matches_.empty();
    bool step = enter;
    int direction = ImGui::GetIO().KeyShift ? -1 : 1;
    if (ImGui::ArrowButton("##previous", ImGuiDir_Up)) {
        step = true;
        direction = -1;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Previous match (Shift+Enter)");
    ImGui::SameLine();
    if (ImGui::ArrowButton("##next", ImGuiDir_Down)) {
        step = true;
        direction = 1;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Next match (Enter)");
    ImGui::SameLine();
    if (query_.empty()) ImGui::TextDisabled("type to search");
    else if (!any) ImGui::TextDisabled("no matches");
    else ImGui::Text("%zu of %zu", current_ + 1, matches_.size());
    if (step && any) {
        if (enter) ImGui::SetKeyboardFocusHere(-1);  // keep typing in the field
        current_ = (current_ + matches_.size() + static_cast<std::size_t>(direction)) % matches_.size();
        action.show = matches_[current_];
    }
    // Label all: a button per span label, and Alt+its key from anywhere.
    if (any) {
        ImGui::SameLine();
        ImGui::TextDisabled("  Label all:");
        for (const Label& l : doc.labels) {
            if (l.kind != LabelKind::Span) continue;
            ImGui::SameLine();
            ImGui::PushStyleColor(ImGuiCol_Button, palette.solid(l.name));
            ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
            const std::string text = l.name + (l.key.empty() ? "" : "  Alt+" + l.key);
            if (ImGui::SmallButton(text.c_str())) action.labelAll = l.name;
            ImGui::PopStyleColor(2);
        }
    }
    ImGui::SameLine();
    if (ImGui::SmallButton("Close (Esc)")) open_ = false;
    return action;
}

}  // namespace spanmark::app
