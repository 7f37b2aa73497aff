#include "app/text_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "app/text_view_metrics.hpp"
#include "app/theme.hpp"
#include "core/utf8.hpp"

namespace spanmark::app {

namespace {

// A comfortable reading column: long lines tire the eye.
constexpr float kMaxColumnEms = 42.0f;
constexpr int kMaxLanes = 4;

ImVec2 toImVec(Point p) { return ImVec2(p.x, p.y); }

Point bezier(Point a, Point b, Point c, Point d, float t) {
    const float u = 1 - t;
    return {u * u * u * a.x + 3 * u * u * t * b.x + 3 * u * t * t * c.x + t * t * t * d.x,
            u * u * u * a.y + 3 * u * u * t * b.y + 3 * u * t * t * c.y + t * t * t * d.y};
}

}  // namespace

std::optional<TextClick> TextView::draw(const Document& doc, std::uint64_t revision, ImFont* font, ImFont* tagFont,
                                        const Palette& palette, workspace::Selection& state, const SearchHighlights& search,
                                        const workspace::SuggestionReview* suggestions, const MarkedRanges* marked) {
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    pad_ = std::round(font->FontSize * 1.5f);
    const float column = std::min(avail.x - 2 * pad_ - ImGui::GetStyle().ScrollbarSize, font->FontSize * kMaxColumnEms);
    const float width = std::max(column, font->FontSize * 4);
    const Metrics metrics(font, glyphs_);

    if (width != layoutWidth_ || font != font_ || font->FontSize != fontSize_) {
        // Keep the reading position across a re-wrap: the first visible character stays on top.
        std::optional<std::size_t> anchor;
        float anchorOffset = 0;
        if (layoutWidth_ > 0 && layout_.lineCount() > 0 && scrollY_ > 0) {
            const VisualLine& top = layout_.line(layout_.lineAtY(std::max(0.0f, scrollY_ - pad_)));
            anchor = top.begin;
            anchorOffset = (scrollY_ - pad_ - top.y) / std::max(1.0f, layout_.lineHeight());
        }
        LayoutOptions options;
        options.width = width;
        options.paragraphSpacing = std::round(font->FontSize * 0.25f);
        layout_.build(doc.text, metrics, options);
        layoutWidth_ = width;
        font_ = font;
        fontSize_ = font->FontSize;
        if (anchor && !scrollTo_)
            scrollTo_ = layout_.line(layout_.lineOf(*anchor)).y + pad_ + anchorOffset * layout_.lineHeight();
    }
    if (revision != lanesRevision_) {
        lanesWindow_ = {SIZE_MAX, SIZE_MAX};
        relationEnds_.clear();
        doc.annotations.forEachRelation([&](const Relation& r) {
            const Span* from = doc.annotations.span(r.from);
            const Span* to = doc.annotations.span(r.to);
            if (from && to) relationEnds_.push_back({&r, from, to});
        });
        lanesRevision_ = revision;
    }
    textOffset_ = std::round(font->FontSize * 0.2f);

    if (scrollTo_) ImGui::SetNextWindowScroll(ImVec2(-1.0f, *scrollTo_));
    scrollTo_.reset();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme().paper);
    ImGui::BeginChild("text", ImVec2(0, avail.y), ImGuiChildFlags_None, ImGuiWindowFlags_NoMove);
    focused_ = ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows);
    const float left = std::round(ImGui::GetWindowPos().x + std::max(pad_, (ImGui::GetWindowWidth() - width) / 2));
    scrollY_ = ImGui::GetScrollY();
    viewHeight_ = ImGui::GetWindowHeight();
    viewWidth_ = ImGui::GetWindowWidth();
    origin_ = {left, ImGui::GetWindowPos().y + pad_};

    std::optional<TextClick> click;
    handleMouse(doc, metrics, state, click);

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float lineHeight = layout_.lineHeight();
    const std::string_view bytes = doc.text.bytes();
    linesDrawn_ = 0;
    spansDrawn_ = 0;
    fallbacksDrawn_ = 0;
    unitsDrawn_ = 0;
    arrows_.clear();
    if (layout_.lineCount() > 0) {
        const std::size_t first = layout_.lineAtY(std::max(0.0f, scrollY_ - pad_));
        std::size_t last = first;
        while (last + 1 < layout_.lineCount() && layout_.line(last + 1).y < scrollY_ - pad_ + viewHeight_) ++last;
        const std::size_t visibleBegin = layout_.line(first).begin;
        const std::size_t visibleEnd = layout_.line(last).next;

        auto fillRange = [&](Range r, ImU32 color) {
            for (const Rect& box : rects(doc, r.begin, r.end))
                draw->AddRectFilled(ImVec2(box.x, box.y + textOffset_ - 2),
                                    ImVec2(box.x + box.width, box.y + textOffset_ + fontSize_ + 2), color, 2.0f);
        };
        // Search matches, behind everything.
        if (search.matches) {
            const auto& m = *search.matches;
            auto it = std::lower_bound(m.begin(), m.end(), visibleBegin,
                                       [](const Range& r, std::size_t v) { return r.end <= v; });
            for (; it != m.end() && it->begin < visibleEnd; ++it) {
                const bool current = static_cast<std::size_t>(it - m.begin()) == search.current;
                fillRange(*it, current ? IM_COL32(255, 170, 0, 190) : IM_COL32(255, 226, 90, 150));
            }
        }
        drawSpans(doc, metrics, palette, state, draw, first, last);
        if (state.hasSelection()) fillRange(state.range(), ImGui::GetColorU32(ImGuiCol_TextSelectedBg));

        const ImU32 ink = ImGui::GetColorU32(theme().ink);
        for (std::size_t i = first; i <= last; ++i) {
            const VisualLine& line = layout_.line(i);
            const float y = origin_.y + line.y - scrollY_;
            if (layout_.reordered(i) || layout_.hasUnits(i)) {
                drawGlyphs(doc, metrics, i, draw, font, left, y, ink);
                ++linesDrawn_;
                continue;
            }
            // Tabs jump to stops the font knows nothing of, so each run between
            // them is drawn at the x the layout gives it.
            std::size_t runBegin = line.begin;
            std::size_t byte = doc.text.byteOf(line.begin);
            std::size_t runByte = byte;
            for (std::size_t cp = line.begin; cp <= line.end; ++cp) {
                const bool atEnd = cp == line.end;
                if (atEnd || bytes[byte] == '\t') {
                    if (byte > runByte) {
                        const float x = layout_.xOf(doc.text, metrics, i, runBegin);
                        draw->AddText(font, font->FontSize, ImVec2(left + x, y + textOffset_), ink,
                                      bytes.data() + runByte, bytes.data() + byte);
                    }
                    if (atEnd) break;
                    runBegin = cp + 1;
                    runByte = byte + 1;
                }
                byte += utf8::sequenceLength(static_cast<unsigned char>(bytes[byte]));
            }
            ++linesDrawn_;
        }

        // The caret, where typing a label key after a keyboard selection would act.
        if (!state.hasSelection() && state.selectedSpan.empty() && focused_ && state.caret <= doc.text.size()) {
            const std::size_t line = layout_.lineOf(state.caret);
            if (line >= first && line <= last) {
                const float x = left + layout_.xOf(doc.text, metrics, line, state.caret);
                const float y = origin_.y + layout_.line(line).y - scrollY_ + textOffset_ - 2;
                draw->AddLine(ImVec2(x, y), ImVec2(x, y + fontSize_ + 4), ink, std::max(1.0f, fontSize_ / 12));
            }
        }
        drawRelations(doc, palette, state, draw, tagFont, visibleBegin, visibleEnd);
        if (suggestions) drawSuggestions(doc, palette, *suggestions, draw, tagFont, visibleBegin, visibleEnd);
        if (marked && marked->ranges) drawMarked(doc, palette, *marked, draw, tagFont, visibleBegin, visibleEnd);

        // The selected span's label, always in words.
        if (const Span* s = doc.annotations.span(state.selectedSpan)) {
            const auto boxes = rects(doc, s->start, s->end);
            for (const Rect& b : boxes)
                draw->AddRect(ImVec2(b.x - 1, b.y + textOffset_ - 3),
                              ImVec2(b.x + b.width + 1, b.y + textOffset_ + fontSize_ + 3), palette.solid(s->label),
                              3.0f, 0, std::max(2.0f, fontSize_ / 9));
            if (!boxes.empty())
                drawTag(draw, tagFont, boxes.front().x, boxes.front().y + textOffset_ - 3, palette.solid(s->label), s->label);
        }
    }
    ImGui::SetCursorPos(ImVec2(0, 0));
    // Room past the end, so the last lines can be read in the middle of the view.
    ImGui::Dummy(ImVec2(1, layout_.height() + 2 * pad_ + lineHeight + std::round(viewHeight_ * 0.5f)));
    ImGui::EndChild();
    ImGui::PopStyleColor();
    return click;
}

