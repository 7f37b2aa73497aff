#include "app/editor.hpp"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>

#include "app/embedded_assets.hpp"
#include "app/help_overlay.hpp"
#include "app/suggestion_panel.hpp"
#include "app/theme.hpp"
#include "core/unicode.hpp"
#include "core/utf8.hpp"
#include "core/sha256.hpp"
#include "formats/any_format.hpp"
#include "formats/document_json.hpp"

namespace spanmark::app {
namespace {

// The ImGui key for a label's key character, for Alt+key (which types nothing).
ImGuiKey keyForCharacter(const std::string& key) {
    if (key.size() != 1) return ImGuiKey_None;
    const char c = key[0];
    if (c >= '0' && c <= '9') return static_cast<ImGuiKey>(ImGuiKey_0 + (c - '0'));
    if (c >= 'a' && c <= 'z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'a'));
    if (c >= 'A' && c <= 'Z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'A'));
    return ImGuiKey_None;
}

std::vector<const Label*> relationLabels(const Document& doc, const std::string& from, const std::string* to) {
    std::vector<const Label*> out;
    for (const Label& l : doc.labels) {
        if (l.kind != LabelKind::Relation) continue;
        if (std::find(l.from.begin(), l.from.end(), from) == l.from.end()) continue;
        if (to && std::find(l.to.begin(), l.to.end(), *to) == l.to.end()) continue;
        out.push_back(&l);
    }
    return out;
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : " or ") + n;
    return out;
}

}  // namespace

Editor::Editor(Host& host) : host_(host) {
    session_.load(assets::sampleArticle(), "sample-article.txt");
    opened(assets::sampleArticle(), "sample-article.txt");
}

void Editor::opened(std::string_view contents, std::string_view name) {
    const Document& doc = session_.document();
    draftKey_ = doc.id + ":" + sha256Hex(doc.text.bytes());
    openedContents_.assign(contents);
    openedName_.assign(name);
    storedRevision_ = session_.revision();
    draftNotice_.clear();
    host_.findDraft(draftKey_);
}

void Editor::restoreDraft(const std::string& key, std::string_view contents, const std::string& savedAt) {
    if (corpus_) {
        if (corpus_->restore(key, contents)) {
            restoredEntries_ = 0;
            for (std::size_t i = 0; i < corpus_->size(); ++i) restoredEntries_ += corpus_->entry(i).restored;
            corpusDirty_ = true;
            draftNotice_ = "Restored unsaved work in " + std::to_string(restoredEntries_) + " document" +
                           (restoredEntries_ == 1 ? "" : "s") + ", the newest from " + savedAt + ".";
            host_.requestFrame();
        }
    }
    if (key != draftKey_) return;  // another document was opened meanwhile
    if (auto error = session_.load(contents, openedName_)) {
        storageWarning_ = "A stored draft of this document could not be read (" + error->describe() + "); it was left as it is.";
        return;
    }
    state_ = {};
    textView_.reset();
    session_.markUnsaved();
    storedRevision_ = session_.revision();
    if (!corpus_) draftNotice_ = "Restored unsaved work from " + savedAt + ".";
    message_ = draftNotice_;
    host_.requestFrame();
}

void Editor::discardDraft() {
    host_.dropDraft(draftKey_);
    if (auto error = session_.load(openedContents_, openedName_)) return;  // it loaded before
    state_ = {};
    textView_.reset();
    storedRevision_ = session_.revision();
    draftNotice_.clear();
    message_ = "Discarded the restored work";
}

void Editor::storageFailed(std::string message) {
    storageWarning_ = "Autosave is off: " + message + ". Your work stays in this tab; save it with Ctrl+S.";
    host_.requestFrame();
}

// Every change is stored as it happens: an edit is a person's action, so
// this is one write per keystroke at most, and nothing waits on a timer.
void Editor::autosave() {
    if (session_.revision() == storedRevision_) return;
    const auto started = std::chrono::steady_clock::now();
    storedRevision_ = session_.revision();
    host_.storeDraft(draftKey_, session_.save());
    lastAutosaveMs_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    if (corpus_) {
        corpus_->update(corpus_->current(), session_.document());
        corpusDirty_ = true;
    }
}

void Editor::openEntry(std::size_t index) {
    if (!corpus_ || index >= corpus_->size()) return;
    if (session_.history().canUndo() || session_.history().canRedo()) corpus_->update(corpus_->current(), session_.document());
    const Corpus::Entry& entry = corpus_->entry(index);
    if (auto error = session_.load(entry.line, entry.id + ".json")) {
        showError(entry.id + ": " + error->describe());
        return;
    }
    corpus_->setCurrent(index);
    state_ = {};
    textView_.reset();
    const std::string notice = draftNotice_;
    opened(entry.line, entry.id + ".json");
    draftNotice_ = notice;  // the corpus-wide notice stays
    message_ = "Document " + std::to_string(index + 1) + " of " + std::to_string(corpus_->size()) + ": " + entry.id;
    host_.requestFrame();
}

void Editor::toggleDone() {
    const Document& doc = session_.document();
    const bool done = formats::metaValue(doc.metaJson, "status") == "done";
    Edit e{done ? "mark not done" : "mark done", {op::ChangeMeta{doc.metaJson, formats::metaWith(doc.metaJson, "status", done ? "" : "done")}}};
    if (apply(std::move(e))) message_ = done ? "Marked not done" : "Marked done";
}

void Editor::drawCorpusBar() {
    if (!corpus_) return;
    const std::size_t i = corpus_->current();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%s", corpus_->name().c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("document %zu of %zu:", i + 1, corpus_->size());
    ImGui::SameLine();
    ImGui::TextUnformatted(session_.document().id.c_str());
    ImGui::SameLine();
    ImGui::BeginDisabled(i == 0);
    if (ImGui::SmallButton("\xE2\x80\xB9 Previous  Alt+\xE2\x86\x90")) openEntry(i - 1);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(i + 1 >= corpus_->size());
    if (ImGui::SmallButton("Next \xE2\x80\xBA  Alt+\xE2\x86\x92")) openEntry(i + 1);
    ImGui::EndDisabled();
    ImGui::SameLine();
    const bool done = corpus_->entry(i).summary.done;
    if (ImGui::SmallButton(done ? "\xE2\x9C\x93 Done  Ctrl+Enter" : "Mark done  Ctrl+Enter")) toggleDone();
    ImGui::SameLine();
    const std::size_t finished = corpus_->doneCount();
    const std::string progress = std::to_string(finished) + " / " + std::to_string(corpus_->size()) + " done";
    ImGui::ProgressBar(static_cast<float>(finished) / static_cast<float>(corpus_->size()),
                       ImVec2(ImGui::GetFontSize() * 12, 0), progress.c_str());
}

void Editor::drawCorpusPanel() {
    if (!corpus_) return;
    if (!ImGui::CollapsingHeader("Corpus", ImGuiTreeNodeFlags_DefaultOpen)) return;
    // The overview: labels across every document, and where speakers are missing.
    const DocumentSummary totals = corpus_->totals();
    std::size_t most = 1;
    for (const auto& [label, n] : totals.labelCounts) most = std::max(most, n);
    for (const Label& l : session_.document().labels) {
        if (l.kind != LabelKind::Span) continue;
        const auto it = totals.labelCounts.find(l.name);
        const std::size_t n = it == totals.labelCounts.end() ? 0 : it->second;
        ImGui::PushStyleColor(ImGuiCol_PlotHistogram, palette_.solid(l.name));
        const std::string text = l.name + "  " + std::to_string(n);
        ImGui::ProgressBar(static_cast<float>(n) / static_cast<float>(most), ImVec2(-1, 0), text.c_str());
        ImGui::PopStyleColor();
    }
    std::size_t missingDocs = 0;
    for (std::size_t i = 0; i < corpus_->size(); ++i) missingDocs += corpus_->entry(i).summary.unattributed > 0;
    ImGui::Text("Quotes without a speaker: %zu, in %zu documents", totals.unattributed, missingDocs);
    ImGui::BeginChild("documents", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 8), ImGuiChildFlags_Border);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(corpus_->size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const auto i = static_cast<std::size_t>(row);
            const Corpus::Entry& e = corpus_->entry(i);
            // Done, in progress, not started: a mark and a word, not colour alone.
            const char* status = e.summary.done ? "\xE2\x97\x8F done" : e.summary.spans ? "\xE2\x97\x90 in progress" : "\xE2\x97\x8B not started";
            std::string text = std::to_string(i + 1) + "  " + e.id + "  \xC2\xB7 " + status + " \xC2\xB7 " +
                               std::to_string(e.summary.spans) + " spans";
            if (e.summary.unattributed) text += " \xC2\xB7 " + std::to_string(e.summary.unattributed) + " without speaker";
            ImGui::PushID(row);
            if (ImGui::Selectable(text.c_str(), i == corpus_->current())) openEntry(i);
            ImGui::PopID();
        }
    }
    ImGui::EndChild();
}

