#pragma once
// What the person has selected and is doing: the view state shared by the
// text view, the panels and the keyboard commands. Not part of the document.
#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "core/boundaries.hpp"

namespace spanmark::app {

struct EditorState {
    std::size_t anchor = 0;  // text selection: the fixed end and the moving end (the caret)
    std::size_t caret = 0;
    std::string selectedSpan;      // span id, or empty
    std::string selectedRelation;  // relation id, or empty
    std::string relationSource;    // after `r`: the span waiting for its other end
    std::string hoveredSpan;

    Range selection() const { return {std::min(anchor, caret), std::max(anchor, caret)}; }
    bool hasSelection() const { return anchor != caret; }
    void select(Range r) {
        anchor = r.begin;
        caret = r.end;
        selectedSpan.clear();
        selectedRelation.clear();
    }
    void placeCaret(std::size_t p) { select({p, p}); }
};

struct SearchHighlights {
    const std::vector<Range>* matches = nullptr;  // sorted
    std::size_t current = 0;
};

}  // namespace spanmark::app
