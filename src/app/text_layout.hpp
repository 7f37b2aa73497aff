#pragma once
// Word wrap and hit-testing as a pure function of the text, the font's
// advances and the width: no window, no ImGui, so it is tested on its own.
// A paragraph with right-to-left text is reordered line by line by the
// bidirectional algorithm (app/bidi.hpp); a right-to-left paragraph's lines
// are aligned to the right. What the font cannot draw by itself comes in
// units (app/text_units.hpp) that the machine's fonts draw whole; their lines
// keep each code point's advance (a unit's on its first, 0 on the rest).
// Positions stay logical code points throughout.
#include <cstddef>
#include <cstdint>
#include <utility>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/text.hpp"

namespace spanmark::app {

class FontMetrics {
public:
    virtual ~FontMetrics() = default;
    virtual float advance(char32_t codePoint) const = 0;
    virtual float lineHeight() const = 0;
    // True when the embedded font has a glyph for the code point.
    virtual bool hasGlyph(char32_t) const { return true; }
    // The advance of a unit the machine's fonts draw (SystemUnit::key), or less than 0 where
    // they cannot: the unit is then drawn code point by code point with the font's own glyphs.
    virtual float unitAdvance(std::string_view) const { return -1; }
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
    std::size_t advances = kInOrder;  // where its code points' advances start in the layout's, if it has units
};

// One code point's place on a reordered line, in drawing order.
struct GlyphBox {
    std::size_t codePoint = 0;
    float x = 0;  // from the layout's left
    float width = 0;
    bool rightToLeft = false;  // at an odd level: its caret side is its right edge
    bool withinUnit = false;   // drawn as part of the unit that starts at another code point
    std::size_t end = 0;       // past the code points it draws: codePoint + 1, or its unit's end
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
    bool hasUnits(std::size_t lineIndex) const { return lines_[lineIndex].advances != VisualLine::kInOrder; }
    // The unit holding a code point (SystemUnit::key, where it begins and ends), if one does.
    struct UnitAt {
        std::string_view key;
        std::size_t begin = 0;
        std::size_t end = 0;
        bool drawn = false;  // the machine's fonts draw it (unitAdvance was not below 0)
    };
    std::optional<UnitAt> unitAt(std::size_t codePoint) const;
    std::size_t unitCount() const { return units_.size(); }
    // The code points of a reordered line, left to right, where each is drawn.
    std::vector<GlyphBox> glyphs(const Text& text, const FontMetrics& metrics, std::size_t lineIndex) const;
    // The logical range of the glyphs of line i whose middles lie between x0 and x1, in either
    // order: what a drag over a reordered line covers on the screen (a number inside a
    // right-to-left sentence, a name in another script), where the nearest boundaries at its
    // two ends would leave out a piece. Empty when no glyph's middle is between them.
    std::pair<std::size_t, std::size_t> visualHull(const Text& text, const FontMetrics& metrics, std::size_t lineIndex,
                                                   float x0, float x1) const;
    // How wide line i's text is drawn.
    float lineWidth(const Text& text, const FontMetrics& metrics, std::size_t lineIndex) const {
        return widthOf(text, metrics, lines_[lineIndex]);
    }
    // The character boundary nearest to a point.
    std::size_t hitTest(const Text& text, const FontMetrics& metrics, Point p) const;
    // The character under a point, if the point is on one.
    std::optional<std::size_t> characterAt(const Text& text, const FontMetrics& metrics, Point p) const;

private:
    float advanceAt(char32_t cp, float x, const FontMetrics& metrics) const;
    // A code point's advance on line l, from the line's own advances where it has units.
    float advanceOn(const VisualLine& l, std::size_t cp, char32_t c, float x, const FontMetrics& metrics) const;
    bool within(const VisualLine& l, std::size_t cp) const {
        return l.advances != VisualLine::kInOrder && within_[l.advances + (cp - l.begin)];
    }
    // The units of the hard line [begin, end) and its code points' advances; false when it has none.
    bool measureUnits(const Text& text, const FontMetrics& metrics, std::size_t begin, std::size_t end);
    // Reorders the visual lines [firstLine, lines_.size()) of the hard line [begin, end).
    void reorder(const Text& text, const FontMetrics& metrics, std::size_t begin, std::size_t end, std::size_t firstLine);
    float widthOf(const Text& text, const FontMetrics& metrics, const VisualLine& l) const;

    std::vector<VisualLine> lines_;
    std::vector<std::uint32_t> order_;  // the reordered lines' code points, left to right, each line's in turn
    std::vector<bool> orderRtl_;        // each of those at an odd level
    struct UnitRef {
        std::uint32_t begin, end, key;
        bool drawn;
    };
    std::vector<UnitRef> units_;        // in logical order
    std::vector<std::string> keys_;     // each unit key once
    std::unordered_map<std::string, std::uint32_t> keyIndex_;
    std::vector<float> keyAdvance_;     // per key, below 0 where the machine's fonts cannot draw it
    std::vector<float> advances_;       // the code points of lines with units, each hard line's in turn
    std::vector<bool> within_;          // each of those inside a unit, past its first code point
    LayoutOptions options_;
    float lineHeight_ = 0;
    float spaceWidth_ = 0;
    float height_ = 0;
};

}  // namespace spanmark::app
