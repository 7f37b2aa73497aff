#pragma once
// Ctrl+F: find a phrase, step through the matches, and label them all at once.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/search_highlights.hpp"
#include "workspace/selection.hpp"
#include "app/palette.hpp"
#include "core/document.hpp"
#include "core/search.hpp"

namespace spanmark::app {

struct SearchAction {
    std::optional<Range> show;          // a match to bring into view and select
    std::optional<std::string> labelAll;  // label every match with this span label
};

class SearchBar {
public:
    void open() {
        open_ = true;
        focus_ = true;
    }
    void close() { open_ = false; }
    bool isOpen() const { return open_; }

    // `loads` counts the documents opened (Session::loads): matches are found again when it moves.
    SearchAction draw(const Document& doc, std::uint64_t loads, const Palette& palette);
    SearchHighlights highlights() const { return open_ ? SearchHighlights{&matches_, current_} : SearchHighlights{}; }
    const std::vector<Range>& matches() const { return matches_; }

private:
    void refresh(const Document& doc, std::uint64_t loads);

    bool open_ = false;
    bool focus_ = false;
    std::string query_;
    SearchOptions options_;
    std::vector<Range> matches_;
    std::size_t current_ = 0;
    std::string searchedQuery_;
    SearchOptions searchedOptions_;
    std::uint64_t searchedLoads_ = UINT64_MAX;
};

}  // namespace spanmark::app