std::string Editor::load(std::string_view contents, std::string_view name) {
    // Another tool's file is read into spanmark documents first.
    const std::string format = formats::guessFormat(name, contents);
    if (format == "doccano" || format == "labelstudio" || format == "spacy" || format == "conll") {
        auto imported = formats::readFormat(contents, name, format);
        if (!imported) {
            std::string message = std::string(name) + " (" + format + "): " + imported.error().describe();
            showError(message);
            return message;
        }
        std::vector<const Document*> docs;
        for (const Document& d : imported->documents) docs.push_back(&d);
        std::vector<std::string> dropped;
        const auto files = formats::writeFormat(docs, "spanmark", dropped);
        std::string error = load(files.front().contents, name);
        if (error.empty())
            message_ = "Imported " + std::to_string(docs.size()) + " document" + (docs.size() == 1 ? "" : "s") + " from " +
                       format + (imported->warnings.empty() ? "" : " (" + imported->warnings.front() + ")");
        return error;
    }
    // A labels file applies its set to the open document instead of replacing it.
    if (formats::isLabelsFile(contents)) {
        auto labels = formats::readLabelsFile(contents);
        std::string problem;
        if (!labels) problem = labels.error().describe();
        else if (auto e = session_.apply(edits::setLabels(session_.document(), std::move(labels.value()))))
            problem = "these labels do not fit the open document: " + e->describe();
        if (!problem.empty()) {
            showError(std::string(name) + ": " + problem);
            return std::string(name) + ": " + problem;
        }
        message_ = "Labels from " + std::string(name) + " applied";
        host_.requestFrame();
        return {};
    }
    if (formats::looksLikeCorpus(contents)) {
        auto corpus = Corpus::read(contents, name);
        if (!corpus) {
            std::string message = std::string(name) + ": " + corpus.error().describe();
            showError(message);
            return message;
        }
        if (corpus->size() > 1) {
            corpus_ = std::move(corpus.value());
            corpusDirty_ = false;
            restoredEntries_ = 0;
            error_.clear();
            openEntry(0);
            for (std::size_t i = 0; i < corpus_->size(); ++i) host_.findDraft(corpus_->entry(i).draftKey);
            message_ = "Opened " + std::to_string(corpus_->size()) + " documents from " + std::string(name);
            return {};
        }
    }
    if (auto error = session_.load(contents, name)) {
        std::string message = std::string(name) + ": " + error->describe();
        showError(message);
        return message;
    }
    corpus_.reset();
    corpusDirty_ = false;
    state_ = {};
    error_.clear();
    textView_.reset();
    message_ = "Opened " + session_.document().id;
    opened(contents, name);
    host_.requestFrame();
    return {};
}

