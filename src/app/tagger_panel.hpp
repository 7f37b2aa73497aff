#pragma once
// The side panel's Tagger section: what the learned tagger has learnt (and
// how far its learning is), how many of the open suggestions are its own,
// and the confidence under which its suggestions are not offered.
#include <optional>

#include "app/text_view.hpp"
#include "workspace/workspace.hpp"

namespace spanmark::app {

struct TaggerPanelAction {
    std::optional<double> threshold;
    std::optional<Rect> slider;  // where the threshold's slider was drawn (framebuffer pixels)
};

TaggerPanelAction drawTaggerPanel(const workspace::Workspace& workspace);

}  // namespace spanmark::app
