#pragma once
// The annotation editor: the views that draw the workspace (the text, the
// side panel, the bars, the dialogs) and the keymap that turns input into
// the workspace's commands. It owns no document state of its own: that is
// the Workspace's. The platform calls prepareFonts() and drawFrame() through
// its frame callback, only when something changed.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/fonts.hpp"
#include "app/glyph_cache.hpp"
#include "app/host.hpp"
#include "app/keymap.hpp"
#include "app/label_editor.hpp"
#include "app/layer_compare.hpp"
#include "app/palette.hpp"
#include "app/search_bar.hpp"
#include "app/side_panel.hpp"
#include "app/text_view.hpp"
#include "workspace/workspace.hpp"

namespace spanmark::app {

class Editor {
public:
    Editor(Host& host, workspace::DraftStore& drafts);

    workspace::Workspace& workspace() { return workspace_; }
    const workspace::Workspace& workspace() const { return workspace_; }
    // Opens a file's contents; the error message, empty on success.
    std::string open(std::string_view contents, std::string_view name);

    // Builds fonts for the display scale and text size when either changed;
    // true when the atlas changed and the renderer must upload it again.
    bool prepareFonts(float displayScale);
    void drawFrame();

    std::vector<Rect> textRects(std::size_t begin, std::size_t end) const;
    // Scrolls so [begin, end) is in sight; true when a redraw is needed first.
    bool scrollIntoView(std::size_t begin, std::size_t end) { return textView_.scrollIntoView(begin, end); }
    ViewMetrics viewMetrics() const { return textView_.metrics(); }
    std::size_t framesDrawn() const { return frames_; }
    // The last frame's learning and tagging (Workspace::stepLearning), in milliseconds.
    double lastLearningMs() const { return lastLearningMs_; }
    const LayerCompare& compare() const { return compare_; }
    // The Tagger section's threshold slider as last drawn, if it was.
    const std::optional<Rect>& taggerSlider() const { return taggerSlider_; }

private:
    // editor_chrome.cpp: the bars around the text
    void drawToolbar();
    void drawOpenMenu();
    void drawExportMenu();
    void drawLabelBar();
    void drawErrorBanner();
    void drawNotices();
    void drawStatusBar();
    void drawRelationChoice();
    // editor_corpus.cpp
    void drawCorpusBar();
    void drawCorpusPanel();
    // editor_keys.cpp
    void handleKeys();
    void run(Command command);
    void moveCaretByKey(Command command);
    void handleCharacter(const std::string& key);

    Host& host_;
    workspace::Workspace workspace_;
    GlyphCache glyphs_;    // what the machine's fonts draw for the text views
    GlyphCache uiGlyphs_;  // the same at the panels' size
    TextView textView_;
    LayerCompare compare_;
    std::optional<Rect> taggerSlider_;
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
    bool exportMenu_ = false;  // Ctrl+E asked for the Export menu
    bool menuHasKeys_ = false;  // a menu that answers to digits was open this frame: they are not label keys
    std::string loggedWarning_;  // the last warning also written to stderr (the console on the page)
    std::size_t frames_ = 0;
    int learningWaited_ = 0;  // frames in a row too full for the learning
    double lastLearningMs_ = 0;
    std::uint64_t viewedLoads_ = UINT64_MAX;
};

}  // namespace spanmark::app