void Editor::showError(std::string message) {
    error_ = std::move(message);
    host_.requestFrame();
}

bool Editor::updateFonts(float displayScale) {
    const bool atlas = displayScale != scale_ || textSize_ != builtTextSize_;
    if (!atlas && dark_ == builtDark_) return false;
    scale_ = displayScale;
    builtTextSize_ = textSize_;
    builtDark_ = dark_;
    if (atlas) fonts_ = buildFonts(displayScale, textSize_);
    applyTheme(displayScale, dark_);
    return atlas;
}

bool Editor::apply(Edit edit) {
    const bool changes = !edit.empty();  // an empty edit is not recorded
    if (auto error = session_.apply(std::move(edit))) {
        message_ = "Not done: " + error->describe();
        return false;
    }
    // The review follows what changed: the edit as the history now holds it.
    if (changes) review_.afterEdit(session_.document(), *session_.history().nextUndo(), false);
    return true;
}

void Editor::drawFrame() {
    ++frames_;
    const Document& doc = session_.document();
    palette_.build(doc.labels, dark_);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::PushFont(fonts_.ui);
    ImGui::Begin("spanmark", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    // Tab belongs to the span commands, not to moving between fields.
    ImGui::PushTabStop(false);
    drawToolbar();
    drawLabelBar();
    drawCorpusBar();
    const SearchAction searchAction = search_.draw(doc, session_.loads(), palette_);
    drawErrorBanner();
    drawNotices();

    const float statusHeight = ImGui::GetFrameHeightWithSpacing();
    const float sideWidth = std::round(std::min(ImGui::GetContentRegionAvail().x * 0.32f, ImGui::GetFontSize() * 24));
    ImGui::BeginChild("main", ImVec2(ImGui::GetContentRegionAvail().x - sideWidth, -statusHeight), ImGuiChildFlags_None,
                      ImGuiWindowFlags_NoScrollbar);
    const bool suggestionsShown = showSuggestions_ && !suggestionsPending_;
    const std::optional<TextClick> click = textView_.draw(doc, session_.revision(), fonts_.text, fonts_.ui, palette_, state_,
                                                          search_.highlights(), suggestionsShown ? &review_ : nullptr);
    // A selection of the person's own takes the keyboard away from the suggestions.
    if (state_.hasSelection() || !state_.selectedSpan.empty() || !state_.selectedRelation.empty()) reviewing_ = false;
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("side", ImVec2(0, -statusHeight));
    drawCorpusPanel();
    const SuggestionPanelAction suggestionAction = drawSuggestionPanel(review_, palette_, showSuggestions_, suggestionsPending_);
    PanelAction panelAction = sidePanel_.draw(doc, session_.revision(), palette_, state_);
    ImGui::EndChild();
    drawStatusBar();

    if (!relationChoices_.empty()) ImGui::OpenPopup("relation-choice");
    if (ImGui::BeginPopup("relation-choice")) {
        ImGui::TextDisabled("Which relation?");
        for (const std::string& label : relationChoices_) {
            if (ImGui::Selectable(label.c_str())) {
                apply(edits::addRelation(doc, label, state_.relationSource, relationTarget_));
                state_.relationSource.clear();
                relationChoices_.clear();
            }
        }
        ImGui::EndPopup();
    } else {
        relationChoices_.clear();
    }
    if (help_) help_ = drawHelpOverlay();
    const LabelEditorAction labelAction = labelEditor_.draw(doc);
    ImGui::PopTabStop();
    ImGui::End();
    ImGui::PopFont();

    if (click) handleClick(*click);
    if (searchAction.show) {
        state_.select(*searchAction.show);
        textView_.scrollIntoView(searchAction.show->begin, searchAction.show->end);
    }
    if (searchAction.labelAll) labelAllMatches(*searchAction.labelAll);
    if (panelAction.jumpToSpan) selectSpan(*panelAction.jumpToSpan, true);
    if (panelAction.edit) apply(std::move(*panelAction.edit));
    if (labelAction.apply && apply(std::move(*labelAction.apply))) message_ = "Labels changed";
    if (labelAction.exportFile) host_.offerFile("labels.json", formats::writeLabelsFile(session_.document().labels));
    if (suggestionAction.toggleShown) {
        showSuggestions_ = !showSuggestions_;
        reviewing_ = false;
    }
    if (suggestionAction.review) stepSuggestion(1);
    if (suggestionAction.acceptAll) acceptAllSuggestions(*suggestionAction.acceptAll);
    handleKeys();
    autosave();
    syncSuggestions();
}

// A newly opened document gets its suggestions a moment after it is first
// drawn, a step a frame, so the text never waits for the rules.
constexpr int kSuggestAfterMs = 150;

void Editor::syncSuggestions() {
    const std::uint64_t load = session_.loads();
    if (load != reviewedLoad_) {
        reviewedLoad_ = load;
        review_.clear();
        reviewing_ = false;
        suggestionsPending_ = true;
        suggestionRun_.emplace();
        // What `spanmark suggest` marked in the file is reviewed like the rest, as one undoable step.
        suggest::Marked marked = suggest::takeMarked(session_.document());
        markedSuggestions_ = {};
        if (!marked.removal.empty() && apply(std::move(marked.removal))) {
            markedSuggestions_ = std::move(marked.suggestions);
            message_ = std::to_string(markedSuggestions_.spans.size()) + " span(s) and " +
                       std::to_string(markedSuggestions_.relations.size()) +
                       " relation(s) marked \"suggested\" in the file are open for review (Tab); Ctrl+Z keeps them as spans";
        }
        host_.requestFrameAfter(kSuggestAfterMs);
        return;
    }
    if (!suggestionRun_) return;
    if (suggestionRun_->step(session_.document())) {
        suggest::Suggestions found = suggestionRun_->take();
        if (!markedSuggestions_.empty()) suggest::mergeInto(found, std::move(markedSuggestions_), session_.document());
        markedSuggestions_ = {};
        review_.adopt(std::move(found));
        suggestionRun_.reset();
        suggestionsPending_ = false;
    }
    host_.requestFrame();
}

void Editor::stepSuggestion(int direction) {
    if (!reviewing_) review_.leave();  // start from the caret, not from where the review was left
    if (!review_.step(direction, state_.caret)) {
        reviewing_ = false;
        message_ = "No open suggestions";
        return;
    }
    showCurrentSuggestion();
    message_ = "Suggested " + message_;
}

void Editor::showCurrentSuggestion() {
    reviewing_ = true;
    const Range r = review_.currentRange();
    state_.placeCaret(r.begin);
    textView_.scrollIntoView(r.begin, r.end);
    const Text& text = session_.document().text;
    auto quoted = [&](Range x) { return std::string(text.slice(x.begin, std::min(x.end, x.begin + 50))); };
    const suggest::RelationSuggestion* speaker = review_.currentRelation();
    const std::string what = speaker ? speaker->label + ": " + quoted(speaker->to) + " said " + quoted(speaker->from)
                                     : review_.currentLabel() + ": " + quoted(r);
    message_ = what + " (" + std::to_string(review_.openCount()) + " open) \xC2\xB7 Enter accepts \xC2\xB7 Del rejects";
}

// After a suggestion was decided: on to the next open one, saying what was done.
void Editor::moveOnFrom(const std::string& done) {
    if (reviewing_ && review_.advance()) {
        showCurrentSuggestion();
        message_ = done + "; next, " + message_;
    } else {
        reviewing_ = false;
        message_ = done + (review_.openCount() ? "" : "; no open suggestions left");
    }
    host_.requestFrame();
}

void Editor::acceptSuggestion() {
    const std::string label = review_.currentLabel();
    if (apply(review_.acceptCurrent(session_.document()))) moveOnFrom("Accepted " + label);
}

void Editor::acceptAllSuggestions(const std::string& label) {
    const Edit edit = review_.acceptAll(session_.document(), label);
    std::size_t spans = 0, relations = 0;
    for (const Operation& o : edit.operations) (std::holds_alternative<op::AddSpan>(o) ? spans : relations)++;
    if (edit.empty() || !apply(edit)) return;
    moveOnFrom("Accepted " + std::to_string(spans) + " span(s) and " + std::to_string(relations) +
               " relation(s) suggested as " + label + " (one undo step)");
}

void Editor::rejectSuggestion() {
    const std::string label = review_.currentLabel();
    review_.rejectCurrent();
    moveOnFrom("Rejected " + label);
}

void Editor::drawNotices() {
    if (!draftNotice_.empty()) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(draftNotice_.c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton("Keep")) draftNotice_.clear();
        // In a corpus the restored work spans many documents: it is kept, not discarded piecemeal.
        if (!corpus_) {
            ImGui::SameLine();
            if (ImGui::SmallButton("Discard it and reopen the file")) discardDraft();
        }
    }
    if (!storageWarning_.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme().errorInk);
        ImGui::TextWrapped("%s", storageWarning_.c_str());
        ImGui::PopStyleColor();
    }
}

