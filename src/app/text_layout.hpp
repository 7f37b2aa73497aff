#pragma once
// Word wrap and hit-testing as a pure function of the text, the font's
// advances and the width: no window, no ImGui, so it is tested on its own.
#include <cstddef>
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
    // x of the boundary before codePoint on line i (code point may be line end).
    float xOf(const Text& text, const FontMetrics& metrics, std::size_t lineIndex, std::size_t codePoint) const;
    // The character boundary nearest to a point.
    std::size_t hitTest(const Text& text, const FontMetrics& metrics, Point p) const;
    // The character under a point, if the point is on one.
    std::optional<std::size_t> characterAt(const Text& text, const FontMetrics& metrics, Point p) const;

private:
    float advanceAt(char32_t cp, float x, const FontMetrics& metrics) const;

    std::vector<VisualLine> lines_;
    LayoutOptions options_;
    float lineHeight_ = 0;
    float spaceWidth_ = 0;
    float height_ = 0;
};

}  // namespace spanmark::app
