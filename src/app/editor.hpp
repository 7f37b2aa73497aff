#pragma once
// The annotation editor: owns the open document and draws the whole window.
// The platform layer feeds it input through ImGui and calls drawFrame() only
// when something changed.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "app/fonts.hpp"
#include "app/host.hpp"
#include "app/text_view.hpp"
#include "core/document.hpp"

namespace spanmark::app {

class Editor {
public:
    explicit Editor(Host& host);

    // Replaces the document, or leaves it untouched and shows why not.
    // Returns the error message, empty on success.
    std::string load(std::string_view contents, std::string_view name);
    std::string save() const;
    void showError(std::string message);

    // Rebuilds fonts for a new display scale; true when the atlas changed and
    // the renderer must upload it again.
    bool setDisplayScale(float scale);
    void drawFrame();

    std::vector<Rect> textRects(std::size_t begin, std::size_t end) const;
    // Scrolls so [begin, end) is in sight; true when a redraw is needed first.
    bool scrollIntoView(std::size_t begin, std::size_t end);
    ViewMetrics viewMetrics() const { return textView_.metrics(); }
    std::size_t framesDrawn() const { return frames_; }
    const Document& document() const { return doc_; }

private:
    void drawTopBar();
    void drawErrorBanner();
    void drawStatusBar();

    Host& host_;
    Document doc_;
    TextView textView_;
    Fonts fonts_;
    float scale_ = 0;
    float textSize_ = 18.0f;
    std::string error_;
    std::size_t frames_ = 0;
};

}  // namespace spanmark::app
