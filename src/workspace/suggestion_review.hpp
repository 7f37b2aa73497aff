#pragma once
// The rules' suggestions under review in the editor: which are still open
// (not accepted, rejected, or made moot by the person's own spans), which
// one the keyboard is on, and the edits that accept them. Data only: the
// text view draws it, the editor turns keys into calls here.
#include <cstddef>
#include <functional>
#include <map>
#include <unordered_map>
#include <optional>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/edit.hpp"
#include "suggest/suggestion.hpp"

namespace spanmark::workspace {

// The open suggestions per label, and how many of them are the tagger's spans.
// (Outside the class: clang cannot default-construct a nested struct with
// member initialisers inside the class that holds it in an optional.)
struct OpenSuggestionTally {
    std::map<std::string, std::size_t> byLabel;
    std::size_t tagged = 0;
};

class SuggestionReview {
public:
    // The learned tagger's spans (suggestion_review_tagger.cpp) in place of
    // those it offered before that are still open; what the person rejected
    // stays rejected, and a span where a rule suggests its label is left out.
    void replaceTagged(std::vector<suggest::SpanSuggestion> tagged, const Document& doc);
    // The tagger's suggestions under this confidence (0..1) are not offered.
    void setThreshold(double threshold);
    double threshold() const { return threshold_; }
    std::size_t taggedCount() const { return tally().tagged; }  // the tagger's open suggestions

    // Runs the rules over the document (after it was opened).
    void rebuild(const Document& doc);
    // Takes suggestions found elsewhere (a suggest::Run spread over frames).
    void adopt(suggest::Suggestions suggestions);
    void clear();

    // Keeps the suggestions in step with a change: those an edit settles
    // close, those its undo unsettles open again, and a string the person
    // labelled is suggested at its other occurrences.
    void afterEdit(const Document& doc, const Edit& edit, bool undone);

    std::size_t openCount() const;
    // Open suggestions per label (span labels, and the relation label for speakers).
    std::map<std::string, std::size_t> openByLabel() const;

    // Moves to the next (+1) or previous (-1) open suggestion, from the
    // current one or else from `position`, wrapping around; false when none is open.
    bool step(int direction, std::size_t position);
    // After the current suggestion closed: on to the next open one.
    bool advance();
    // No current suggestion: the next step starts from a position again.
    void leave() { current_ = SIZE_MAX; }
    // Makes the open span suggestion under a position the current one.
    bool selectAt(std::size_t position);
    bool hasCurrent() const;
    // What the current suggestion covers (a speaker: from the quote to its actor).
    Range currentRange() const;
    std::string currentLabel() const;
    const suggest::SpanSuggestion* currentSpan() const;
    const suggest::RelationSuggestion* currentRelation() const;

    // A merge's difference (`spanmark merge`): the open variants of the
    // current suggestion's difference, in place order (empty when it is not
    // a variant). Accepting one settles the others; rejecting one, all.
    std::vector<const suggest::SpanSuggestion*> currentVariants() const;
    Edit acceptVariant(const Document& doc, std::size_t k) const;
    // "1 ACTOR · anna, ben (Enter) — 2 PLACE · chen", each variant's words
    // quoted when their ends differ; what the status bar and the tag say.
    std::string describeVariants(const Text& text) const;
    // Reviewing a merge: the rules' suggestions and propagation stay out of the way.
    bool curating() const { return curating_; }

    Edit acceptCurrent(const Document& doc) const;
    Edit acceptAll(const Document& doc, const std::string& label) const;
    void rejectCurrent();
    // Rejecting the difference under review as a change of the document: its
    // variants' keys added to meta "rejected", so it is one undo step and is
    // saved with the gold. Empty when the current suggestion is no difference.
    Edit rejectionEdit(const Document& doc) const;

    // Open span suggestions meeting [begin, end), with whether each is the current one.
    void forEachOpenRelation(const std::function<void(const suggest::RelationSuggestion&)>& visit) const {
        for (std::size_t i = 0; i < all_.relations.size(); ++i)
            if (relationStates_[i].open()) visit(all_.relations[i]);
    }
    void forEachOpen(std::size_t begin, std::size_t end,
                     const std::function<void(const suggest::SpanSuggestion&, bool current)>& visit) const;

private:
    struct Item {
        bool relation = false;
        std::size_t index = 0;
    };
    struct State {
        bool settled = false;   // the document already has it, or has a span of its label there
        bool rejected = false;
        bool orphaned = false;  // propagated from a labelled string that no longer carries the label
        bool unsure = false;    // the tagger's, under the confidence threshold
        bool open() const { return !settled && !rejected && !orphaned && !unsure; }
    };
    // Where the current item is, to find it again after the lists moved.
    struct Place {
        bool relation;
        Range range;
    };
    std::optional<Place> currentPlace() const;
    void findCurrent(const std::optional<Place>& place);

    bool itemOpen(const Item& item) const;
    Range itemRange(const Item& item) const;
    std::size_t itemPosition(const Item& item) const;
    bool spanOpen(std::size_t i) const { return spanStates_[i].open(); }
    bool spanSuggested(Range range, const std::string& label) const;
    // Settles the suggestions meeting `changed`; `window` grows by the variants of the differences touched.
    void settleSpans(const Document& doc, Range changed, Range& window);
    // The variants of the differences among `touched` settle with any one of them accepted.
    void settleDifferences(const Document& doc, const std::vector<std::string>& touched);
    // Every relation suggestion, or (window given) those with an end meeting it.
    void settleRelations(const Document& doc, std::optional<Range> window = std::nullopt);
    // The indices of a difference's variants in all_.spans, built once until they move.
    const std::vector<std::size_t>& variantsOf(const std::string& difference) const;
    // A change of meta "rejected": the variants it names or no longer names follow it.
    void followRejections(const Document& doc, const std::string& before, const std::string& after, Range& window);
    void propagate(const Document& doc, const Span& labelled);
    void unpropagate(const Document& doc, const Span& unlabelled);
    void rebuildOrder();

    suggest::Suggestions all_;
    std::vector<State> spanStates_;
    std::vector<State> relationStates_;
    std::vector<Item> order_;  // by position; a speaker right after its quote
    std::size_t current_ = SIZE_MAX;  // into order_
    std::size_t longest_ = 0;         // the longest span suggestion, for range queries
    bool curating_ = false;           // the suggestions are a merge's differences
    double threshold_ = 0.5;
    // The open suggestions counted, until the next change.
    using Tally = OpenSuggestionTally;
    const Tally& tally() const;
    mutable std::optional<Tally> tally_;
    mutable std::optional<std::unordered_map<std::string, std::vector<std::size_t>>> variants_;
};

}  // namespace spanmark::workspace
