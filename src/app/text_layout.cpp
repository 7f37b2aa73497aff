#include "app/text_layout.hpp"

#include <algorithm>
#include <cmath>

#include "app/bidi.hpp"
#include "app/text_units.hpp"
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
    units_.clear();
    keys_.clear();
    keyIndex_.clear();
    keyAdvance_.clear();
    advances_.clear();
    within_.clear();
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
        bool bidi = false, needsUnits = false;
        std::size_t byte = text.byteOf(begin);
        for (std::size_t cp = begin; cp < end; ++cp) {
            const utf8::Decoded d = utf8::decode(bytes, byte);
            bidi = bidi || startsRightToLeft(d.codePoint);
            needsUnits = needsUnits || needsSystemFont(d.codePoint, metrics.hasGlyph(d.codePoint));
            byte += d.length;
        }
        const std::size_t base = advances_.size();
        const bool measured = needsUnits && measureUnits(text, metrics, begin, end);
        auto advance = [&](std::size_t cp, char32_t c, float at) {
            return measured && c != '\t' ? advances_[base + (cp - begin)] : advanceAt(c, at, metrics);
        };
        auto push = [&](std::size_t from, std::size_t to, std::size_t next) {
            lines_.push_back({from, to, next, y});
            if (measured) lines_.back().advances = base + (from - begin);
        };
        byte = text.byteOf(begin);
        for (std::size_t cp = begin; cp < end; ++cp) {
            const utf8::Decoded d = utf8::decode(bytes, byte);
            const float w = advance(cp, d.codePoint, x);
            // Spaces may hang past the edge; anything else that overflows wraps,
            // at the last space or else between two grapheme clusters.
            std::size_t cut = 0;
            if (x + w > options_.width && cp > lineBegin && !isBreakSpace(d.codePoint)) {
                cut = lastBreak > lineBegin ? lastBreak : cp;
                if (cut == cp && measured && within_[base + (cp - begin)]) {
                    std::size_t back = cp;
                    while (back > lineBegin && within_[base + (back - begin)]) --back;
                    cut = back > lineBegin ? back : 0;  // a unit wider than the line overflows
                } else if (cut == cp && !isGraphemeBoundary(text, cp)) {
                    const std::size_t back = previousGraphemeBoundary(text, cp);
                    cut = back > lineBegin ? back : 0;  // a cluster wider than the line overflows
                }
            }
            if (cut > 0) {
                push(lineBegin, cut, cut);
                y += lineHeight_;
                lineBegin = cut;
                lastBreak = 0;
                // Re-measure the carried-over part of the word.
                x = 0;
                std::size_t b = text.byteOf(cut);
                for (std::size_t k = cut; k < cp; ++k) {
                    const utf8::Decoded dk = utf8::decode(bytes, b);
                    x += advance(k, dk.codePoint, x);
                    b += dk.length;
                }
            }
            x += advance(cp, d.codePoint, x);
            if (isBreakSpace(d.codePoint)) lastBreak = cp + 1;
            byte += d.length;
        }
        push(lineBegin, end, afterBreak);
        if (bidi) reorder(text, metrics, begin, end, firstLine);
        y += lineHeight_;
        if (hard + 1 < text.lineCount()) y += options_.paragraphSpacing;
    }
    height_ = y;
}

float TextLayout::advanceOn(const VisualLine& l, std::size_t cp, char32_t c, float x, const FontMetrics& metrics) const {
    if (l.advances != VisualLine::kInOrder && c != '\t') return advances_[l.advances + (cp - l.begin)];
    return advanceAt(c, x, metrics);
}

bool TextLayout::measureUnits(const Text& text, const FontMetrics& metrics, std::size_t begin, std::size_t end) {
    std::vector<SystemUnit> units = systemUnits(text, begin, end, [&](char32_t c) { return metrics.hasGlyph(c); });
    if (units.empty()) return false;
    const std::size_t base = advances_.size();
    advances_.resize(base + (end - begin));
    within_.resize(base + (end - begin), false);
    const std::string_view bytes = text.bytes();
    std::size_t byte = text.byteOf(begin);
    for (std::size_t cp = begin; cp < end; ++cp) {
        const utf8::Decoded d = utf8::decode(bytes, byte);
        advances_[base + (cp - begin)] = metrics.advance(d.codePoint);
        byte += d.length;
    }
    auto intern = [&](std::string& key) {
        auto [it, added] = keyIndex_.try_emplace(key, static_cast<std::uint32_t>(keys_.size()));
        if (added) {
            keyAdvance_.push_back(metrics.unitAdvance(key));
            keys_.push_back(std::move(key));
        }
        return it->second;
    };
    // A piece [b, e) drawn `width` wide: all of it on its first code point, nothing stops inside it.
    auto measureAs = [&](std::size_t b, std::size_t e, float width) {
        advances_[base + (b - begin)] = width;
        for (std::size_t cp = b + 1; cp < e; ++cp) {
            advances_[base + (cp - begin)] = 0;
            within_[base + (cp - begin)] = true;
        }
    };
    for (SystemUnit& u : units) {
        const std::uint32_t key = intern(u.key);
        float width = keyAdvance_[key];
        bool drawn = width >= 0;
        if (!u.parts.empty()) {
            // Each letter's share of the word drawn whole, in proportion to its width alone.
            std::vector<float> parts;
            float sum = 0;
            for (SystemUnit& part : u.parts) {
                parts.push_back(keyAdvance_[intern(part.key)]);
                drawn = drawn && parts.back() >= 0;
                sum += std::max(0.0f, parts.back());
            }
            if (drawn)
                for (std::size_t k = 0; k < u.parts.size(); ++k)
                    measureAs(u.parts[k].begin, u.parts[k].end, sum > 0 ? parts[k] * width / sum : width / u.parts.size());
        } else if (drawn) {
            measureAs(u.begin, u.end, width);
        }
        units_.push_back({static_cast<std::uint32_t>(u.begin), static_cast<std::uint32_t>(u.end), key, drawn});
    }
    return true;
}

