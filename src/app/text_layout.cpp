#include "app/text_layout.hpp"

#include <algorithm>
#include <cmath>

#include "app/bidi.hpp"
#include "core/boundaries.hpp"
#include "core/utf8.hpp"

namespace spanmark::app {
namespace {

bool isBreakSpace(char32_t c) { return c == ' ' || c == '\t' || c == 0x200B; }

}  // namespace

float TextLayout::advanceAt(char32_t cp, float x, const FontMetrics& metrics) const {
    if (cp == '\t') {
        const float stop = spaceWidth_ * static_cast<float>(options_.tabStop);
        if (stop <= 0) return 0;
        return (std::floor(x / stop) + 1) * stop - x;
    }
    return metrics.advance(cp);
}

void TextLayout::build(const Text& text, const FontMetrics& metrics, const LayoutOptions& options) {
    options_ = options;
    lineHeight_ = metrics.lineHeight();
    spaceWidth_ = metrics.advance(' ');
    lines_.clear();
    order_.clear();
    orderRtl_.clear();
    const std::string_view bytes = text.bytes();
    float y = 0;
    for (std::size_t hard = 0; hard < text.lineCount(); ++hard) {
        const std::size_t begin = text.lineStart(hard);
        const std::size_t end = text.lineEnd(hard);
        const std::size_t afterBreak = hard + 1 < text.lineCount() ? text.lineStart(hard + 1) : end;
        std::size_t lineBegin = begin;
        std::size_t lastBreak = 0;  // code point after the last space, 0 when none on this line
        float x = 0;
        const std::size_t firstLine = lines_.size();
        bool bidi = false;
        std::size_t byte = text.byteOf(begin);
        for (std::size_t cp = begin; cp < end; ++cp) {
            const utf8::Decoded d = utf8::decode(bytes, byte);
            bidi = bidi || startsRightToLeft(d.codePoint);
            const float w = advanceAt(d.codePoint, x, metrics);
            // Spaces may hang past the edge; anything else that overflows wraps,
            // at the last space or else between two grapheme clusters.
            std::size_t cut = 0;
            if (x + w > options_.width && cp > lineBegin && !isBreakSpace(d.codePoint)) {
                cut = lastBreak > lineBegin ? lastBreak : cp;
                if (cut == cp && !isGraphemeBoundary(text, cp)) {
                    const std::size_t back = previousGraphemeBoundary(text, cp);
                    cut = back > lineBegin ? back : 0;  // a cluster wider than the line overflows
                }
            }
            if (cut > 0) {
                lines_.push_back({lineBegin, cut, cut, y});
                y += lineHeight_;
                lineBegin = cut;
                lastBreak = 0;
                // Re-measure the carried-over part of the word.
                x = 0;
                std::size_t b = text.byteOf(cut);
                for (std::size_t k = cut; k < cp; ++k) {
                    const utf8::Decoded dk = utf8::decode(bytes, b);
                    x += advanceAt(dk.codePoint, x, metrics);
                    b += dk.length;
                }
            }
            x += advanceAt(d.codePoint, x, metrics);
            if (isBreakSpace(d.codePoint)) lastBreak = cp + 1;
            byte += d.length;
        }
        lines_.push_back({lineBegin, end, afterBreak, y});
        if (bidi) reorder(text, metrics, begin, end, firstLine);
        y += lineHeight_;
        if (hard + 1 < text.lineCount()) y += options_.paragraphSpacing;
    }
    height_ = y;
}

float TextLayout::widthOf(const Text& text, const FontMetrics& metrics, std::size_t begin, std::size_t end) const {
    float x = 0;
    for (std::size_t cp = begin; cp < end; ++cp) x += advanceAt(text.at(cp), x, metrics);
    return x;
}

void TextLayout::reorder(const Text& text, const FontMetrics& metrics, std::size_t begin, std::size_t end, std::size_t firstLine) {
    std::u32string paragraph;
    paragraph.reserve(end - begin);
    for (std::size_t cp = begin; cp < end; ++cp) paragraph.push_back(text.at(cp));
    const BidiParagraph bidi(paragraph);
    for (std::size_t i = firstLine; i < lines_.size(); ++i) {
        VisualLine& l = lines_[i];
        l.rightToLeft = bidi.level() == 1;
        if (l.rightToLeft) l.x = std::max(0.0f, options_.width - widthOf(text, metrics, l.begin, l.end));
        if (bidi.leftToRight()) continue;
        const std::vector<std::uint8_t> levels = bidi.lineLevels(l.begin - begin, l.end - begin);
        l.order = order_.size();
        for (std::size_t k : bidi.visualOrder(l.begin - begin, l.end - begin)) {
            order_.push_back(static_cast<std::uint32_t>(begin + k));
            orderRtl_.push_back(levels[k - (l.begin - begin)] % 2 == 1);
        }
    }
}

std::vector<GlyphBox> TextLayout::glyphs(const Text& text, const FontMetrics& metrics, std::size_t lineIndex) const {
    const VisualLine& l = lines_[lineIndex];
    std::vector<GlyphBox> out;
    out.reserve(l.end - l.begin);
    float x = 0;
    for (std::size_t k = 0; k < l.end - l.begin; ++k) {
        const std::size_t at = reordered(lineIndex) ? order_[l.order + k] : l.begin + k;
        const bool rtl = reordered(lineIndex) && orderRtl_[l.order + k];
        const float w = advanceAt(text.at(at), x, metrics);
        out.push_back({at, l.x + x, w, rtl});
        x += w;
    }
    return out;
}

std::size_t TextLayout::lineAtY(float y) const {
    auto it = std::upper_bound(lines_.begin(), lines_.end(), y,
                               [this](float v, const VisualLine& l) { return v < l.y + lineHeight_; });
    if (it == lines_.end()) return lines_.empty() ? 0 : lines_.size() - 1;
    return static_cast<std::size_t>(it - lines_.begin());
}

std::size_t TextLayout::lineOf(std::size_t codePoint) const {
    auto it = std::upper_bound(lines_.begin(), lines_.end(), codePoint,
                               [](std::size_t v, const VisualLine& l) { return v < l.begin; });
    if (it == lines_.begin()) return 0;
    return static_cast<std::size_t>(it - lines_.begin()) - 1;
}

float TextLayout::xOf(const Text& text, const FontMetrics& metrics, std::size_t lineIndex,
                      std::size_t codePoint) const {
    const VisualLine& l = lines_[lineIndex];
    if (reordered(lineIndex)) {
        const std::vector<GlyphBox> boxes = glyphs(text, metrics, lineIndex);
        if (codePoint >= l.end || boxes.empty())  // the line's logical end: its paragraph's far side
            return boxes.empty() ? l.x : l.rightToLeft ? boxes.front().x : boxes.back().x + boxes.back().width;
        for (const GlyphBox& b : boxes)
            if (b.codePoint == codePoint) return b.rightToLeft ? b.x + b.width : b.x;
    }
    const std::string_view bytes = text.bytes();
    float x = 0;
    std::size_t byte = text.byteOf(l.begin);
    for (std::size_t cp = l.begin; cp < std::min(codePoint, l.end); ++cp) {
        const utf8::Decoded d = utf8::decode(bytes, byte);
        x += advanceAt(d.codePoint, x, metrics);
        byte += d.length;
    }
    return l.x + x;
}

std::vector<std::pair<float, float>> TextLayout::extentsOf(const Text& text, const FontMetrics& metrics, std::size_t lineIndex,
                                                           std::size_t a, std::size_t b) const {
    std::vector<std::pair<float, float>> out;
    if (!reordered(lineIndex)) {
        out.emplace_back(xOf(text, metrics, lineIndex, a), xOf(text, metrics, lineIndex, b));
        return out;
    }
    for (const GlyphBox& g : glyphs(text, metrics, lineIndex)) {
        if (g.codePoint < a || g.codePoint >= b) continue;
        if (!out.empty() && g.x <= out.back().second + 0.01f) out.back().second = g.x + g.width;
        else out.emplace_back(g.x, g.x + g.width);
    }
    return out;
}

std::size_t TextLayout::hitTest(const Text& text, const FontMetrics& metrics, Point p) const {
    if (lines_.empty()) return 0;
    if (p.y < 0) return 0;
    const std::size_t index = lineAtY(p.y);
    const VisualLine& l = lines_[index];
    if (reordered(index)) {
        // The nearer side of the glyph under the point; a right-to-left glyph's left side is after it.
        for (const GlyphBox& g : glyphs(text, metrics, index)) {
            if (p.x < g.x + g.width / 2) return g.rightToLeft ? g.codePoint + 1 : g.codePoint;
            if (p.x < g.x + g.width) return g.rightToLeft ? g.codePoint : g.codePoint + 1;
        }
        return l.rightToLeft ? l.begin : l.end;
    }
    const std::string_view bytes = text.bytes();
    float x = l.x;
    std::size_t byte = text.byteOf(l.begin);
    for (std::size_t cp = l.begin; cp < l.end; ++cp) {
        const utf8::Decoded d = utf8::decode(bytes, byte);
        const float w = advanceAt(d.codePoint, x - l.x, metrics);
        if (p.x < x + w / 2) return cp;
        x += w;
        byte += d.length;
    }
    return l.end;
}

std::optional<std::size_t> TextLayout::characterAt(const Text& text, const FontMetrics& metrics, Point p) const {
    if (lines_.empty() || p.y < 0 || p.y >= height_ || p.x < 0) return std::nullopt;
    const std::size_t index = lineAtY(p.y);
    const VisualLine& l = lines_[index];
    if (p.y < l.y || p.y >= l.y + lineHeight_) return std::nullopt;  // in the space between paragraphs
    if (reordered(index)) {
        for (const GlyphBox& g : glyphs(text, metrics, index))
            if (p.x >= g.x && p.x < g.x + g.width) return g.codePoint;
        return std::nullopt;
    }
    const std::string_view bytes = text.bytes();
    float x = l.x;
    std::size_t byte = text.byteOf(l.begin);
    for (std::size_t cp = l.begin; cp < l.end; ++cp) {
        const utf8::Decoded d = utf8::decode(bytes, byte);
        x += advanceAt(d.codePoint, x - l.x, metrics);
        if (p.x < x) return cp;
        byte += d.length;
    }
    return std::nullopt;
}

}  // namespace spanmark::app
