#pragma once
// Word wrap and hit-testing as a pure function of the text, the font's
// advances and the width: no window, no ImGui, so it is tested on its own.
// A paragraph with right-to-left text is reordered line by line by the
// bidirectional algorithm (app/bidi.hpp); a right-to-left paragraph's lines
// are aligned to the right. Positions stay logical code points throughout.
#include <cstddef>
#include <cstdint>
#include <utility>
#include <optional>
#include <vector>

#include "core/text.hpp"

namespace spanmark::app {

class FontMetrics {
public:
    virtual ~FontMetrics() = default;
    virtual float advance(char32_t codePoint) const = 0;
    virtual float lineHeight() const = 0;
};

struct LayoutOptions {
    float width = 600;            // wrap width in pixels
    int tabStop = 4;              // in widths of a space
    float paragraphSpacing = 0;   // extra space after each hard line break
};

struct VisualLine {
    std::size_t begin = 0;  // code points; [begin, end) is drawn, line breaks excluded
    std::size_t end = 0;
    std::size_t next = 0;   // where the following visual line starts
    float y = 0;            // top, from the top of the document
    float x = 0;            // left edge: more than 0 for a right-to-left line aligned right
    static constexpr std::size_t kInOrder = static_cast<std::size_t>(-1);
    std::size_t order = kInOrder;  // where its visual order starts in the layout's, if it is reordered
    bool rightToLeft = false;      // its paragraph runs right to left
};

// One code point's place on a reordered line, in drawing order.
struct GlyphBox {
    std::size_t codePoint = 0;
    float x = 0;  // from the layout's left
    float width = 0;
    bool rightToLeft = false;  // at an odd level: its caret side is its right edge
};

struct Point {
    float x = 0;
    float y = 0;
};

class TextLayout {
public:
    void build(const Text& text, const FontMetrics& metrics, const LayoutOptions& options);

    std::size_t lineCount() const { return lines_.size(); }
    const VisualLine& line(std::size_t i) const { return lines_[i]; }
    float height() const { return height_; }
    float lineHeight() const { return lineHeight_; }
    const LayoutOptions& options() const { return options_; }

    // First line whose box reaches below y.
    std::size_t lineAtY(float y) const;
    // The visual line holding a code point; a position at a wrap point belongs
    // to the line it starts.
    std::size_t lineOf(std::size_t codePoint) const;
    // x of the boundary before codePoint on line i (code point may be line end): where the
    // caret is drawn (for a right-to-left character, at its right edge).
    float xOf(const Text& text, const FontMetrics& metrics, std::size_t lineIndex, std::size_t codePoint) const;
    // The x extents that the code points [a, b) of line i cover, left to right, touching ones
    // joined: one for a line in order, more where the range's text runs both ways.
    std::vector<std::pair<float, float>> extentsOf(const Text& text, const FontMetrics& metrics, std::size_t lineIndex,
                                                   std::size_t a, std::size_t b) const;
    bool reordered(std::size_t lineIndex) const { return lines_[lineIndex].order != VisualLine::kInOrder; }
    // The code points of a reordered line, left to right, where each is drawn.
    std::vector<GlyphBox> glyphs(const Text& text, const FontMetrics& metrics, std::size_t lineIndex) const;
    // The character boundary nearest to a point.
    std::size_t hitTest(const Text& text, const FontMetrics& metrics, Point p) const;
    // The character under a point, if the point is on one.
    std::optional<std::size_t> characterAt(const Text& text, const FontMetrics& metrics, Point p) const;

private:
    float advanceAt(char32_t cp, float x, const FontMetrics& metrics) const;
    // Reorders the visual lines [firstLine, lines_.size()) of the hard line [begin, end).
    void reorder(const Text& text, const FontMetrics& metrics, std::size_t begin, std::size_t end, std::size_t firstLine);
    float widthOf(const Text& text, const FontMetrics& metrics, std::size_t begin, std::size_t end) const;

    std::vector<VisualLine> lines_;
    std::vector<std::uint32_t> order_;  // the reordered lines' code points, left to right, each line's in turn
    std::vector<bool> orderRtl_;        // each of those at an odd level
    LayoutOptions options_;
    float lineHeight_ = 0;
    float spaceWidth_ = 0;
    float height_ = 0;
};

}  // namespace spanmark::app