std::optional<TextLayout::UnitAt> TextLayout::unitAt(std::size_t codePoint) const {
    auto it = std::upper_bound(units_.begin(), units_.end(), codePoint,
                               [](std::size_t v, const UnitRef& u) { return v < u.begin; });
    if (it == units_.begin() || (--it)->end <= codePoint) return std::nullopt;
    return UnitAt{keys_[it->key], it->begin, it->end, it->drawn};
}

float TextLayout::widthOf(const Text& text, const FontMetrics& metrics, const VisualLine& l) const {
    float x = 0;
    const std::string_view bytes = text.bytes();
    for (std::size_t byte = text.byteOf(l.begin), cp = l.begin; cp < l.end; ++cp) {
        const utf8::Decoded d = utf8::decode(bytes, byte);
        x += advanceOn(l, cp, d.codePoint, x, metrics);
        byte += d.length;
    }
    return x;
}

void TextLayout::reorder(const Text& text, const FontMetrics& metrics, std::size_t begin, std::size_t end, std::size_t firstLine) {
    std::u32string paragraph;
    paragraph.reserve(end - begin);
    const std::string_view bytes = text.bytes();
    for (std::size_t byte = text.byteOf(begin), cp = begin; cp < end; ++cp) {
        const utf8::Decoded d = utf8::decode(bytes, byte);
        paragraph.push_back(d.codePoint);
        byte += d.length;
    }
    const BidiParagraph bidi(paragraph);
    for (std::size_t i = firstLine; i < lines_.size(); ++i) {
        VisualLine& l = lines_[i];
        l.rightToLeft = bidi.level() == 1;
        if (l.rightToLeft) l.x = std::max(0.0f, options_.width - widthOf(text, metrics, l));
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
        const float w = advanceOn(l, at, text.at(at), x, metrics);
        std::size_t past = at + 1;
        while (past < l.end && within(l, past)) ++past;
        out.push_back({at, l.x + x, w, rtl, within(l, at), past});
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
        x += advanceOn(l, cp, d.codePoint, x, metrics);
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
        if (g.codePoint < a || g.codePoint >= b || g.withinUnit) continue;
        if (!out.empty() && g.x <= out.back().second + 0.01f) out.back().second = g.x + g.width;
        else out.emplace_back(g.x, g.x + g.width);
    }
    return out;
}

std::pair<std::size_t, std::size_t> TextLayout::visualHull(const Text& text, const FontMetrics& metrics, std::size_t lineIndex,
                                                           float x0, float x1) const {
    const float lo = std::min(x0, x1), hi = std::max(x0, x1);
    std::size_t begin = SIZE_MAX, end = 0;
    for (const GlyphBox& g : glyphs(text, metrics, lineIndex)) {
        const float middle = g.x + g.width / 2;
        if (g.withinUnit || middle < lo || middle > hi) continue;
        begin = std::min(begin, g.codePoint);
        end = std::max(end, g.end);
    }
    if (begin == SIZE_MAX) return {0, 0};
    return {begin, end};
}

std::size_t TextLayout::hitTest(const Text& text, const FontMetrics& metrics, Point p) const {
    if (lines_.empty()) return 0;
    if (p.y < 0) return 0;
    const std::size_t index = lineAtY(p.y);
    const VisualLine& l = lines_[index];
    if (reordered(index)) {
        // The nearer side of the glyph under the point; a right-to-left glyph's left side is after it.
        for (const GlyphBox& g : glyphs(text, metrics, index)) {
            if (g.withinUnit) continue;
            if (p.x < g.x + g.width / 2) return g.rightToLeft ? g.end : g.codePoint;
            if (p.x < g.x + g.width) return g.rightToLeft ? g.codePoint : g.end;
        }
        return l.rightToLeft ? l.begin : l.end;
    }
    const std::string_view bytes = text.bytes();
    float x = l.x;
    std::size_t byte = text.byteOf(l.begin);
    for (std::size_t cp = l.begin; cp < l.end; ++cp) {
        const utf8::Decoded d = utf8::decode(bytes, byte);
        const float w = advanceOn(l, cp, d.codePoint, x - l.x, metrics);
        if (!within(l, cp) && p.x < x + w / 2) return cp;
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
        x += advanceOn(l, cp, d.codePoint, x - l.x, metrics);
        if (p.x < x) return cp;
        byte += d.length;
    }
    return std::nullopt;
}

}  // namespace spanmark::app
