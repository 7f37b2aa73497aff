// The learned tagger's suggestions in the review: they arrive after the
// rules' (the model may still be learning), are replaced when a newer model
// tags again, and are offered only above the confidence threshold.
#include <algorithm>
#include <set>
#include <tuple>

#include "suggest/suggest.hpp"
#include "suggest/tagger.hpp"
#include "workspace/suggestion_review.hpp"

namespace spanmark::workspace {

using suggest::SpanSuggestion;

void SuggestionReview::replaceTagged(std::vector<SpanSuggestion> tagged, const Document& doc) {
    if (curating_) return;  // a merge's review is the annotators' differences alone
    const std::optional<Place> current = currentPlace();
    std::vector<std::pair<SpanSuggestion, State>> kept;
    kept.reserve(all_.spans.size() + tagged.size());
    for (std::size_t i = 0; i < all_.spans.size(); ++i)
        if (all_.spans[i].rule != suggest::rule::tagger || !spanStates_[i].open() && !spanStates_[i].unsure)
            kept.emplace_back(std::move(all_.spans[i]), spanStates_[i]);
    // What stays decides what comes in: suggest::addTagged leaves out what overlaps a kept one of its label.
    suggest::Suggestions staying;
    for (const auto& [s, state] : kept) staying.spans.push_back(s);
    std::vector<suggest::TaggedSpan> incoming;
    for (SpanSuggestion& s : tagged) {
        const float confidence = s.confidence;
        incoming.push_back({std::move(s), confidence});
    }
    const std::size_t before = staying.spans.size();
    suggest::addTagged(staying, incoming, doc, 0.0);
    if (staying.spans.size() != before) {
        std::set<std::tuple<std::size_t, std::size_t, std::string>> decided;  // the tagger's that stay
        for (const auto& [s, state] : kept)
            if (s.rule == suggest::rule::tagger) decided.emplace(s.range.begin, s.range.end, s.label);
        for (SpanSuggestion& s : staying.spans)
            if (s.rule == suggest::rule::tagger && !decided.count({s.range.begin, s.range.end, s.label})) {
                s.extraJson.clear();  // accepted here, a span is the person's: its confidence stays in the review
                kept.emplace_back(std::move(s), State{});
            }
    }
    std::stable_sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return suggest::spanOrder(a.first, b.first); });
    all_.spans.clear();
    spanStates_.clear();
    longest_ = 0;
    for (auto& [s, state] : kept) {
        state.unsure = s.rule == suggest::rule::tagger && s.confidence < threshold_;
        longest_ = std::max(longest_, s.range.end - s.range.begin);
        all_.spans.push_back(std::move(s));
        spanStates_.push_back(state);
    }
    variants_.reset();
    tally_.reset();
    rebuildOrder();
    findCurrent(current);
}

void SuggestionReview::setThreshold(double threshold) {
    threshold_ = std::clamp(threshold, 0.0, 1.0);
    for (std::size_t i = 0; i < all_.spans.size(); ++i)
        if (all_.spans[i].rule == suggest::rule::tagger) spanStates_[i].unsure = all_.spans[i].confidence < threshold_;
    tally_.reset();
}

}  // namespace spanmark::workspace