void Editor::drawToolbar() {
    const Document& doc = session_.document();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("spanmark");
    ImGui::SameLine();
    ImGui::TextDisabled("%s%s", doc.id.c_str(), hasUnsavedChanges() ? "  \xE2\x80\xA2 unsaved" : "");
    auto button = [](const char* text, const char* keys, bool enabled = true) {
        ImGui::SameLine();
        ImGui::BeginDisabled(!enabled);
        const bool pressed = ImGui::Button(text);
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", keys);
        return pressed;
    };
    ImGui::SameLine(0, ImGui::GetFontSize() * 2);
    ImGui::Dummy(ImVec2(0, 0));
    if (button("Open\xE2\x80\xA6", "Ctrl+O")) host_.pickFileToOpen();
    if (button("Save", "Ctrl+S: download the spanmark JSON")) saveToFile();
    if (button("Export\xE2\x80\xA6", "Download in another tool's format")) ImGui::OpenPopup("export");
    if (ImGui::BeginPopup("export")) {
        static const std::pair<const char*, const char*> kExports[] = {
            {"doccano JSONL", "doccano"}, {"Label Studio JSON", "labelstudio"}, {"spaCy / Prodigy JSONL", "spacy"},
            {"brat (.txt + .ann)", "brat"}, {"CoNLL IOB2", "conll"}, {"plain text", "text"}};
        for (const auto& [title, format] : kExports)
            if (ImGui::Selectable(title)) exportAs(format);
        ImGui::EndPopup();
    }
    if (button("Undo", "Ctrl+Z", session_.history().canUndo())) undo();
    if (button("Redo", "Ctrl+Shift+Z or Ctrl+Y", session_.history().canRedo())) redo();
    if (button("Find", "Ctrl+F")) search_.open();
    if (button("Labels\xE2\x80\xA6", "Add, rename, recolour and re-key labels")) labelEditor_.open(doc);
    if (button(dark_ ? "Light" : "Dark", "Switch the colour theme")) dark_ = !dark_;
    if (button("A-", "Ctrl+-: smaller text")) textSize_ = std::max(10.0f, textSize_ - 2);
    if (button("A+", "Ctrl+=: larger text")) textSize_ = std::min(40.0f, textSize_ + 2);
    if (button("Keys ?", "? or F1: every key")) help_ = !help_;
}

