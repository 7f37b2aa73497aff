// A corpus: the bar that moves between its documents and the panel that
// shows where the work stands.
#include <imgui.h>

#include <algorithm>

#include "app/editor.hpp"

namespace spanmark::app {

void Editor::drawCorpusBar() {
    const workspace::Corpus* corpus = workspace_.corpus();
    if (!corpus) return;
    const std::size_t i = corpus->current();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%s", corpus->name().c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("document %zu of %zu:", i + 1, corpus->size());
    ImGui::SameLine();
    ImGui::TextUnformatted(workspace_.document().id.c_str());
    ImGui::SameLine();
    ImGui::BeginDisabled(i == 0);
    if (ImGui::SmallButton("\xE2\x80\xB9 Previous  Alt+\xE2\x86\x90")) workspace_.openEntry(i - 1);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(i + 1 >= corpus->size());
    if (ImGui::SmallButton("Next \xE2\x80\xBA  Alt+\xE2\x86\x92")) workspace_.openEntry(i + 1);
    ImGui::EndDisabled();
    ImGui::SameLine();
    const bool done = corpus->entry(i).summary.done;
    if (ImGui::SmallButton(done ? "\xE2\x9C\x93 Done  Ctrl+Enter" : "Mark done  Ctrl+Enter")) workspace_.toggleDone();
    ImGui::SameLine();
    const std::size_t finished = corpus->doneCount();
    const std::string progress = std::to_string(finished) + " / " + std::to_string(corpus->size()) + " done";
    ImGui::ProgressBar(static_cast<float>(finished) / static_cast<float>(corpus->size()),
                       ImVec2(ImGui::GetFontSize() * 12, 0), progress.c_str());
}

void Editor::drawCorpusPanel() {
    const workspace::Corpus* corpus = workspace_.corpus();
    if (!corpus) return;
    if (!ImGui::CollapsingHeader("Corpus", ImGuiTreeNodeFlags_DefaultOpen)) return;
    // The overview: labels across every document, and where speakers are missing.
    const workspace::DocumentSummary totals = corpus->totals();
    std::size_t most = 1;
    for (const auto& [label, n] : totals.labelCounts) most = std::max(most, n);
    for (const Label& l : workspace_.document().labels) {
        if (l.kind != LabelKind::Span) continue;
        const auto it = totals.labelCounts.find(l.name);
        const std::size_t n = it == totals.labelCounts.end() ? 0 : it->second;
        ImGui::PushStyleColor(ImGuiCol_PlotHistogram, palette_.solid(l.name));
        const std::string text = l.name + "  " + std::to_string(n);
        ImGui::ProgressBar(static_cast<float>(n) / static_cast<float>(most), ImVec2(-1, 0), text.c_str());
        ImGui::PopStyleColor();
    }
    std::size_t missingDocs = 0;
    for (std::size_t i = 0; i < corpus->size(); ++i) missingDocs += corpus->entry(i).summary.unattributed > 0;
    ImGui::Text("Quotes without a speaker: %zu, in %zu documents", totals.unattributed, missingDocs);
    ImGui::BeginChild("documents", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 8), ImGuiChildFlags_Border);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(corpus->size()));
    std::optional<std::size_t> chosen;
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const auto i = static_cast<std::size_t>(row);
            const workspace::Corpus::Entry& e = corpus->entry(i);
            // Done, in progress, not started: a mark and a word, not colour alone.
            const char* status = e.summary.done ? "\xE2\x97\x8F done" : e.summary.spans ? "\xE2\x97\x90 in progress" : "\xE2\x97\x8B not started";
            std::string text = std::to_string(i + 1) + "  " + e.id + "  \xC2\xB7 " + status + " \xC2\xB7 " +
                               std::to_string(e.summary.spans) + " spans";
            if (e.summary.unattributed) text += " \xC2\xB7 " + std::to_string(e.summary.unattributed) + " without speaker";
            ImGui::PushID(row);
            if (ImGui::Selectable(text.c_str(), i == corpus->current())) chosen = i;
            ImGui::PopID();
        }
    }
    ImGui::EndChild();
    if (chosen) workspace_.openEntry(*chosen);
}

}  // namespace spanmark::app
