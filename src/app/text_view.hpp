#pragma once
// Draws the article: lays it out at the view's width, draws only the lines
// in sight, and answers where any range of it is on screen.
#include <cstddef>
#include <optional>
#include <vector>

#include "app/text_layout.hpp"
#include "core/document.hpp"

struct ImFont;

namespace spanmark::app {

struct Rect {
    float x = 0, y = 0, width = 0, height = 0;
};

struct ViewMetrics {
    float scrollTop = 0;
    float scrollHeight = 0;
    float clientHeight = 0;
    Point pointOverText;  // screen pixels
    std::size_t linesDrawn = 0;
};

class TextView {
public:
    // Call when the text changed; the layout is rebuilt on the next draw.
    void reset() { layoutWidth_ = -1; scrollTo_ = 0.0f; }

    void draw(const Document& doc, ImFont* font);

    // Asks the next draw to bring a code point into sight; false when it
    // already is (then no redraw is needed).
    bool scrollIntoView(const Document& doc, std::size_t begin, std::size_t end);
    // Screen rectangles of [begin, end), one per visual line, as of the last draw.
    std::vector<Rect> rects(const Document& doc, std::size_t begin, std::size_t end) const;
    ViewMetrics metrics() const;

private:
    class Metrics;  // FontMetrics over an ImFont

    ImFont* font_ = nullptr;
    TextLayout layout_;
    float layoutWidth_ = -1;
    float fontSize_ = 0;
    std::optional<float> scrollTo_;
    // As of the last draw: screen position of the document's top-left corner
    // with no scroll, the scroll offset and the visible height.
    Point origin_;
    float scrollY_ = 0;
    float viewHeight_ = 0;
    float viewWidth_ = 0;
    float pad_ = 0;
    std::size_t linesDrawn_ = 0;
};

}  // namespace spanmark::app
