// The text view's drawing of suggestions: dashed outlines with no fill, so
// they never look like spans (tinted, underlined); the one the keyboard is
// on gets a solid frame and a tag that says what Enter and Delete do.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "app/text_view.hpp"

namespace spanmark::app {
namespace {

void dashedLine(ImDrawList* draw, ImVec2 a, ImVec2 b, ImU32 color, float thickness) {
    const float length = std::hypot(b.x - a.x, b.y - a.y);
    if (length <= 0) return;
    const float dash = thickness * 3, gap = thickness * 2.5f;
    const ImVec2 unit((b.x - a.x) / length, (b.y - a.y) / length);
    for (float d = 0; d < length; d += dash + gap) {
        const float e = std::min(length, d + dash);
        draw->AddLine(ImVec2(a.x + unit.x * d, a.y + unit.y * d), ImVec2(a.x + unit.x * e, a.y + unit.y * e), color, thickness);
    }
}

void dashedRect(ImDrawList* draw, ImVec2 a, ImVec2 b, ImU32 color, float thickness) {
    dashedLine(draw, a, ImVec2(b.x, a.y), color, thickness);
    dashedLine(draw, ImVec2(b.x, a.y), b, color, thickness);
    dashedLine(draw, b, ImVec2(a.x, b.y), color, thickness);
    dashedLine(draw, ImVec2(a.x, b.y), a, color, thickness);
}

constexpr const char* kHint = "?  Enter accepts \xC2\xB7 Del rejects \xC2\xB7 Tab next";

}  // namespace

void TextView::drawSuggestions(const Document& doc, const Palette& palette, const workspace::SuggestionReview& review,
                               ImDrawList* draw, ImFont* tagFont, std::size_t visibleBegin, std::size_t visibleEnd) {
    const float thin = std::max(1.0f, std::round(fontSize_ / 14));
    auto boxesOf = [&](Range r) { return rects(doc, std::max(r.begin, visibleBegin), std::min(r.end, visibleEnd)); };
    auto outline = [&](const Rect& box, ImU32 color, bool current) {
        const ImVec2 a(box.x - 2, box.y + textOffset_ - 3), b(box.x + box.width + 2, box.y + textOffset_ + fontSize_ + 3);
        if (current) draw->AddRect(a, b, color, 3.0f, 0, thin * 2.5f);
        else dashedRect(draw, a, b, color, thin * 1.5f);
    };
    review.forEachOpen(visibleBegin, visibleEnd, [&](const suggest::SpanSuggestion& s, bool current) {
        const ImU32 color = palette.solid(s.label);
        const auto boxes = boxesOf(s.range);
        for (const Rect& box : boxes) outline(box, color, current);
        if (!current || boxes.empty()) return;
        // A merge's difference: its variants and who made each, a number for each.
        const std::string variants = s.difference.empty() ? std::string() : review.describeVariants(doc.text);
        drawTag(draw, tagFont, boxes.front().x, boxes.front().y + textOffset_ - 3, color,
                variants.empty() ? s.label + kHint : variants + "  \xC2\xB7 number picks \xC2\xB7 Del rejects all");
    });
    // A speaker: both ends framed and a dashed line from the quote to the actor.
    if (const suggest::RelationSuggestion* r = review.currentRelation()) {
        const auto from = boxesOf(r->from), to = boxesOf(r->to);
        for (const Rect& box : from) outline(box, palette.solid(r->fromLabel), true);
        for (const Rect& box : to) outline(box, palette.solid(r->toLabel), true);
        const ImU32 ink = palette.solid(r->toLabel);
        if (!from.empty() && !to.empty()) {
            const Rect& a = r->to.begin >= r->from.end ? from.back() : from.front();
            const Rect& b = to.front();
            dashedLine(draw, ImVec2(a.x + a.width / 2, a.y + textOffset_ + fontSize_ + 4),
                       ImVec2(b.x + b.width / 2, b.y + textOffset_ + fontSize_ + 4), ink, thin * 2);
        }
        const std::string actor(doc.text.slice(r->to.begin, std::min(r->to.end, r->to.begin + 40)));
        const Rect* at = !from.empty() ? &from.front() : !to.empty() ? &to.front() : nullptr;
        if (at) drawTag(draw, tagFont, at->x, at->y + textOffset_ - 3, ink, r->label + ": " + actor + kHint);
    }
}

// A difference between two layers: a red frame over the span's glyphs, so
// the span's own tint and underline still show, and its label in words (two
// layers that differ only in the label are told apart at a glance).
void TextView::drawMarked(const Document& doc, const Palette& palette, const MarkedRanges& marked, ImDrawList* draw,
                          ImFont* tagFont, std::size_t visibleBegin, std::size_t visibleEnd) {
    const std::vector<Range>& ranges = *marked.ranges;
    const std::size_t from = visibleBegin > marked.longest ? visibleBegin - marked.longest : 0;
    auto it = std::lower_bound(ranges.begin(), ranges.end(), from, [](const Range& r, std::size_t v) { return r.begin < v; });
    const ImU32 frame = IM_COL32(214, 40, 40, 235), fill = IM_COL32(214, 40, 40, 40);
    const float thickness = std::max(2.0f, fontSize_ / 9);
    for (; it != ranges.end() && it->begin < visibleEnd; ++it) {
        if (it->end <= visibleBegin) continue;
        const std::vector<Rect> boxes = rects(doc, it->begin, it->end);
        for (const Rect& b : boxes) {
            const ImVec2 a(b.x - 2, b.y + textOffset_ - 4), z(b.x + b.width + 2, b.y + textOffset_ + fontSize_ + 4);
            draw->AddRectFilled(a, z, fill, 3.0f);
            draw->AddRect(a, z, frame, 3.0f, 0, thickness);
        }
        if (marked.labels && !boxes.empty()) {
            const std::string& label = (*marked.labels)[static_cast<std::size_t>(it - ranges.begin())];
            drawTag(draw, tagFont, boxes.front().x - 2, boxes.front().y + textOffset_ - 4, palette.solid(label), label);
        }
    }
}

}  // namespace spanmark::app
