#include "app/agreement_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace spanmark::app {
namespace {

std::string cell(double v) {
    if (std::isnan(v)) return "\xE2\x80\x94";  // —: not defined here (one annotator, no units)
    char out[16];
    std::snprintf(out, sizeof out, "%.3f", v);
    return out;
}

void figuresRow(const std::string& name, const PanelFigures& f, bool twoAnnotators) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(name.c_str());
    for (double v : {f.f1Exact, f.f1Overlap, twoAnnotators ? f.kappa : f.fleissKappa, f.alpha, f.alphaU}) {
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(cell(v).c_str());
    }
}

// `height` 0: as tall as its rows; otherwise that tall, scrolling.
bool beginFigures(const char* id, bool twoAnnotators, float height) {
    const ImGuiTableFlags scroll = height > 0 ? ImGuiTableFlags_ScrollY : 0;
    if (!ImGui::BeginTable(id, 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp | scroll, ImVec2(0, height)))
        return false;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch, 1.7f);
    for (const char* c : {"F1", "F1 ovl", twoAnnotators ? "\xCE\xBA" : "Fl. \xCE\xBA", "\xCE\xB1", "\xCE\xB1u"})
        ImGui::TableSetupColumn(c, ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    return true;
}

}  // namespace

void drawAgreementPanel(workspace::Workspace& ws) {
    if (!ws.hasAgreement()) return;
    // Open from the start when measuring costs nothing a person would notice; a 50,000-span merge waits for a click.
    const workspace::Corpus* corpus = ws.corpus();
    const bool cheap = ws.document().annotations.spanCount() < 20000 && (!corpus || corpus->size() <= 200);
    if (cheap) ImGui::SetNextItemOpen(true, ImGuiCond_Once);
    if (!ImGui::CollapsingHeader("Agreement of the annotators")) return;
    const PanelAgreement* a = ws.agreement();
    if (!a) return;
    const bool two = a->annotators.size() == 2;
    std::string who;
    for (const std::string& name : a->annotators) who += (who.empty() ? "" : ", ") + name;
    ImGui::TextWrapped("%s over %zu document(s): F1 pairwise; %s and Krippendorff's \xCE\xB1 over %zu words' IOB tags, "
                       "\xCE\xB1u over the characters.",
                       who.c_str(), a->documents.size(), two ? "Cohen's \xCE\xBA" : "Fleiss' \xCE\xBA", a->overall.words);
    if (beginFigures("agreement", two, 0)) {
        figuresRow(a->documents.size() > 1 ? "corpus" : "document", a->overall, two);
        for (const auto& [label, f] : a->labels) figuresRow(label, f, two);
        ImGui::EndTable();
    }
    ImGui::Text("Relations F1 %s, attribution %s", cell(a->overall.relationsF1).c_str(), cell(a->overall.attribution).c_str());
    if (a->documents.size() > 1 && ImGui::TreeNode("Per document")) {
        if (beginFigures("per-document", two, ImGui::GetTextLineHeightWithSpacing() * 8)) {
            ImGuiListClipper clipper;
            clipper.Begin(static_cast<int>(a->documents.size()));
            while (clipper.Step())
                for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                    const auto& [id, f] = a->documents[static_cast<std::size_t>(i)];
                    figuresRow(id, f, two);
                }
            ImGui::EndTable();
        }
        ImGui::TreePop();
    }
}

}  // namespace spanmark::app