void TextView::handleMouse(const Document& doc, const Metrics& metrics, workspace::Selection& state,
                           std::optional<TextClick>& click) {
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 mouse = io.MousePos;
    const Point inDoc{mouse.x - origin_.x, mouse.y - origin_.y + scrollY_};
    const bool hovered = ImGui::IsWindowHovered() && mouse.x < ImGui::GetWindowPos().x + viewWidth_ - ImGui::GetStyle().ScrollbarSize;
    const std::optional<std::size_t> under = hovered ? layout_.characterAt(doc.text, metrics, inDoc) : std::nullopt;
    const std::size_t nearest = layout_.hitTest(doc.text, metrics, inDoc);

    state.hoveredSpan.clear();
    if (under && !dragging_) {
        const auto spans = spansAt(doc, *under);
        if (!spans.empty()) {
            state.hoveredSpan = spans.front();
            std::string tip;
            for (const std::string& id : spans) {
                const Span* s = doc.annotations.span(id);
                if (!tip.empty()) tip += "\ninside ";
                tip += s->label + "  " + s->id;
            }
            ImGui::SetTooltip("%s", tip.c_str());
        }
    }
    if (hovered) ImGui::SetMouseCursor(under ? ImGuiMouseCursor_TextInput : ImGuiMouseCursor_Arrow);

    if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        if (ImGui::GetMouseClickedCount(ImGuiMouseButton_Left) == 2 && under) {
            state.select(wordAt(doc.text, *under));
            dragging_ = false;
            return;
        }
        if (io.KeyShift) {
            state.caret = nearest;
            const Range r = io.KeyAlt ? state.range() : snapToWords(doc.text, state.range());
            const bool forward = state.caret >= state.anchor;
            state.select(r);
            if (!forward) std::swap(state.anchor, state.caret);
            return;
        }
        state.anchor = state.caret = nearest;
        dragging_ = true;
        dragFrom_ = inDoc;
        return;
    }
    if (!dragging_) return;
    if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        state.caret = nearest;
        // Along one reordered line the drag covers what it passed over on the screen.
        const std::size_t line = layout_.lineAtY(inDoc.y);
        if (layout_.lineCount() > 0 && line == layout_.lineAtY(dragFrom_.y) && layout_.reordered(line)) {
            const auto [begin, end] = layout_.visualHull(doc.text, metrics, line, dragFrom_.x, inDoc.x);
            if (end > begin) {
                const bool forward = inDoc.x >= dragFrom_.x;
                state.anchor = forward ? begin : end;
                state.caret = forward ? end : begin;
            }
        }
        // Past the top or bottom edge, the view follows the drag.
        const float top = ImGui::GetWindowPos().y, bottom = top + viewHeight_;
        if (mouse.y < top + 4) ImGui::SetScrollY(std::max(0.0f, scrollY_ - layout_.lineHeight()));
        if (mouse.y > bottom - 4) ImGui::SetScrollY(scrollY_ + layout_.lineHeight());
        return;
    }
    dragging_ = false;
    if (state.caret != state.anchor) {
        const Range raw = state.range();
        state.select(io.KeyAlt ? Range{isGraphemeBoundary(doc.text, raw.begin) ? raw.begin : previousGraphemeBoundary(doc.text, raw.begin),
                                       isGraphemeBoundary(doc.text, raw.end) ? raw.end : nextGraphemeBoundary(doc.text, raw.end)}
                               : snapToWords(doc.text, raw));
        return;
    }
    TextClick c;
    c.position = nearest;
    c.relation = relationAt({mouse.x, mouse.y});
    if (under) c.spans = spansAt(doc, *under);
    click = std::move(c);
}

