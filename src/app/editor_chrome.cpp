// The bars around the text: the toolbar with its Open menu, the label bar,
// the error banner, the notices about drafts and storage, the status bar.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "app/editor.hpp"
#include "app/theme.hpp"

namespace spanmark::app {
namespace {

bool toolbarButton(const char* text, const char* tooltip, bool enabled = true) {
    ImGui::SameLine();
    ImGui::BeginDisabled(!enabled);
    const bool pressed = ImGui::Button(text);
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tooltip);
    return pressed;
}

}  // namespace

void Editor::drawToolbar() {
    const Document& doc = workspace_.document();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("spanmark");
    ImGui::SameLine();
    ImGui::TextDisabled("%s%s%s", doc.id.c_str(), workspace_.hasUnsavedChanges() ? "  \xE2\x80\xA2 unsaved" : "",
                        workspace_.readOnly() ? "  \xE2\x80\xA2 read-only" : "");
    ImGui::SameLine(0, ImGui::GetFontSize() * 2);
    ImGui::Dummy(ImVec2(0, 0));
    if (toolbarButton("Open\xE2\x80\xA6", "Ctrl+O: a file; or work kept from before")) {
        workspace_.listRecent();
        ImGui::OpenPopup("open");
    }
    drawOpenMenu();
    if (toolbarButton("Save", "Ctrl+S: download the spanmark JSON")) workspace_.save();
    if (toolbarButton("Export\xE2\x80\xA6", keysFor(Command::Export)) || exportMenu_) ImGui::OpenPopup("export");
    exportMenu_ = false;
    drawExportMenu();
    const History& history = workspace_.session().history();
    if (toolbarButton("Undo", keysFor(Command::Undo), history.canUndo())) workspace_.undo();
    if (toolbarButton("Redo", keysFor(Command::Redo), history.canRedo())) workspace_.redo();
    if (toolbarButton("Find", keysFor(Command::Find))) search_.open();
    if (toolbarButton("Labels\xE2\x80\xA6", "Add, rename, recolour and re-key labels")) labelEditor_.open(doc);
    if (toolbarButton(dark_ ? "Light" : "Dark", "Switch the colour theme")) dark_ = !dark_;
    if (toolbarButton("A-", "Ctrl+-: smaller text")) textSize_ = std::max(10.0f, textSize_ - 2);
    if (toolbarButton("A+", "Ctrl+=: larger text")) textSize_ = std::min(40.0f, textSize_ + 2);
    if (workspace_.hasLayers() &&
        toolbarButton(compare_.isOpen() ? "Curate" : "Side by side", "Ctrl+D: two layers of the merge side by side, or back to curating"))
        compare_.setOpen(!compare_.isOpen());
    if (toolbarButton("Keys ?", keysFor(Command::Help))) help_ = !help_;
}

// A file, or the work kept in drafts: each with when it was stored and how many spans it holds.
void Editor::drawOpenMenu() {
    if (!ImGui::BeginPopup("open")) return;
    if (ImGui::Selectable("Choose a file\xE2\x80\xA6  Ctrl+O")) host_.pickFileToOpen();
    ImGui::Separator();
    const auto& recent = workspace_.recent();
    ImGui::TextDisabled(recent.empty() ? "No unsaved work kept in this browser" : "Unsaved work kept here:");
    for (const workspace::DraftInfo& d : recent) {
        const std::string text = d.id + "  \xC2\xB7 " + workspace::describeTime(d.savedAt) + " \xC2\xB7 " +
                                 std::to_string(d.spans) + (d.spans == 1 ? " span" : " spans");
        ImGui::PushID(d.key.c_str());
        if (ImGui::Selectable(text.c_str())) workspace_.openDraft(d.key);
        ImGui::PopID();
    }
    if (!recent.empty())
        ImGui::TextDisabled("Drafts hold %.1f MB in all; the oldest go past the bound.",
                            static_cast<double>(workspace_.draftBytes()) / (1024.0 * 1024.0));
    ImGui::EndPopup();
}

// Each format with its number key, so Ctrl+E and a digit export without the mouse.
void Editor::drawExportMenu() {
    if (!ImGui::BeginPopup("export")) return;
    menuHasKeys_ = true;
    static const std::pair<const char*, const char*> kExports[] = {
        {"1  doccano JSONL", "doccano"}, {"2  Label Studio JSON", "labelstudio"}, {"3  spaCy / Prodigy JSONL", "spacy"},
        {"4  brat (.txt + .ann)", "brat"}, {"5  CoNLL IOB2", "conll"}, {"6  plain text", "text"}};
    for (int i = 0; i < 6; ++i) {
        const auto& [title, format] = kExports[i];
        const bool key = ImGui::IsKeyPressed(static_cast<ImGuiKey>(ImGuiKey_1 + i), false);
        if (ImGui::Selectable(title) || key) {
            workspace_.exportAs(format);
            ImGui::CloseCurrentPopup();
        }
    }
    ImGui::EndPopup();
}

