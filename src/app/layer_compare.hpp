#pragma once
// The side-by-side view of two layers of a merge: any two annotators, or an
// annotator and the gold being curated, each in a column of its own with
// the spans the other column has not framed in red. Both columns scroll
// together; "Next difference" brings the next one into both. It draws from
// the workspace's layers and changes nothing.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "app/palette.hpp"
#include "app/text_view.hpp"
#include "workspace/merge_layers.hpp"
#include "workspace/workspace.hpp"

struct ImFont;

namespace spanmark::app {

class LayerCompare {
public:
    bool isOpen() const { return open_; }
    void setOpen(bool open) { open_ = open; }
    void useGlyphs(GlyphCache* glyphs) {
        for (TextView& v : views_) v.useGlyphs(glyphs);
    }
    // Draws both columns in the space left in the current window.
    void draw(const workspace::Workspace& ws, ImFont* text, ImFont* ui, const Palette& palette, workspace::Host& host);
    // As of the last draw, for the status bar and the page's hook.
    std::string leftName() const { return names_.empty() ? "" : names_[choice_[0]]; }
    std::string rightName() const { return names_.empty() ? "" : names_[choice_[1]]; }
    std::size_t differences() const { return differences_.onlyLeft.size() + differences_.onlyRight.size(); }
    const std::vector<std::string>& layerNames() const { return names_; }
    // Where each layer's button is in the left (0) or right (1) column, in screen pixels.
    const std::vector<Point>& pickers(std::size_t side) const { return pickers_[side]; }

private:
    // Layer k: annotator k, or the gold (the open document) after the annotators.
    const Document& layer(const workspace::Workspace& ws, std::size_t k) const;
    void rebuild(const workspace::Workspace& ws);
    void nextDifference();

    bool open_ = false;
    std::vector<std::string> names_;
    std::size_t choice_[2] = {0, 1};
    std::size_t builtChoice_[2] = {SIZE_MAX, SIZE_MAX};
    std::uint64_t builtLoad_ = UINT64_MAX, builtRevision_ = UINT64_MAX;
    std::uint64_t stamp_[2] = {0, 0};  // the revision each column's view is told: new when its layer changed
    workspace::LayerDifferences differences_;
    std::size_t longest_[2] = {0, 0};
    std::size_t nextDifference_ = 0;  // into the differences of both sides, by position
    TextView views_[2];
    workspace::Selection selections_[2];
    float scrolled_[2] = {0, 0};
    std::vector<Point> pickers_[2];
};

}  // namespace spanmark::app