std::vector<std::string> TextView::spansAt(const Document& doc, std::size_t character) const {
    auto covering = doc.annotations.covering(character);
    std::stable_sort(covering.begin(), covering.end(),
                     [](const Span* a, const Span* b) { return a->end - a->start < b->end - b->start; });
    std::vector<std::string> ids;
    for (const Span* s : covering) ids.push_back(s->id);
    return ids;
}

void TextView::drawSpans(const Document& doc, const Metrics& metrics, const Palette& palette, const workspace::Selection& state,
                         ImDrawList* draw, std::size_t firstLine, std::size_t lastLine) {
    const std::size_t begin = layout_.line(firstLine).begin;
    const std::size_t end = std::max(layout_.line(lastLine).next, begin + 1);
    const float thickness = std::max(2.0f, std::round(fontSize_ / 9));
    const float laneGap = thickness + std::max(1.0f, std::round(fontSize_ / 12));
    if (lanesWindow_.begin != begin || lanesWindow_.end != end) {
        lanes_.assign(doc.annotations, begin, end);
        lanesWindow_ = {begin, end};
    }
    std::vector<VisibleSpan> visible;
    doc.annotations.forEachIntersecting(begin, end, [&](const Span& s) {
        visible.push_back({&s, std::min(lanes_.laneOf(s.id), kMaxLanes - 1)});
    });
    spansDrawn_ = visible.size();
    // Tints first, outer spans before inner ones, so nesting deepens the colour.
    for (int pass = 0; pass < 2; ++pass) {
        for (const VisibleSpan& v : visible) {
            const Span& s = *v.span;
            const std::size_t from = layout_.lineOf(std::max(s.start, begin));
            const std::size_t to = std::min(layout_.lineOf(s.end - 1), lastLine);
            for (std::size_t i = std::max(from, firstLine); i <= to; ++i) {
                const VisualLine& line = layout_.line(i);
                const std::size_t a = std::max(s.start, line.begin), b = std::min(s.end, line.end);
                if (b <= a) continue;
                const float y = origin_.y + line.y - scrollY_;
                for (const auto& [e0, e1] : layout_.extentsOf(doc.text, metrics, i, a, b)) {
                    const float x0 = origin_.x + e0;
                    const float x1 = origin_.x + e1;
                    if (pass == 0) {
                        // The span under the pointer stands out with a stronger tint.
                        const ImU32 tint = s.id == state.hoveredSpan
                                               ? (palette.tint(s.label) & ~IM_COL32_A_MASK) | (110u << IM_COL32_A_SHIFT)
                                               : palette.tint(s.label);
                        draw->AddRectFilled(ImVec2(x0, y + textOffset_ - 2), ImVec2(x1, y + textOffset_ + fontSize_ + 2),
                                            tint, 2.0f);
                        continue;
                    }
                    // One underline lane per nesting depth, patterned per label.
                    const float uy = y + textOffset_ + fontSize_ + 3 + v.lane * laneGap;
                    const ImU32 color = palette.solid(s.label);
                    switch (palette.styleOf(s.label)) {
                    case 1:  // dashed
                        for (float x = x0; x < x1; x += thickness * 4)
                            draw->AddRectFilled(ImVec2(x, uy), ImVec2(std::min(x + thickness * 2.5f, x1), uy + thickness), color);
                        break;
                    case 2:  // dotted
                        for (float x = x0; x < x1; x += thickness * 2)
                            draw->AddRectFilled(ImVec2(x, uy), ImVec2(std::min(x + thickness, x1), uy + thickness), color);
                        break;
                    case 3:  // double, thin
                        draw->AddRectFilled(ImVec2(x0, uy), ImVec2(x1, uy + thickness / 2), color);
                        draw->AddRectFilled(ImVec2(x0, uy + thickness), ImVec2(x1, uy + thickness * 1.5f), color);
                        break;
                    default:
                        draw->AddRectFilled(ImVec2(x0, uy), ImVec2(x1, uy + thickness), color);
                    }
                }
            }
        }
    }
}