void Editor::drawLabelBar() {
    const Document& doc = session_.document();
    for (const Label& l : doc.labels) {
        if (l.kind != LabelKind::Span) continue;
        ImGui::PushID(l.name.c_str());
        ImGui::PushStyleColor(ImGuiCol_Button, palette_.solid(l.name));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, palette_.solid(l.name));
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
        const std::string text = (l.key.empty() ? "" : l.key + "  ") + l.name;
        if (ImGui::Button(text.c_str())) applyLabel(l.name);
        ImGui::PopStyleColor(3);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Press %s to label the selection %s", l.key.empty() ? "this" : l.key.c_str(), l.name.c_str());
        ImGui::PopID();
        ImGui::SameLine();
    }
    for (const Label& l : doc.labels) {
        if (l.kind != LabelKind::Relation) continue;
        ImGui::TextDisabled("%s%s: %s \xE2\x86\x92 %s", l.key.empty() ? "" : (l.key + "  ").c_str(), l.name.c_str(),
                            joined(l.from).c_str(), joined(l.to).c_str());
        ImGui::SameLine();
    }
    ImGui::NewLine();
}

void Editor::drawErrorBanner() {
    if (error_.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme().error);
    ImGui::PushStyleColor(ImGuiCol_Text, theme().errorInk);
    const float height = ImGui::GetTextLineHeight() * 2 + ImGui::GetStyle().WindowPadding.y * 2;
    ImGui::BeginChild("error", ImVec2(0, height), ImGuiChildFlags_AlwaysUseWindowPadding);
    ImGui::TextWrapped("Could not open: %s", error_.c_str());
    ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize("Dismiss").x - 12);
    if (ImGui::SmallButton("Dismiss")) error_.clear();
    ImGui::EndChild();
    ImGui::PopStyleColor(2);
}

void Editor::drawStatusBar() {
    const Document& doc = session_.document();
    ImGui::Separator();
    ImGui::TextDisabled("%zu spans \xC2\xB7 %zu relations \xC2\xB7 caret %zu", doc.annotations.spanCount(),
                        doc.annotations.relationCount(), state_.caret);
    if (state_.hasSelection()) {
        ImGui::SameLine();
        ImGui::TextDisabled("\xC2\xB7 selection [%zu, %zu)", state_.selection().begin, state_.selection().end);
    }
    ImGui::SameLine();
    ImGui::TextDisabled("\xC2\xB7 %s", hasUnsavedChanges() ? "unsaved changes" : "saved");
    if (!message_.empty()) {
        ImGui::SameLine();
        ImGui::TextUnformatted(("\xC2\xB7 " + message_).c_str());
    }
}

