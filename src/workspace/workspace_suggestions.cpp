// The rules' suggestions for the open document: found a step a frame after
// it opens, reviewed from the keyboard, each decision one undo step.
#include <algorithm>

#include "suggest/accepted.hpp"
#include "workspace/workspace.hpp"

namespace spanmark::workspace {
namespace {

// A newly opened document gets its suggestions a moment after it is first
// drawn, a step a frame, so the text never waits for the rules.
constexpr int kSuggestAfterMs = 150;

}  // namespace

void Workspace::stepSuggestions() {
    const std::uint64_t load = session_.loads();
    if (load != reviewedLoad_) {
        reviewedLoad_ = load;
        review_.clear();
        reviewing_ = false;
        suggestionsPending_ = true;
        suggestionRun_.emplace();
        findLayers();
        // What `spanmark suggest` marked in the file is reviewed like the rest, as one undoable step.
        suggest::Marked marked = suggest::takeMarked(session_.document());
        markedSuggestions_ = {};
        if (!marked.removal.empty() && record(std::move(marked.removal))) {
            markedSuggestions_ = std::move(marked.suggestions);
            status_ = std::to_string(markedSuggestions_.spans.size()) + " span(s) and " +
                      std::to_string(markedSuggestions_.relations.size()) +
                      " relation(s) marked \"suggested\" in the file are open for review (Tab); Ctrl+Z keeps them as spans";
            // A merge to curate: the annotators' differences are the review, without the rules' own.
            const auto& spans = markedSuggestions_.spans;
            if (std::any_of(spans.begin(), spans.end(), [](const suggest::SpanSuggestion& x) { return !x.difference.empty(); })) {
                review_.adopt(std::move(markedSuggestions_));
                markedSuggestions_ = {};
                suggestionRun_.reset();
                suggestionsPending_ = false;
                status_ = std::to_string(review_.openCount()) +
                          " suggestion(s) from the annotators' differences to settle: Tab goes to the first";
            }
        }
        host_.requestFrameAfter(kSuggestAfterMs);
        return;
    }
    if (!suggestionRun_) return;
    if (suggestionRun_->step(session_.document())) {
        suggest::Suggestions found = suggestionRun_->take();
        if (!markedSuggestions_.empty()) suggest::mergeInto(found, std::move(markedSuggestions_), session_.document());
        markedSuggestions_ = {};
        review_.adopt(std::move(found));
        suggestionRun_.reset();
        suggestionsPending_ = false;
    }
    host_.requestFrame();
}

void Workspace::toggleSuggestionsShown() {
    showSuggestions_ = !showSuggestions_;
    reviewing_ = false;
}

Outcome Workspace::stepSuggestion(int direction) {
    if (!reviewing_) review_.leave();  // start from the caret, not from where the review was left
    if (!review_.step(direction, selection_.caret)) {
        reviewing_ = false;
        return refused("No open suggestions");
    }
    return showCurrentSuggestion("Suggested ");
}

Outcome Workspace::showCurrentSuggestion(std::string prefix) {
    reviewing_ = true;
    const Range r = review_.currentRange();
    selection_.placeCaret(r.begin);
    selection_.reveal = r;
    const Text& text = session_.document().text;
    auto quoted = [&](Range x) { return std::string(text.slice(x.begin, std::min(x.end, x.begin + 50))); };
    const suggest::RelationSuggestion* speaker = review_.currentRelation();
    const auto variants = review_.currentVariants();
    if (!variants.empty()) {
        if (prefix == "Suggested ") prefix.clear();  // a difference is the annotators', not a rule's
        return done((prefix.empty() ? "Difference " : prefix + "difference ") + variants.front()->difference + " at " + quoted(r) +
                    ": " + review_.describeVariants(text) + " (" + std::to_string(review_.openCount()) +
                    " open) \xC2\xB7 a number picks, Enter takes the one marked (Enter), Del rejects all");
    }
    std::string what = speaker ? speaker->label + ": " + quoted(speaker->to) + " said " + quoted(speaker->from)
                               : review_.currentLabel() + ": " + quoted(r);
    if (const suggest::SpanSuggestion* s = review_.currentSpan(); s && s->rule == suggest::rule::tagger)
        what += " (the tagger, " + std::to_string(static_cast<int>(s->confidence * 100 + 0.5)) + "% sure)";
    return done(prefix + what + " (" + std::to_string(review_.openCount()) + " open) \xC2\xB7 Enter accepts \xC2\xB7 Del rejects");
}

// After a suggestion was decided: on to the next open one, saying what was done.
Outcome Workspace::moveOnFrom(const std::string& what) {
    if (reviewing_ && review_.advance()) return showCurrentSuggestion(what + "; next, ");
    reviewing_ = false;
    return done(what + (review_.openCount() ? "" : "; no open suggestions left"));
}

Outcome Workspace::acceptSuggestion() {
    const std::string label = review_.currentLabel();
    if (!record(review_.acceptCurrent(session_.document()))) return {false, status_};
    return moveOnFrom("Accepted " + label);
}

Outcome Workspace::acceptAllSuggestions(const std::string& label) {
    Edit edit = review_.acceptAll(session_.document(), label);
    std::size_t spans = 0, relations = 0;
    for (const Operation& o : edit.operations) (std::holds_alternative<op::AddSpan>(o) ? spans : relations)++;
    if (edit.empty()) return refused("No open " + label + " suggestions");
    if (!record(std::move(edit))) return {false, status_};
    return moveOnFrom("Accepted " + std::to_string(spans) + " span(s) and " + std::to_string(relations) +
                      " relation(s) suggested as " + label + " (one undo step)");
}

Outcome Workspace::pickVariant(std::size_t k) {
    const auto variants = review_.currentVariants();
    if (k >= variants.size()) return refused("No variant " + std::to_string(k + 1) + " here");
    const std::string who = suggest::markNames(variants[k]->extraJson, "annotators");
    const std::string what = "Picked " + variants[k]->label + (who.empty() ? "" : " \xC2\xB7 " + who);
    if (!record(review_.acceptVariant(session_.document(), k))) return {false, status_};
    return moveOnFrom(what);
}

Outcome Workspace::rejectSuggestion() {
    const std::string label = review_.currentLabel();
    // A merge's difference is rejected as a change of the gold, one undo step; a rule's suggestion only here.
    if (Edit rejection = review_.rejectionEdit(session_.document()); !rejection.empty()) {
        if (!record(std::move(rejection))) return {false, status_};
        return moveOnFrom("Rejected " + label + " (Ctrl+Z brings it back)");
    }
    review_.rejectCurrent();
    return moveOnFrom("Rejected " + label);
}

}  // namespace spanmark::workspace
