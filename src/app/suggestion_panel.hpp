#pragma once
// The side panel's Suggestions section: how many are open per label, with
// a button that accepts all of one label, and the keys that review them.
#include <optional>
#include <string>

#include "app/palette.hpp"
#include "workspace/suggestion_review.hpp"

namespace spanmark::app {

struct SuggestionPanelAction {
    std::optional<std::string> acceptAll;  // a label
    bool review = false;                   // start with the first open suggestion
    bool toggleShown = false;
};

SuggestionPanelAction drawSuggestionPanel(const workspace::SuggestionReview& review, const Palette& palette, bool shown, bool pending);

}  // namespace spanmark::app
