#include "app/layer_compare.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace spanmark::app {
namespace {

std::size_t longestOf(const std::vector<Range>& ranges) {
    std::size_t longest = 0;
    for (const Range& r : ranges) longest = std::max(longest, r.end - r.begin);
    return longest;
}

}  // namespace

const Document& LayerCompare::layer(const workspace::Workspace& ws, std::size_t k) const {
    const workspace::MergeLayers* layers = ws.layers();
    if (layers && k < layers->layers.size()) return layers->layers[k];
    return ws.document();
}

void LayerCompare::rebuild(const workspace::Workspace& ws) {
    const workspace::MergeLayers* layers = ws.layers();
    const std::size_t annotators = layers ? layers->annotators.size() : 0;
    const std::uint64_t load = ws.session().loads();
    if (load != builtLoad_) {
        names_.clear();
        if (layers) names_ = layers->annotators;
        names_.push_back("gold (being curated)");
        // Two annotators side by side to start; with one, that one and the gold.
        choice_[0] = 0;
        choice_[1] = annotators >= 2 ? 1 : annotators;
        nextDifference_ = 0;
        for (std::size_t side = 0; side < 2; ++side) views_[side].reset();
    }
    const bool goldChanged = ws.session().revision() != builtRevision_ && (choice_[0] == annotators || choice_[1] == annotators);
    if (load == builtLoad_ && !goldChanged && choice_[0] == builtChoice_[0] && choice_[1] == builtChoice_[1]) return;
    for (std::size_t side = 0; side < 2; ++side)
        if (load != builtLoad_ || choice_[side] != builtChoice_[side] || choice_[side] == annotators) ++stamp_[side];
    differences_ = workspace::differencesBetween(layer(ws, choice_[0]), layer(ws, choice_[1]));
    longest_[0] = longestOf(differences_.onlyLeft);
    longest_[1] = longestOf(differences_.onlyRight);
    builtLoad_ = load;
    builtRevision_ = ws.session().revision();
    builtChoice_[0] = choice_[0];
    builtChoice_[1] = choice_[1];
}

void LayerCompare::nextDifference() {
    std::vector<Range> all = differences_.onlyLeft;
    all.insert(all.end(), differences_.onlyRight.begin(), differences_.onlyRight.end());
    if (all.empty()) return;
    std::sort(all.begin(), all.end(), [](const Range& a, const Range& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    });
    all.erase(std::unique(all.begin(), all.end()), all.end());
    const Range r = all[nextDifference_ % all.size()];
    nextDifference_ = (nextDifference_ + 1) % all.size();
    views_[0].scrollIntoView(r.begin, r.end);
    views_[1].scrollIntoView(r.begin, r.end);
}

void LayerCompare::draw(const workspace::Workspace& ws, ImFont* text, ImFont* ui, const Palette& palette,
                        workspace::Host& host) {
    rebuild(ws);
    const std::size_t total = differences();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(total ? (std::to_string(total) + (total == 1 ? " span" : " spans") +
                                    " drawn in only one of the two layers, framed in red")
                                       .c_str()
                                 : "The two layers agree on every span");
    ImGui::SameLine();
    if (ImGui::Button("Next difference") && total) nextDifference();
    ImGui::SameLine();
    if (ImGui::Button("Close (Esc)")) open_ = false;

    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float column = std::floor((ImGui::GetContentRegionAvail().x - gap) / 2);
    const SearchHighlights none;
    float scrollTop[2] = {0, 0};
    for (std::size_t side = 0; side < 2; ++side) {
        if (side) ImGui::SameLine();
        ImGui::PushID(static_cast<int>(side));
        ImGui::BeginChild("column", ImVec2(column, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoScrollbar);
        const Document& doc = layer(ws, choice_[side]);
        const std::vector<Range>& only = side ? differences_.onlyRight : differences_.onlyLeft;
        // One click picks a column's layer: every layer's button in sight, wrapped to the column.
        pickers_[side].clear();
        for (std::size_t k = 0; k < names_.size(); ++k) {
            ImGui::PushID(static_cast<int>(k));
            const float width = ImGui::CalcTextSize(names_[k].c_str()).x + ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
            if (k && ImGui::GetItemRectMax().x + gap + width < ImGui::GetWindowPos().x + column) ImGui::SameLine();
            if (ImGui::RadioButton(names_[k].c_str(), k == choice_[side])) choice_[side] = k;
            const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
            pickers_[side].push_back({(a.x + b.x) / 2, (a.y + b.y) / 2});
            ImGui::PopID();
        }
        ImGui::TextDisabled("%s: %zu spans, %zu not in the other", names_[choice_[side]].c_str(), doc.annotations.spanCount(),
                            only.size());
        const MarkedRanges marked{&only, longest_[side], side ? &differences_.rightLabels : &differences_.leftLabels};
        views_[side].draw(doc, stamp_[side], text, ui, palette, selections_[side], none, nullptr, &marked);
        scrollTop[side] = views_[side].metrics().scrollTop;
        ImGui::EndChild();
        ImGui::PopID();
    }
    // The columns hold one text laid out at one width: a scroll of either is the other's too.
    for (std::size_t side = 0; side < 2; ++side) {
        if (scrollTop[side] == scrolled_[side]) continue;
        views_[1 - side].scrollTo(scrollTop[side]);
        scrolled_[0] = scrolled_[1] = scrollTop[side];
        host.requestFrame();
        break;
    }
}

}  // namespace spanmark::app