void Editor::handleKeys() {
    ImGuiIO& io = ImGui::GetIO();
    const bool typing = io.WantTextInput;
    auto chord = [](ImGuiKeyChord c) { return ImGui::IsKeyChordPressed(c); };
    if (!typing && chord(ImGuiMod_Ctrl | ImGuiKey_Z)) undo();
    if (!typing && (chord(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Z) || chord(ImGuiMod_Ctrl | ImGuiKey_Y))) redo();
    if (chord(ImGuiMod_Ctrl | ImGuiKey_S)) saveToFile();
    if (chord(ImGuiMod_Ctrl | ImGuiKey_O)) host_.pickFileToOpen();
    if (chord(ImGuiMod_Ctrl | ImGuiKey_F)) search_.open();
    if (chord(ImGuiMod_Ctrl | ImGuiKey_Equal) || chord(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Equal))
        textSize_ = std::min(40.0f, textSize_ + 2);
    if (chord(ImGuiMod_Ctrl | ImGuiKey_Minus)) textSize_ = std::max(10.0f, textSize_ - 2);
    if (ImGui::IsKeyPressed(ImGuiKey_F1)) help_ = !help_;
    if (corpus_ && !typing) {
        if (chord(ImGuiMod_Alt | ImGuiKey_RightArrow) && corpus_->current() + 1 < corpus_->size()) openEntry(corpus_->current() + 1);
        if (chord(ImGuiMod_Alt | ImGuiKey_LeftArrow) && corpus_->current() > 0) openEntry(corpus_->current() - 1);
        if (chord(ImGuiMod_Ctrl | ImGuiKey_Enter)) toggleDone();
    }
    if (ImGui::IsKeyPressed(ImGuiKey_Escape) && !help_) {
        if (reviewing_) {
            reviewing_ = false;
            message_ = "Left the suggestions (Tab returns)";
        } else if (!state_.relationSource.empty()) {
            state_.relationSource.clear();
            message_ = "Linking cancelled";
        } else if (search_.isOpen()) {
            search_.close();
        } else {
            state_.placeCaret(state_.caret);
        }
    }
    // Alt+label key labels every search match, even while typing in the search field.
    if (search_.isOpen() && io.KeyAlt && !io.KeyCtrl)
        for (const Label& l : session_.document().labels)
            if (l.kind == LabelKind::Span && keyForCharacter(l.key) != ImGuiKey_None &&
                ImGui::IsKeyPressed(keyForCharacter(l.key), false))
                labelAllMatches(l.name);
    if (typing) return;

    if (!io.KeyCtrl && !io.KeyAlt)
        for (ImWchar c : io.InputQueueCharacters) {
            std::string key;
            utf8::append(key, c);
            handleLabelKey(key, false);
        }
    const bool onSuggestion = reviewing_ && showSuggestions_ && review_.hasCurrent();
    if (ImGui::IsKeyPressed(ImGuiKey_Delete) || ImGui::IsKeyPressed(ImGuiKey_Backspace)) {
        if (onSuggestion) rejectSuggestion();
        else deleteSelected();
    }
    if (ImGui::IsKeyPressed(ImGuiKey_Tab)) {
        if (showSuggestions_ && !suggestionsPending_ && review_.openCount() > 0) stepSuggestion(io.KeyShift ? -1 : 1);
        else stepSpan(io.KeyShift ? -1 : 1);
    }
    if (onSuggestion && !io.KeyCtrl && (ImGui::IsKeyPressed(ImGuiKey_Enter) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter))) {
        if (io.KeyShift) acceptAllSuggestions(review_.currentLabel());
        else acceptSuggestion();
    }

    const Text& text = session_.document().text;
    const bool left = ImGui::IsKeyPressed(ImGuiKey_LeftArrow), right = ImGui::IsKeyPressed(ImGuiKey_RightArrow);
    if ((left || right) && io.KeyShift && !state_.selectedSpan.empty()) {
        resizeSelected(io.KeyAlt, right ? 1 : -1);
        return;
    }
    if (io.KeyAlt) return;
    if (left || right) {
        std::size_t to;
        if (!io.KeyShift && state_.hasSelection()) to = left ? state_.selection().begin : state_.selection().end;
        else if (io.KeyCtrl) to = left ? previousWordStart(text, state_.caret) : nextWordEnd(text, state_.caret);
        else to = left ? previousGraphemeBoundary(text, state_.caret) : nextGraphemeBoundary(text, state_.caret);
        moveCaret(to, io.KeyShift);
    }
    if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) moveCaret(textView_.lineUpDown(session_.document(), state_.caret, -1), io.KeyShift);
    if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) moveCaret(textView_.lineUpDown(session_.document(), state_.caret, 1), io.KeyShift);
    if (ImGui::IsKeyPressed(ImGuiKey_Home)) moveCaret(textView_.visualLineStart(state_.caret), io.KeyShift);
    if (ImGui::IsKeyPressed(ImGuiKey_End)) moveCaret(textView_.visualLineEnd(state_.caret), io.KeyShift);
}

void Editor::handleLabelKey(const std::string& key, bool all) {
    if (key == "?") {
        help_ = !help_;
        return;
    }
    for (const Label& l : session_.document().labels) {
        if (l.key != key) continue;
        if (l.kind == LabelKind::Relation) startRelation();
        else if (all) labelAllMatches(l.name);
        else applyLabel(l.name);
        return;
    }
}