void Editor::drawLabelBar() {
    const Document& doc = workspace_.document();
    for (const Label& l : doc.labels) {
        if (l.kind != LabelKind::Span) continue;
        ImGui::PushID(l.name.c_str());
        ImGui::PushStyleColor(ImGuiCol_Button, palette_.solid(l.name));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, palette_.solid(l.name));
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
        const std::string text = (l.key.empty() ? "" : l.key + "  ") + l.name;
        if (ImGui::Button(text.c_str())) workspace_.applyLabel(l.name);
        ImGui::PopStyleColor(3);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Press %s to label the selection %s", l.key.empty() ? "this" : l.key.c_str(), l.name.c_str());
        ImGui::PopID();
        ImGui::SameLine();
    }
    for (const Label& l : doc.labels) {
        if (l.kind != LabelKind::Relation) continue;
        ImGui::TextDisabled("%s%s: %s \xE2\x86\x92 %s", l.key.empty() ? "" : (l.key + "  ").c_str(), l.name.c_str(),
                            workspace::joinedWithOr(l.from).c_str(), workspace::joinedWithOr(l.to).c_str());
        ImGui::SameLine();
    }
    ImGui::NewLine();
}

void Editor::drawErrorBanner() {
    if (workspace_.error().empty()) return;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme().error);
    ImGui::PushStyleColor(ImGuiCol_Text, theme().errorInk);
    const float height = ImGui::GetTextLineHeight() * 2 + ImGui::GetStyle().WindowPadding.y * 2;
    ImGui::BeginChild("error", ImVec2(0, height), ImGuiChildFlags_AlwaysUseWindowPadding);
    ImGui::TextWrapped("Could not open: %s", workspace_.error().c_str());
    ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize("Dismiss").x - 12);
    if (ImGui::SmallButton("Dismiss")) workspace_.dismissError();
    ImGui::EndChild();
    ImGui::PopStyleColor(2);
}

void Editor::drawNotices() {
    if (!workspace_.draftNotice().empty()) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(workspace_.draftNotice().c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton("Keep")) workspace_.keepDraft();
        // In a corpus the restored work spans many documents: it is kept, not discarded piecemeal.
        if (!workspace_.corpus()) {
            ImGui::SameLine();
            if (ImGui::SmallButton("Discard it and reopen the file")) workspace_.discardDraft();
        }
    }
    const auto& offered = workspace_.offeredDrafts();
    for (std::size_t i = 0; i < offered.size(); ++i) {
        const workspace::DraftInfo& d = offered[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::AlignTextToFramePadding();
        ImGui::Text("An older version of this document has unsaved work (%s, %zu span%s):",
                    workspace::describeTime(d.savedAt).c_str(), d.spans, d.spans == 1 ? "" : "s");
        ImGui::SameLine();
        if (ImGui::SmallButton("Open it")) workspace_.openDraft(d.key);
        ImGui::SameLine();
        if (ImGui::SmallButton("Discard")) workspace_.dismissOffer(i);
        ImGui::PopID();
    }
    const std::string warning = workspace_.storageWarning();
    // Said on stderr too (the console on the page), once each: a log keeps what a glance may miss.
    const std::string& said = !warning.empty() ? warning : workspace_.error();
    if (said != loggedWarning_) {
        if (!said.empty()) std::fprintf(stderr, "spanmark: %s\n", said.c_str());
        loggedWarning_ = said;
    }
    if (!warning.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme().errorInk);
        ImGui::TextWrapped("%s", warning.c_str());
        ImGui::PopStyleColor();
        if (workspace_.readOnly() && ImGui::SmallButton("Take over here")) workspace_.takeOver();
    }
}

void Editor::drawStatusBar() {
    const Document& doc = workspace_.document();
    const workspace::Selection& selection = workspace_.selection();
    ImGui::Separator();
    ImGui::TextDisabled("%zu spans \xC2\xB7 %zu relations \xC2\xB7 caret %zu", doc.annotations.spanCount(),
                        doc.annotations.relationCount(), selection.caret);
    if (selection.hasSelection()) {
        ImGui::SameLine();
        ImGui::TextDisabled("\xC2\xB7 selection [%zu, %zu)", selection.range().begin, selection.range().end);
    }
    ImGui::SameLine();
    const bool unsaved = workspace_.hasUnsavedChanges();
    const char* stored = !unsaved ? "" : workspace_.readOnly() ? " (read-only here)"
                                     : !workspace_.autosave().error().empty() ? " (NOT kept: see the warning)"
                                     : workspace_.autosave().durable()        ? " (kept in a draft)"
                                                                              : " (storing\xE2\x80\xA6)";
    ImGui::TextDisabled("\xC2\xB7 %s%s", unsaved ? "unsaved changes" : "saved", stored);
    if (!workspace_.status().empty()) {
        ImGui::SameLine();
        ImGui::TextUnformatted(("\xC2\xB7 " + workspace_.status()).c_str());
    }
}

void Editor::drawRelationChoice() {
    if (!workspace_.relationChoices().empty() && !ImGui::IsPopupOpen("relation-choice")) ImGui::OpenPopup("relation-choice");
    if (ImGui::BeginPopup("relation-choice")) {
        ImGui::TextDisabled("Which relation?");
        const std::vector<std::string> choices = workspace_.relationChoices();
        for (const std::string& label : choices)
            if (ImGui::Selectable(label.c_str())) workspace_.chooseRelation(label);
        ImGui::EndPopup();
    } else {
        workspace_.cancelRelationChoice();
    }
}

}  // namespace spanmark::app
