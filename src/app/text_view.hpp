#pragma once
// Draws the article with its spans and relations and turns the mouse on it
// into selections and clicks. Lays the text out at the view's width and
// draws only the lines in sight, so a 1 MB article costs what a page does.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/search_highlights.hpp"
#include "workspace/selection.hpp"
#include "app/palette.hpp"
#include "app/glyph_cache.hpp"
#include "app/span_lanes.hpp"
#include "workspace/suggestion_review.hpp"
#include "app/text_layout.hpp"
#include "core/document.hpp"

struct ImFont;
struct ImDrawList;

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
    std::size_t spansDrawn = 0;
    std::size_t fallbacksDrawn = 0;  // code points drawn with the font's fallback mark
    std::size_t unitsDrawn = 0;      // units drawn by the machine's fonts
};

// What a click on the text meant; the editor decides what to do with it.
struct TextClick {
    std::size_t position = 0;            // nearest character boundary
    std::vector<std::string> spans;      // under the pointer, innermost first
    std::string relation;                // an arrow under the pointer
};

class TextView {
public:
    // Call when the text changed; the layout is rebuilt on the next draw.
    void reset() {
        layoutWidth_ = -1;
        scrollTo_ = 0.0f;
        lanesRevision_ = UINT64_MAX;
    }

    // `suggestions` and `marked`, when given, are drawn over the spans (text_view_suggestions.cpp).
    std::optional<TextClick> draw(const Document& doc, std::uint64_t revision, ImFont* font, ImFont* tagFont,
                                  const Palette& palette, workspace::Selection& state, const SearchHighlights& search,
                                  const workspace::SuggestionReview* suggestions = nullptr,
                                  const MarkedRanges* marked = nullptr);

    // Asks the next draw to bring [begin, end) into sight; false when it already is.
    bool scrollIntoView(std::size_t begin, std::size_t end);
    // Asks the next draw to scroll to this offset (another view's, to keep two in step).
    void scrollTo(float scrollTop) { scrollTo_ = scrollTop; }
    // Screen rectangles of [begin, end), one per visual line, as of the last draw.
    std::vector<Rect> rects(const Document& doc, std::size_t begin, std::size_t end) const;
    ViewMetrics metrics() const;
    // Caret movement by visual line, keeping the x position.
    std::size_t lineUpDown(const Document& doc, std::size_t from, int lines) const;
    std::size_t visualLineStart(std::size_t position) const;
    std::size_t visualLineEnd(std::size_t position) const;
    bool focused() const { return focused_; }
    // Where the units the embedded font cannot draw come from (null: its fallback marks).
    void useGlyphs(GlyphCache* glyphs) {
        glyphs_ = glyphs;
        layoutWidth_ = -1;  // their advances may change every line's width
    }
    // As of the last draw: code points drawn with the font's fallback mark, units from the machine's fonts.
    std::size_t fallbacksDrawn() const { return fallbacksDrawn_; }
    std::size_t unitsDrawn() const { return unitsDrawn_; }

private:
    class Metrics;  // FontMetrics over an ImFont
    struct VisibleSpan {
        const Span* span;
        int lane;
    };

    void handleMouse(const Document& doc, const Metrics& metrics, workspace::Selection& state, std::optional<TextClick>& click);
    void drawSpans(const Document& doc, const Metrics& metrics, const Palette& palette, const workspace::Selection& state,
                   ImDrawList* draw, std::size_t firstLine, std::size_t lastLine);
    void drawRelations(const Document& doc, const Palette& palette, const workspace::Selection& state, ImDrawList* draw,
                       ImFont* tagFont, std::size_t visibleBegin, std::size_t visibleEnd);
    void drawSuggestions(const Document& doc, const Palette& palette, const workspace::SuggestionReview& review, ImDrawList* draw,
                         ImFont* tagFont, std::size_t visibleBegin, std::size_t visibleEnd);
    void drawMarked(const Document& doc, const Palette& palette, const MarkedRanges& marked, ImDrawList* draw, ImFont* tagFont,
                    std::size_t visibleBegin, std::size_t visibleEnd);
    // A reordered line, or one with units, glyph by glyph (text_view_glyphs.cpp).
    void drawGlyphs(const Document& doc, const Metrics& metrics, std::size_t lineIndex, ImDrawList* draw, ImFont* font,
                    float left, float y, unsigned int ink);
    void drawTag(ImDrawList* draw, ImFont* font, float x, float y, ImU32 color, const std::string& text) const;
    std::vector<std::string> spansAt(const Document& doc, std::size_t character) const;
    std::string relationAt(Point mouse) const;

    ImFont* font_ = nullptr;
    GlyphCache* glyphs_ = nullptr;
    Point dragFrom_;  // where the drag began, in document coordinates
    std::size_t fallbacksDrawn_ = 0;
    std::size_t unitsDrawn_ = 0;
    TextLayout layout_;
    SpanLanes lanes_;
    std::uint64_t lanesRevision_ = UINT64_MAX;
    Range lanesWindow_{SIZE_MAX, SIZE_MAX};  // the text the lanes were assigned for, this revision
    float layoutWidth_ = -1;
    float fontSize_ = 0;
    std::optional<float> scrollTo_;
    // As of the last draw: screen position of the document's top-left corner
    // with no scroll, the scroll offset and the visible size.
    Point origin_;
    float scrollY_ = 0;
    float viewHeight_ = 0;
    float viewWidth_ = 0;
    float pad_ = 0;
    float textOffset_ = 0;  // from a line's top to the top of its glyphs
    std::size_t linesDrawn_ = 0;
    std::size_t spansDrawn_ = 0;
    bool dragging_ = false;
    bool focused_ = true;
    std::size_t lastClickPosition_ = SIZE_MAX;
    std::size_t clickCycle_ = 0;
    // Relations with their ends' bounds, rebuilt per revision, so a frame
    // finds the ones in sight without looking up 10,000 span ids.
    struct RelationEnds {
        const Relation* relation;
        const Span* from;
        const Span* to;
    };
    std::vector<RelationEnds> relationEnds_;
    struct DrawnArrow {
        std::string id;
        std::vector<Point> points;  // samples along the curve, for clicks
    };
    std::vector<DrawnArrow> arrows_;
};

}  // namespace spanmark::app
