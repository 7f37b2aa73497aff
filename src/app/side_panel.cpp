#include "app/side_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdlib>

#include "app/imgui_string.hpp"
#include "app/text_line.hpp"
#include "core/utf8.hpp"


namespace spanmark::app {
namespace {

std::string snippet(const Document& doc, const Span& s, std::size_t max = 48) {
    std::string out(doc.text.slice(s.start, std::min(s.end, s.start + max)));
    for (char& c : out)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    if (s.end - s.start > max) out += "\xE2\x80\xA6";  // …
    return out;
}

std::string attributeText(const AttributeValue& v) {
    return std::visit([](const auto& x) -> std::string {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::string>) return x;
        else if constexpr (std::is_same_v<T, bool>) return x ? "true" : "false";
        else {
            std::string s = std::to_string(x);
            if constexpr (std::is_same_v<T, double>) {
                while (s.size() > 1 && s.back() == '0') s.pop_back();
                if (!s.empty() && s.back() == '.') s.pop_back();
            }
            return s;
        }
    }, v);
}

// What a typed value means: true/false, a whole or decimal number, or text.
AttributeValue parseAttribute(const std::string& text) {
    if (text == "true") return true;
    if (text == "false") return false;
    if (!text.empty()) {
        char* end = nullptr;
        const long long i = std::strtoll(text.c_str(), &end, 10);
        if (end && *end == '\0') return static_cast<std::int64_t>(i);
        const double d = std::strtod(text.c_str(), &end);
        if (end && *end == '\0') return d;
    }
    return text;
}

}  // namespace

PanelAction SidePanel::draw(const Document& doc, std::uint64_t revision, std::optional<workspace::Session::Change> change,
                            const Palette& palette, const workspace::Selection& state) {
    PanelAction action;
    if (filter_ != lists_.filter() || (revision != revision_ && !(change && revision == revision_ + 1)))
        lists_.rebuild(doc, filter_);
    else if (revision != revision_)
        lists_.follow(doc, *change->edit, change->undone);
    revision_ = revision;
    drawDetails(doc, palette, state, action);
    drawSpanList(doc, palette, state, action);
    drawQuotes(doc, state, action);
    return action;
}

void SidePanel::drawDetails(const Document& doc, const Palette& palette, const workspace::Selection& state, PanelAction& action) {
    if (!ImGui::CollapsingHeader("Selected span", ImGuiTreeNodeFlags_DefaultOpen)) return;
    const Span* s = doc.annotations.span(state.selectedSpan);
    if (!s) {
        ImGui::TextDisabled("Click a span, or select text and press a label key.");
        editingSpan_.clear();
        return;
    }
    if (editingSpan_ != s->id || (!ImGui::IsAnyItemActive() && note_ != s->note)) {
        editingSpan_ = s->id;
        note_ = s->note;
        attributes_.clear();
        for (const auto& [k, v] : s->attributes) attributes_.emplace_back(k, attributeText(v));
    }
    ImGui::PushStyleColor(ImGuiCol_Text, palette.solid(s->label));
    ImGui::TextUnformatted(s->label.c_str());
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::TextDisabled("%s  [%zu, %zu)  %zu code points", s->id.c_str(), s->start, s->end, s->end - s->start);
    wrappedText(snippet(doc, *s, 400), glyphs_);
    ImGui::TextUnformatted("Note");
    inputTextMultiline("##note", note_, ImVec2(-1, ImGui::GetTextLineHeight() * 2.6f));
    if (ImGui::IsItemDeactivatedAfterEdit() && note_ != s->note) action.edit = edits::setSpanNote(doc, s->id, note_);

    ImGui::TextUnformatted("Attributes");
    bool changed = false;
    int remove = -1;
    for (std::size_t i = 0; i < attributes_.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.4f);
        inputTextWithHint("##key", "name", attributes_[i].first);
        changed |= ImGui::IsItemDeactivatedAfterEdit();
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - 4);
        inputTextWithHint("##value", "value", attributes_[i].second);
        changed |= ImGui::IsItemDeactivatedAfterEdit();
        ImGui::SameLine();
        if (ImGui::SmallButton("\xC3\x97")) remove = static_cast<int>(i);  // ×
        ImGui::PopID();
    }
    if (remove >= 0) {
        attributes_.erase(attributes_.begin() + remove);
        changed = true;
    }
    if (ImGui::SmallButton("+ attribute")) attributes_.emplace_back("", "");
    if (changed) {
        Attributes next;
        for (const auto& [k, v] : attributes_)
            if (!k.empty()) next[k] = parseAttribute(v);
        if (next != s->attributes) action.edit = edits::setSpanAttributes(doc, s->id, next);
    }
}

void SidePanel::drawSpanList(const Document& doc, const Palette& palette, const workspace::Selection& state,
                             PanelAction& action) {
    if (!ImGui::CollapsingHeader("Spans", ImGuiTreeNodeFlags_DefaultOpen)) return;
    ImGui::SetNextItemWidth(-1);
    inputTextWithHint("##filter", "filter spans by text", filter_);
    const float height = ImGui::GetContentRegionAvail().y * 0.55f;
    ImGui::BeginChild("spanlist", ImVec2(0, std::max(height, ImGui::GetTextLineHeight() * 6)), ImGuiChildFlags_Border);
    for (const PanelLists::Group& g : lists_.groups()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette.solid(g.label));
        const std::string title = g.label + "  " + std::to_string(g.spans.size()) +
                                  (g.spans.size() != g.total ? " of " + std::to_string(g.total) : "") + "###" + g.label;
        const bool open = ImGui::TreeNodeEx(title.c_str(), ImGuiTreeNodeFlags_DefaultOpen);
        ImGui::PopStyleColor();
        if (!open) continue;
        // Only the rows in sight are drawn: a long article has tens of thousands.
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(g.spans.size()));
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const Span* s = doc.annotations.span(g.spans[static_cast<std::size_t>(i)].id);
                if (!s) continue;
                ImGui::PushID(s->id.c_str());
                if (selectableText("##span", snippet(doc, *s), s->id == state.selectedSpan, glyphs_)) action.jumpToSpan = s->id;
                ImGui::PopID();
            }
        }
        ImGui::TreePop();
    }
    ImGui::EndChild();
}

void SidePanel::drawQuotes(const Document& doc, const workspace::Selection& state, PanelAction& action) {
    const auto& quotes = lists_.quotes();
    const std::string title = "Quotes  " + std::to_string(quotes.size()) +
                              (lists_.unattributed() ? "  (" + std::to_string(lists_.unattributed()) + " without speaker)" : "") +
                              "###quotes";
    if (!ImGui::CollapsingHeader(title.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
    ImGui::BeginChild("quotes", ImVec2(0, 0), ImGuiChildFlags_Border);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(quotes.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const PanelLists::Quote& q = quotes[static_cast<std::size_t>(i)];
            const Span* s = doc.annotations.span(q.span.id);
            if (!s) continue;
            ImGui::PushID(s->id.c_str());
            std::string who;
            for (const std::string& id : q.speakers)
                if (const Span* speaker = doc.annotations.span(id)) who += (who.empty() ? "" : ", ") + snippet(doc, *speaker, 24);
            if (selectableText("##quote", snippet(doc, *s, 36), s->id == state.selectedSpan, glyphs_)) action.jumpToSpan = s->id;
            ImGui::SameLine();
            if (who.empty()) ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.05f, 1), "\xE2\x80\x94 no speaker");
            else ImGui::TextDisabled("\xE2\x80\x94 %s", who.c_str());
            ImGui::PopID();
        }
    }
    ImGui::EndChild();
}

}  // namespace spanmark::app
