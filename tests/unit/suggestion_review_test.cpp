#include <catch_amalgamated.hpp>

#include <string>

#include "workspace/suggestion_review.hpp"
#include "core/history.hpp"
#include "suggest/suggest.hpp"
#include "unicode_samples.hpp"

using namespace spanmark;
using spanmark::workspace::SuggestionReview;

namespace {

Document documentOf(const std::string& s) {
    Document d;
    d.text = std::move(Text::fromUtf8(s).value());
    return d;
}

std::string currentText(const Document& d, const SuggestionReview& r) {
    const Range range = r.currentRange();
    return std::string(d.text.slice(range.begin, range.end));
}

// What the editor does with an edit: apply it through the history, then tell the review.
void accept(Document& d, History& h, SuggestionReview& r, Edit e) {
    const Edit copy = e;
    REQUIRE_FALSE(h.apply(d, std::move(e)));
    r.afterEdit(d, copy, false);
}

}  // namespace

TEST_CASE("review: Tab order, accept closes, undo reopens, reject", "[review]") {
    Document d = documentOf(test::u8(u8"Crews saved 14 people. “We kept going,” said Ruth Moss. It took 20 hours."));
    History h;
    SuggestionReview r;
    r.rebuild(d);
    CHECK(r.openCount() == 5);  // FIGURE, QUOTE, SPEAKER, ACTOR, FIGURE
    REQUIRE(r.step(1, 0));
    CHECK(currentText(d, r) == "14 people");
    REQUIRE(r.step(1, 0));
    CHECK(r.currentLabel() == "QUOTE");
    REQUIRE(r.step(1, 0));
    CHECK(r.currentLabel() == "SPEAKER");  // right after its quote
    REQUIRE(r.step(-1, 0));
    CHECK(r.currentLabel() == "QUOTE");

    // Accepting the quote closes it and moves on to its speaker.
    accept(d, h, r, r.acceptCurrent(d));
    CHECK(d.annotations.spanCount() == 1);
    CHECK_FALSE(r.hasCurrent());
    REQUIRE(r.advance());
    CHECK(r.currentLabel() == "SPEAKER");
    // The speaker brings its actor: the ACTOR suggestion closes too.
    accept(d, h, r, r.acceptCurrent(d));
    CHECK(d.annotations.relationCount() == 1);
    CHECK(r.openCount() == 2);
    // Undo reopens what it took back.
    const Edit* undone = h.undo(d) ? h.nextRedo() : nullptr;
    REQUIRE(undone);
    r.afterEdit(d, *undone, true);
    CHECK(r.openCount() == 4);

    // Rejecting the last figure closes it without touching the document.
    r.leave();
    REQUIRE(r.step(-1, d.text.size()));
    CHECK(currentText(d, r) == "20 hours");
    r.rejectCurrent();
    CHECK(r.openCount() == 3);
    CHECK(d.annotations.spanCount() == 1);
}

TEST_CASE("review: a quote inside an accepted quote stays open; a touching span settles a figure", "[review]") {
    Document d = documentOf(test::u8(u8"“He said, ‘you will have it,’ and left,” she said after 25 lives were lost."));
    History h;
    SuggestionReview r;
    r.rebuild(d);
    REQUIRE(r.step(1, 0));
    CHECK(r.currentLabel() == "QUOTE");
    CHECK(currentText(d, r).size() > 30);  // the outer quote first
    accept(d, h, r, r.acceptCurrent(d));
    REQUIRE(r.advance());
    CHECK(currentText(d, r) == test::u8(u8"‘you will have it,’"));
    // The person marks "25" alone: the "25 lives" suggestion is settled by it.
    const std::size_t at = std::string(d.text.bytes()).find("25");
    accept(d, h, r, edits::addSpan(d, {d.text.codePointOfByte(at), d.text.codePointOfByte(at) + 2}, "FIGURE"));
    for (auto [label, n] : r.openByLabel()) CHECK(label != "FIGURE");
}

TEST_CASE("review: labelling a name suggests its other mentions, not parts of longer names", "[review]") {
    Document d = documentOf("Osei spoke first. Then Osei left, and Daniel Osei came back. In Osei we trust.");
    History h;
    SuggestionReview r;
    r.rebuild(d);
    CHECK(r.openCount() == 0);
    accept(d, h, r, edits::addSpan(d, {0, 4}, "ACTOR"));
    // "Then Osei" and "In Osei" (function words before it), not "Daniel Osei".
    CHECK(r.openByLabel()["ACTOR"] == 2);
    const Edit all = r.acceptAll(d, "ACTOR");
    CHECK(all.operations.size() == 2);
    // Accept-all is one step and adds no further propagation.
    accept(d, h, r, all);
    CHECK(r.openCount() == 0);
    REQUIRE(h.undo(d));
    CHECK(d.annotations.spanCount() == 1);
}

TEST_CASE("review: what was propagated from a label goes when the label goes", "[review]") {
    Document d = documentOf("Vila Seca is calm. Ferries left Vila Seca. Vila Seca waits.");
    History h;
    SuggestionReview r;
    r.rebuild(d);
    accept(d, h, r, edits::addSpan(d, {0, 9}, "ACTOR"));  // the wrong label first
    CHECK(r.openByLabel()["ACTOR"] == 2);
    // Undo: nothing carries ACTOR "Vila Seca" any more.
    const Edit* undone = h.undo(d) ? h.nextRedo() : nullptr;
    REQUIRE(undone);
    r.afterEdit(d, *undone, true);
    CHECK(r.openByLabel().count("ACTOR") == 0);
    // Relabelled as a place instead: the place suggestions come, the actor ones stay gone.
    accept(d, h, r, edits::addSpan(d, {0, 9}, "ACTOR"));
    const std::string id = d.annotations.find(0, 9, "ACTOR")->id;
    accept(d, h, r, edits::relabelSpan(d, id, "PLACE"));
    CHECK(r.openByLabel().count("ACTOR") == 0);
    CHECK(r.openByLabel()["PLACE"] == 2);
    // Redoing the first labelling brings its suggestions back.
    REQUIRE(h.undo(d));
    r.afterEdit(d, *h.nextRedo(), true);
    CHECK(r.openByLabel()["ACTOR"] == 2);
}
