#pragma once
// The column beside the article: the selected span's details, every span
// grouped by label, and every quote with its speaker.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/panel_lists.hpp"
#include "app/search_highlights.hpp"
#include "workspace/selection.hpp"
#include "app/glyph_cache.hpp"
#include "app/palette.hpp"
#include "core/edit.hpp"
#include "workspace/session.hpp"

namespace spanmark::app {

struct PanelAction {
    std::optional<std::string> jumpToSpan;  // select it and bring it into view
    std::optional<Edit> edit;               // a note or attribute change
};

class SidePanel {
public:
    // `change` is the step that made `revision`, when one did: the lists follow it.
    PanelAction draw(const Document& doc, std::uint64_t revision, std::optional<workspace::Session::Change> change,
                     const Palette& palette, const workspace::Selection& state);

    // Where the document text the embedded font cannot draw comes from (text_line.hpp).
    void useGlyphs(GlyphCache* glyphs) { glyphs_ = glyphs; }

private:
    void drawDetails(const Document& doc, const Palette& palette, const workspace::Selection& state, PanelAction& action);
    void drawSpanList(const Document& doc, const Palette& palette, const workspace::Selection& state, PanelAction& action);
    void drawQuotes(const Document& doc, const workspace::Selection& state, PanelAction& action);

    std::uint64_t revision_ = UINT64_MAX;
    std::string filter_;
    PanelLists lists_;
    GlyphCache* glyphs_ = nullptr;
    // The details panel edits a copy and commits it as one edit when a field is left.
    std::string editingSpan_;
    std::string note_;
    std::vector<std::pair<std::string, std::string>> attributes_;
};

}  // namespace spanmark::app