void Editor::handleClick(const TextClick& click) {
    reviewing_ = false;
    if (!state_.relationSource.empty()) {
        if (click.spans.empty()) {
            message_ = "Click a span to link to, or press Esc";
            return;
        }
        // The innermost span under the pointer that a relation label accepts.
        const Span* source = session_.document().annotations.span(state_.relationSource);
        for (const std::string& id : click.spans) {
            const Span* target = session_.document().annotations.span(id);
            if (source && target && !relationLabels(session_.document(), source->label, &target->label).empty()) {
                finishRelation(id);
                return;
            }
        }
        finishRelation(click.spans.front());
        return;
    }
    if (!click.relation.empty() && click.spans.empty()) {
        state_.placeCaret(state_.caret);
        state_.selectedRelation = click.relation;
        message_ = "Relation " + click.relation + " selected: Delete removes it";
        return;
    }
    // A suggestion under the pointer, inside any span there, becomes the current one.
    if (showSuggestions_ && !suggestionsPending_ && review_.selectAt(click.position)) {
        const Range r = review_.currentRange();
        const Span* inner = click.spans.empty() ? nullptr : session_.document().annotations.span(click.spans.front());
        if (!inner || r.end - r.begin < inner->end - inner->start) {
            showCurrentSuggestion();
            message_ = "Suggested " + message_;
            return;
        }
        review_.leave();
    }
    if (!click.spans.empty()) {
        // Clicking where spans stack steps from the innermost outwards.
        auto at = std::find(click.spans.begin(), click.spans.end(), state_.selectedSpan);
        const std::string& next = at == click.spans.end() || at + 1 == click.spans.end() ? click.spans.front() : *(at + 1);
        selectSpan(next, false);
        return;
    }
    state_.placeCaret(click.position);
}

void Editor::applyLabel(const std::string& label) {
    const Document& doc = session_.document();
    if (state_.hasSelection()) {
        const Range r = state_.selection();
        Edit e = edits::addSpan(doc, r, label);
        const std::string id = std::get<op::AddSpan>(e.operations.front()).span.id;
        if (apply(std::move(e))) {
            selectSpan(id, false);
            message_ = "Added " + label + " " + id;
        }
        return;
    }
    if (const Span* s = doc.annotations.span(state_.selectedSpan)) {
        if (s->label == label) return;
        const std::string id = s->id;
        if (apply(edits::relabelSpan(doc, id, label))) message_ = id + " is now " + label;
        return;
    }
    message_ = "Select some text first (drag, double-click or Shift+arrows), then press a label key";
}

void Editor::labelAllMatches(const std::string& label) {
    const auto& matches = search_.matches();
    if (matches.empty()) return;
    Edit e = edits::addSpans(session_.document(), matches, label,
                             "label " + std::to_string(matches.size()) + " matches " + label);
    const std::size_t added = e.operations.size();
    if (added == 0) {
        message_ = "Every match is already " + label;
        return;
    }
    if (apply(std::move(e)))
        message_ = "Labelled " + std::to_string(added) + " matches " + label + " (" +
                   std::to_string(matches.size() - added) + " already were)";
}

void Editor::deleteSelected() {
    const Document& doc = session_.document();
    if (!state_.selectedRelation.empty()) {
        const std::string id = state_.selectedRelation;
        if (apply(edits::deleteRelation(doc, id))) message_ = "Removed relation " + id;
        state_.selectedRelation.clear();
        return;
    }
    if (const Span* s = doc.annotations.span(state_.selectedSpan)) {
        const std::string id = s->id;
        const std::size_t start = s->start;
        const std::size_t linked = doc.annotations.relationsOf(id).size();
        if (apply(edits::deleteSpan(doc, id))) {
            message_ = "Removed " + id + (linked ? " and " + std::to_string(linked) + " relation(s)" : "");
            state_.placeCaret(start);
        }
    }
}

void Editor::startRelation() {
    const Document& doc = session_.document();
    const Span* s = doc.annotations.span(state_.selectedSpan);
    if (!s) {
        message_ = "Select a span first (click it), then press the relation key";
        return;
    }
    const auto labels = relationLabels(doc, s->label, nullptr);
    if (labels.empty()) {
        message_ = "No relation starts at a " + s->label + " span";
        return;
    }
    std::vector<std::string> targets;
    for (const Label* l : labels)
        for (const std::string& t : l->to)
            if (std::find(targets.begin(), targets.end(), t) == targets.end()) targets.push_back(t);
    state_.relationSource = s->id;
    message_ = "Now click the " + joined(targets) + " to link " + s->id + " to (Esc cancels)";
}

void Editor::finishRelation(const std::string& targetSpan) {
    const Document& doc = session_.document();
    const Span* source = doc.annotations.span(state_.relationSource);
    const Span* target = doc.annotations.span(targetSpan);
    if (!source || !target) return;
    const auto labels = relationLabels(doc, source->label, &target->label);
    if (labels.empty()) {
        message_ = "No relation joins " + source->label + " to " + target->label + "; click another span or press Esc";
        return;
    }
    if (labels.size() > 1) {
        relationChoices_.clear();
        for (const Label* l : labels) relationChoices_.push_back(l->name);
        relationTarget_ = targetSpan;
        return;
    }
    const std::string sourceId = source->id;
    if (apply(edits::addRelation(doc, labels.front()->name, sourceId, targetSpan)))
        message_ = "Linked " + sourceId + " to " + targetSpan + " (" + labels.front()->name + ")";
    state_.relationSource.clear();
    selectSpan(sourceId, false);
}

void Editor::undo() {
    if (const Edit* e = session_.undo()) followEdit(*e, true);
}

void Editor::redo() {
    if (const Edit* e = session_.redo()) followEdit(*e, false);
}