void TextView::drawTag(ImDrawList* draw, ImFont* font, float x, float y, ImU32 color, const std::string& text) const {
    const float size = font->FontSize * 0.8f;
    const ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0, text.c_str());
    const float padX = std::round(size * 0.3f);
    const ImVec2 a(x, y - extent.y - 2), b(x + extent.x + 2 * padX, y);
    draw->AddRectFilled(a, b, color, 3.0f);
    draw->AddText(font, size, ImVec2(a.x + padX, a.y + 1), IM_COL32_WHITE, text.c_str());
}

void TextView::drawRelations(const Document& doc, const Palette& palette, const workspace::Selection& state, ImDrawList* draw,
                             ImFont* tagFont, std::size_t visibleBegin, std::size_t visibleEnd) {
    const float top = ImGui::GetWindowPos().y + 2, bottom = ImGui::GetWindowPos().y + viewHeight_ - 2;
    auto visible = [&](const Span& s) { return s.start < visibleEnd && s.end > visibleBegin; };
    // Where an arrow meets a span: the middle of the top of its first line in sight.
    // Where an arrow meets a span: the top (or, for a target further down,
    // the bottom) of its first line in sight, near its start.
    auto anchorOf = [&](const Span& s, bool bottom) -> Point {
        const auto boxes = rects(doc, std::max(s.start, visibleBegin), std::min(s.end, visibleEnd));
        if (boxes.empty()) return {origin_.x, top};
        const Rect& b = bottom ? boxes.back() : boxes.front();
        const float x = b.x + std::min(b.width / 2, fontSize_ * 3);
        return {x, bottom ? b.y + b.height - 2 : b.y + textOffset_ - 3};
    };
    auto arrow = [&](Point from, Point to, ImU32 color, float thickness, const std::string& id) {
        // Downwards the curve drops from under the source; otherwise it arcs over the line.
        const bool down = to.y > from.y + fontSize_;
        const float lift = std::clamp(std::hypot(to.x - from.x, to.y - from.y) / 3, fontSize_ * 1.2f, fontSize_ * 5);
        // Downwards the bend never passes the other end, or the curve would loop back over the text.
        const float bend = std::min(lift * 0.6f, (to.y - from.y) * 0.5f);
        const Point c1 = down ? Point{from.x, from.y + bend} : Point{from.x, from.y - lift};
        const Point c2 = down ? Point{to.x, to.y - bend} : Point{to.x, to.y - lift};
        DrawnArrow drawn{id, {}};
        for (int k = 0; k <= 24; ++k) drawn.points.push_back(bezier(from, c1, c2, to, k / 24.0f));
        draw->AddBezierCubic(toImVec(from), toImVec(c1), toImVec(c2), toImVec(to), color, thickness);
        // The head points along the curve's last stretch, into the target.
        const Point tail = drawn.points[22];
        float dx = to.x - tail.x, dy = to.y - tail.y;
        const float len = std::max(0.001f, std::hypot(dx, dy));
        dx /= len;
        dy /= len;
        const float h = fontSize_ * 0.5f;
        draw->AddTriangleFilled(toImVec(to), ImVec2(to.x - dx * h - dy * h * 0.5f, to.y - dy * h + dx * h * 0.5f),
                                ImVec2(to.x - dx * h + dy * h * 0.5f, to.y - dy * h - dx * h * 0.5f), color);
        if (!id.empty()) arrows_.push_back(std::move(drawn));
    };
    for (const RelationEnds& ends : relationEnds_) {
        const Relation& r = *ends.relation;
        const Span* from = ends.from;
        const Span* to = ends.to;
        const bool seeFrom = visible(*from), seeTo = visible(*to);
        if (!seeFrom && !seeTo) continue;
        const Label* label = findLabel(doc.labels, r.label);
        const bool selected = r.id == state.selectedRelation;
        const ImU32 color = selected ? IM_COL32(214, 39, 40, 255)
                                     : (label && !label->color.empty() ? ImGui::GetColorU32(colorFromHex(label->color))
                                                                        : IM_COL32(70, 74, 82, 230));
        const float thickness = selected ? std::max(3.0f, fontSize_ / 6) : std::max(1.5f, fontSize_ / 11);
        Point a = seeFrom ? anchorOf(*from, false) : Point{};
        Point b = seeTo ? anchorOf(*to, false) : Point{};
        // A target on a later line: the arrow leaves from under the source instead.
        if (seeFrom && seeTo && to->start >= from->end && b.y > a.y + fontSize_) a = anchorOf(*from, true);
        // An end out of sight: the arrow leaves by the edge it lies beyond, with a marker naming it.
        if (!seeFrom || !seeTo) {
            const Span& away = seeFrom ? *to : *from;
            const Point near = seeFrom ? a : b;
            const bool above = away.end <= visibleBegin;
            const Point edge{near.x + fontSize_ * 4, above ? top + fontSize_ * 1.4f : bottom - fontSize_ * 0.4f};
            (seeFrom ? b : a) = edge;
            drawTag(draw, tagFont, edge.x + 4, above ? top + fontSize_ * 1.4f : bottom - 2, color,
                    std::string(above ? "\xE2\x86\x91 " : "\xE2\x86\x93 ") + away.label + " " + away.id);
        }
        arrow(a, b, color, thickness, r.id);
    }
    // After `r`: a dashed line from the waiting span to the pointer.
    if (const Span* source = doc.annotations.span(state.relationSource); source && visible(*source)) {
        const Point a = anchorOf(*source, false);
        const ImVec2 m = ImGui::GetIO().MousePos;
        const float dx = m.x - a.x, dy = m.y - a.y, len = std::max(1.0f, std::hypot(dx, dy));
        for (float t = 0; t < len; t += fontSize_ * 0.6f) {
            const float t2 = std::min(len, t + fontSize_ * 0.35f);
            draw->AddLine(ImVec2(a.x + dx * t / len, a.y + dy * t / len), ImVec2(a.x + dx * t2 / len, a.y + dy * t2 / len),
                          IM_COL32(214, 39, 40, 255), 2.0f);
        }
    }
}

