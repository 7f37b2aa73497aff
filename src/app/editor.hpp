#pragma once
// The annotation editor: the session (data), the views that draw it, and the
// keyboard commands that turn input into edits. The platform layer feeds it
// input through ImGui and calls drawFrame() only when something changed.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/corpus.hpp"
#include "app/editor_state.hpp"
#include "app/fonts.hpp"
#include "app/host.hpp"
#include "app/label_editor.hpp"
#include "app/palette.hpp"
#include "app/search_bar.hpp"
#include "app/session.hpp"
#include "app/side_panel.hpp"
#include "app/suggestion_review.hpp"
#include "suggest/suggest.hpp"
#include "app/text_view.hpp"

namespace spanmark::app {

class Editor {
public:
    explicit Editor(Host& host);

    // Replaces the document, or leaves it untouched and shows why not.
    // Returns the error message, empty on success.
    std::string load(std::string_view contents, std::string_view name);
    std::string save() const { return session_.save(); }
    void showError(std::string message);
    bool hasUnsavedChanges() const { return session_.dirty() || corpusDirty_; }

    // The platform found a draft for `key`: it replaces the open document,
    // with a notice that offers to discard it.
    void restoreDraft(const std::string& key, std::string_view contents, const std::string& savedAt);
    // Autosave failed (quota, private mode): warn, keep working in memory.
    void storageFailed(std::string message);

    // Builds fonts for the display scale and text size when either changed;
    // true when the atlas changed and the renderer must upload it again.
    bool updateFonts(float displayScale);
    void drawFrame();

    std::vector<Rect> textRects(std::size_t begin, std::size_t end) const;
    // Scrolls so [begin, end) is in sight; true when a redraw is needed first.
    bool scrollIntoView(std::size_t begin, std::size_t end);
    ViewMetrics viewMetrics() const { return textView_.metrics(); }
    std::size_t framesDrawn() const { return frames_; }
    double lastAutosaveMs() const { return lastAutosaveMs_; }
    const Document& document() const { return session_.document(); }
    std::size_t openSuggestions() const { return suggestionsPending_ ? 0 : review_.openCount(); }

private:
    void drawToolbar();
    void drawLabelBar();
    void drawErrorBanner();
    void drawNotices();
    void opened(std::string_view contents, std::string_view name);
    void autosave();
    void discardDraft();
    void openEntry(std::size_t index);
    void drawCorpusBar();
    void drawCorpusPanel();
    void toggleDone();
    void drawStatusBar();
    void handleKeys();
    void handleClick(const TextClick& click);
    void handleLabelKey(const std::string& key, bool all);

    void applyLabel(const std::string& label);
    void labelAllMatches(const std::string& label);
    void deleteSelected();
    void startRelation();
    void finishRelation(const std::string& targetSpan);
    void undo();
    void redo();
    void saveToFile();
    void exportAs(const std::string& format);
    void selectSpan(const std::string& id, bool scroll);
    void stepSpan(int direction);
    void moveCaret(std::size_t to, bool extend);
    void resizeSelected(bool moveStart, int direction);
    void followEdit(const Edit& edit, bool undone);
    void syncSuggestions();
    void stepSuggestion(int direction);
    void showCurrentSuggestion();
    void moveOnFrom(const std::string& done);
    void acceptSuggestion();
    void acceptAllSuggestions(const std::string& label);
    void rejectSuggestion();
    bool apply(Edit edit);

    Host& host_;
    Session session_;
    EditorState state_;
    TextView textView_;
    SearchBar search_;
    SidePanel sidePanel_;
    LabelEditor labelEditor_;
    Palette palette_;
    Fonts fonts_;
    float scale_ = 0;
    float textSize_ = 18.0f;
    float builtTextSize_ = 0;
    bool dark_ = false;
    bool builtDark_ = false;
    bool help_ = false;
    std::string error_;
    std::string message_;  // the last command's outcome, in the status bar
    std::vector<std::string> relationChoices_;  // labels offered when several fit
    std::string relationTarget_;
    std::size_t frames_ = 0;
    // Autosave: the key of the open document's draft, what was opened (for
    // Discard), and the revision last stored.
    std::string draftKey_;
    std::string openedContents_;
    std::string openedName_;
    std::uint64_t storedRevision_ = 0;
    double lastAutosaveMs_ = 0;
    std::string draftNotice_;
    std::string storageWarning_;
    std::optional<Corpus> corpus_;
    bool corpusDirty_ = false;  // changed since the corpus was last exported
    std::size_t restoredEntries_ = 0;
    // Suggestions: found a step a frame after a document opens (so it shows
    // at once and input is never held up), reviewed from the keyboard while `reviewing_`.
    SuggestionReview review_;
    std::optional<suggest::Run> suggestionRun_;  // one step a frame until done
    suggest::Suggestions markedSuggestions_;     // taken from the file, joined to the run's
    std::uint64_t reviewedLoad_ = UINT64_MAX;
    bool suggestionsPending_ = false;
    bool showSuggestions_ = true;
    bool reviewing_ = false;
};

}  // namespace spanmark::app
