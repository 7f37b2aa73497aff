#pragma once
// What the person has selected and is doing: the text selection and caret,
// the selected span or relation, and a pending link. Shared by the commands
// (which change it) and the views (which draw it); not part of the document.
#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>

#include "core/boundaries.hpp"

namespace spanmark::workspace {

struct Selection {
    std::size_t anchor = 0;  // text selection: the fixed end and the moving end (the caret)
    std::size_t caret = 0;
    std::string selectedSpan;      // span id, or empty
    std::string selectedRelation;  // relation id, or empty
    std::string relationSource;    // after `r`: the span waiting for its other end
    std::string hoveredSpan;
    // A command moved the selection somewhere the view should scroll to; the view takes it.
    std::optional<Range> reveal;

    Range range() const { return {std::min(anchor, caret), std::max(anchor, caret)}; }
    bool hasSelection() const { return anchor != caret; }
    void select(Range r) {
        anchor = r.begin;
        caret = r.end;
        selectedSpan.clear();
        selectedRelation.clear();
    }
    void placeCaret(std::size_t p) { select({p, p}); }
};

}  // namespace spanmark::workspace