std::string TextView::relationAt(Point mouse) const {
    const float reach = std::max(6.0f, fontSize_ / 3);
    for (const DrawnArrow& a : arrows_)
        for (const Point& p : a.points)
            if (std::hypot(p.x - mouse.x, p.y - mouse.y) < reach) return a.id;
    return {};
}

bool TextView::scrollIntoView(std::size_t begin, std::size_t end) {
    if (layout_.lineCount() == 0) return false;
    const float top = layout_.line(layout_.lineOf(begin)).y;
    const float bottom = layout_.line(layout_.lineOf(end > begin ? end - 1 : begin)).y + layout_.lineHeight();
    const float visibleTop = scrollY_ - pad_;
    const float visibleBottom = visibleTop + viewHeight_;
    if (top >= visibleTop && bottom <= visibleBottom) return false;
    scrollTo_ = std::max(0.0f, top + pad_ - viewHeight_ / 3);
    return true;
}

std::vector<Rect> TextView::rects(const Document& doc, std::size_t begin, std::size_t end) const {
    std::vector<Rect> out;
    if (!font_ || layout_.lineCount() == 0 || end <= begin) return out;
    const Metrics metrics(font_, glyphs_);
    const std::size_t firstLine = layout_.lineOf(begin);
    const std::size_t lastLine = layout_.lineOf(end - 1);
    for (std::size_t i = firstLine; i <= lastLine; ++i) {
        const VisualLine& line = layout_.line(i);
        const std::size_t a = std::max(begin, line.begin);
        const std::size_t b = std::min(end, line.end);
        if (b <= a) continue;
        for (const auto& [x0, x1] : layout_.extentsOf(doc.text, metrics, i, a, b))
            out.push_back({origin_.x + x0, origin_.y + line.y - scrollY_, x1 - x0, layout_.lineHeight()});
    }
    return out;
}

