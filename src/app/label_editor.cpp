#include "app/label_editor.hpp"

#include <imgui.h>

#include <cstdio>
#include <map>

#include "app/imgui_string.hpp"
#include "app/palette.hpp"

namespace spanmark::app {
namespace {

std::string joinNames(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

std::vector<std::string> splitNames(const std::string& text) {
    std::vector<std::string> out;
    std::string current;
    auto flush = [&] {
        const auto a = current.find_first_not_of(' '), b = current.find_last_not_of(' ');
        if (a != std::string::npos) out.push_back(current.substr(a, b - a + 1));
        current.clear();
    };
    for (char c : text) {
        if (c == ',') flush();
        else current += c;
    }
    flush();
    return out;
}

// The next colour of the Tableau 10 palette, whose hues stay apart for most colour-blind readers.
std::string nextColor(std::size_t index) {
    static const char* colors[] = {"#4e79a7", "#59a14f", "#f28e2b", "#b07aa1", "#e15759",
                                   "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#bab0ac"};
    return colors[index % 10];
}

}  // namespace

void LabelEditor::open(const Document& doc) {
    rows_.clear();
    for (const Label& l : doc.labels) rows_.push_back({l, l.name, joinNames(l.from), joinNames(l.to)});
    problem_.clear();
    open_ = true;
}

LabelEditorAction LabelEditor::draw(const Document& doc) {
    LabelEditorAction action;
    if (!open_) return action;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 46, ImGui::GetFontSize() * 24), ImGuiCond_Appearing);
    ImGui::Begin("Labels", &open_, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings);
    ImGui::TextDisabled("Names, colours and keys are saved with the document. Apply is one undo step.");
    int remove = -1;
    if (ImGui::BeginTable("labels", 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("Name");
        ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 4.5f);
        ImGui::TableSetupColumn("Colour", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 3);
        ImGui::TableSetupColumn("Key", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 3);
        ImGui::TableSetupColumn("From \xE2\x86\x92 to (relations)");
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 4.5f);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < rows_.size(); ++i) {
            Row& row = rows_[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::SetNextItemWidth(-1);
            inputText("##name", row.label.name);
            ImGui::TableSetColumnIndex(1);
            ImGui::TextUnformatted(row.label.kind == LabelKind::Span ? "span" : "relation");
            ImGui::TableSetColumnIndex(2);
            ImVec4 c = colorFromHex(row.label.color);
            if (ImGui::ColorEdit3("##color", &c.x, ImGuiColorEditFlags_NoInputs)) {
                char hex[8];
                std::snprintf(hex, sizeof hex, "#%02x%02x%02x", static_cast<int>(c.x * 255 + 0.5f),
                              static_cast<int>(c.y * 255 + 0.5f), static_cast<int>(c.z * 255 + 0.5f));
                row.label.color = hex;
            }
            ImGui::TableSetColumnIndex(3);
            ImGui::SetNextItemWidth(-1);
            inputText("##key", row.label.key);
            ImGui::TableSetColumnIndex(4);
            if (row.label.kind == LabelKind::Relation) {
                ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.5f - 4);
                inputTextWithHint("##from", "from: QUOTE", row.from);
                ImGui::SameLine();
                ImGui::SetNextItemWidth(-1);
                inputTextWithHint("##to", "to: ACTOR", row.to);
            }
            ImGui::TableSetColumnIndex(5);
            std::size_t uses = 0;
            doc.annotations.forEachSpan([&](const Span& s) { uses += s.label == row.originalName; });
            doc.annotations.forEachRelation([&](const Relation& r) { uses += r.label == row.originalName; });
            ImGui::BeginDisabled(uses > 0);
            if (ImGui::SmallButton("Remove")) remove = static_cast<int>(i);
            ImGui::EndDisabled();
            if (uses > 0 && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
                ImGui::SetTooltip("%zu spans or relations use it", uses);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (remove >= 0) rows_.erase(rows_.begin() + remove);
    if (ImGui::Button("+ Span label")) {
        Label l;
        l.name = "LABEL" + std::to_string(rows_.size() + 1);
        l.color = nextColor(rows_.size());
        rows_.push_back({l, "", "", ""});
    }
    ImGui::SameLine();
    if (ImGui::Button("+ Relation label")) {
        Label l;
        l.name = "RELATION" + std::to_string(rows_.size() + 1);
        l.kind = LabelKind::Relation;
        rows_.push_back({l, "", "", ""});
    }
    ImGui::Separator();
    if (ImGui::Button("Apply")) {
        std::vector<Label> labels;
        std::map<std::string, std::string> renamed;
        for (Row& row : rows_) {
            Label l = row.label;
            if (l.kind == LabelKind::Relation) {
                l.from = splitNames(row.from);
                l.to = splitNames(row.to);
            }
            if (!row.originalName.empty() && row.originalName != l.name) renamed[row.originalName] = l.name;
            labels.push_back(std::move(l));
        }
        if (auto e = checkLabels(labels)) {
            problem_ = e->describe();
        } else {
            problem_.clear();
            action.apply = edits::replaceLabels(doc, std::move(labels), renamed);
            open_ = false;
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Revert")) open(doc);
    ImGui::SameLine();
    if (ImGui::Button("Export labels file")) action.exportFile = true;
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Saves the document's label set as labels.json; open that file (Ctrl+O) in another document to use the same labels");
    if (!problem_.empty()) ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.05f, 1), "%s", problem_.c_str());
    ImGui::End();
    return action;
}

}  // namespace spanmark::app