// The selection follows undo and redo to what changed: a span that came
// back is selected, the text of a span that went away is selected.
void Editor::followEdit(const Edit& edit, bool undone) {
    review_.afterEdit(session_.document(), edit, undone);
    message_ = std::string(undone ? "Undid: " : "Redid: ") + edit.description;
    state_.relationSource.clear();
    for (auto it = edit.operations.rbegin(); it != edit.operations.rend(); ++it) {
        const Span* added = nullptr;
        const Span* removed = nullptr;
        if (auto* a = std::get_if<op::AddSpan>(&*it)) (undone ? removed : added) = &a->span;
        else if (auto* r = std::get_if<op::RemoveSpan>(&*it)) (undone ? added : removed) = &r->span;
        else if (auto* c = std::get_if<op::ChangeSpan>(&*it)) added = undone ? &c->before : &c->after;
        else continue;
        if (added) selectSpan(added->id, true);
        else {
            state_.select({removed->start, removed->end});
            textView_.scrollIntoView(removed->start, removed->end);
        }
        return;
    }
    state_.placeCaret(state_.caret);
}

void Editor::exportAs(const std::string& format) {
    std::vector<const Document*> docs;
    std::vector<Document> corpusDocs;
    std::string base = session_.document().id;
    if (corpus_) {
        corpus_->update(corpus_->current(), session_.document());
        auto all = formats::readFormat(corpus_->exportJsonl(), corpus_->name(), "spanmark");
        if (!all) {
            showError(all.error().describe());
            return;
        }
        corpusDocs = std::move(all->documents);
        for (const Document& d : corpusDocs) docs.push_back(&d);
        base = corpus_->name().substr(0, corpus_->name().find_last_of('.'));
    } else {
        docs.push_back(&session_.document());
    }
    std::vector<std::string> dropped;
    for (const auto& file : formats::writeFormat(docs, format, dropped)) host_.offerFile(base + file.suffix, file.contents);
    message_ = "Exported as " + format;
    for (const std::string& d : dropped) message_ += "; dropped " + d;
}

void Editor::saveToFile() {
    if (corpus_) {
        corpus_->update(corpus_->current(), session_.document());
        std::string name = corpus_->name();
        if (name.size() < 6 || name.substr(name.size() - 6) != ".jsonl") name += ".jsonl";
        host_.offerFile(name, corpus_->exportJsonl());
        session_.markSaved();
        corpusDirty_ = false;
        message_ = "Exported " + std::to_string(corpus_->size()) + " documents to " + name;
        return;
    }
    host_.offerFile(session_.document().id + ".json", session_.save());
    session_.markSaved();
    message_ = "Saved " + session_.document().id + ".json";
}

void Editor::selectSpan(const std::string& id, bool scroll) {
    const Span* s = session_.document().annotations.span(id);
    if (!s) return;
    state_.anchor = state_.caret = s->start;
    state_.selectedSpan = id;
    state_.selectedRelation.clear();
    if (scroll) textView_.scrollIntoView(s->start, s->end);
}

void Editor::stepSpan(int direction) {
    const auto spans = session_.document().annotations.spans();
    if (spans.empty()) return;
    auto current = std::find_if(spans.begin(), spans.end(), [&](const Span* s) { return s->id == state_.selectedSpan; });
    std::size_t index;
    if (current != spans.end()) {
        index = (static_cast<std::size_t>(current - spans.begin()) + spans.size() + static_cast<std::size_t>(direction)) % spans.size();
    } else {
        auto after = std::find_if(spans.begin(), spans.end(), [&](const Span* s) { return s->start >= state_.caret; });
        index = direction > 0 ? static_cast<std::size_t>(after - spans.begin()) % spans.size()
                              : (static_cast<std::size_t>(after - spans.begin()) + spans.size() - 1) % spans.size();
    }
    selectSpan(spans[index]->id, true);
}

void Editor::moveCaret(std::size_t to, bool extend) {
    if (extend) {
        if (!state_.hasSelection()) state_.anchor = state_.caret;
        state_.caret = to;
        state_.selectedSpan.clear();
        state_.selectedRelation.clear();
    } else {
        state_.placeCaret(to);
    }
    textView_.scrollIntoView(to, to);
}

void Editor::resizeSelected(bool moveStart, int direction) {
    const Document& doc = session_.document();
    const Span* s = doc.annotations.span(state_.selectedSpan);
    if (!s) return;
    const Text& text = doc.text;
    const bool byWord = ImGui::GetIO().KeyCtrl;
    Range r{s->start, s->end};
    std::size_t& end = moveStart ? r.begin : r.end;
    if (direction > 0) end = byWord ? nextWordEnd(text, end) : nextGraphemeBoundary(text, end);
    else end = byWord ? previousWordStart(text, end) : previousGraphemeBoundary(text, end);
    // A moved edge sheds the spaces it lands on.
    while (moveStart && r.begin < r.end && unicode::isWhitespace(text.at(r.begin))) ++r.begin;
    while (!moveStart && r.end > r.begin && unicode::isWhitespace(text.at(r.end - 1))) --r.end;
    if (r.begin >= r.end || (r.begin == s->start && r.end == s->end)) return;
    const std::string id = s->id;
    if (apply(edits::resizeSpan(doc, id, r))) message_ = id + " is now [" + std::to_string(r.begin) + ", " + std::to_string(r.end) + ")";
}

std::vector<Rect> Editor::textRects(std::size_t begin, std::size_t end) const {
    return textView_.rects(session_.document(), begin, end);
}

bool Editor::scrollIntoView(std::size_t begin, std::size_t end) { return textView_.scrollIntoView(begin, end); }

}  // namespace spanmark::app