ViewMetrics TextView::metrics() const {
    ViewMetrics m;
    m.scrollTop = scrollY_;
    m.scrollHeight = layout_.height() + 2 * pad_ + layout_.lineHeight() + std::round(viewHeight_ * 0.5f);
    m.clientHeight = viewHeight_;
    m.pointOverText = {origin_.x + std::min(layoutWidth_, viewWidth_) / 2, origin_.y - pad_ + viewHeight_ / 2};
    m.linesDrawn = linesDrawn_;
    m.spansDrawn = spansDrawn_;
    m.fallbacksDrawn = fallbacksDrawn_;
    m.unitsDrawn = unitsDrawn_;
    return m;
}

std::size_t TextView::lineUpDown(const Document& doc, std::size_t from, int lines) const {
    if (layout_.lineCount() == 0 || !font_) return from;
    const Metrics metrics(font_, glyphs_);
    const std::size_t line = layout_.lineOf(from);
    const float x = layout_.xOf(doc.text, metrics, line, from);
    const long target = std::clamp<long>(static_cast<long>(line) + lines, 0, static_cast<long>(layout_.lineCount()) - 1);
    const VisualLine& l = layout_.line(static_cast<std::size_t>(target));
    return layout_.hitTest(doc.text, metrics, {x, l.y + 1});
}

std::size_t TextView::visualLineStart(std::size_t position) const {
    return layout_.lineCount() ? layout_.line(layout_.lineOf(position)).begin : 0;
}

std::size_t TextView::visualLineEnd(std::size_t position) const {
    return layout_.lineCount() ? layout_.line(layout_.lineOf(position)).end : 0;
}

}  // namespace spanmark::app
