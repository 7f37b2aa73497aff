// The side panel's lists follow each step (apply, undo, redo) by its
// operations alone; after any random sequence they equal a rebuild from the
// document. Underline lanes worked out for a window equal a whole sweep's.
#include <catch_amalgamated.hpp>

#include <random>

#include "app/panel_lists.hpp"
#include "app/span_lanes.hpp"
#include "formats/document_json.hpp"
#include "workspace/session.hpp"

using namespace spanmark;

namespace {

Document textOf(std::size_t words) {
    std::string text;
    const char* pool[] = {"Mayor", "said", "\xE2\x80\x9Cthe", "quay", "reopens\xE2\x80\x9D", "in", "Vila", "Seca", "48"};
    for (std::size_t i = 0; i < words; ++i) text += std::string(pool[i % 9]) + (i % 13 == 12 ? "\n" : " ");
    return std::move(formats::readPlainText(text, "t").value());
}

void requireSame(const app::PanelLists& followed, const app::PanelLists& rebuilt) {
    REQUIRE(followed.groups().size() == rebuilt.groups().size());
    for (std::size_t g = 0; g < rebuilt.groups().size(); ++g) {
        const auto& a = followed.groups()[g];
        const auto& b = rebuilt.groups()[g];
        INFO("group " << b.label);
        CHECK(a.total == b.total);
        REQUIRE(a.spans.size() == b.spans.size());
        for (std::size_t i = 0; i < b.spans.size(); ++i) CHECK(a.spans[i].id == b.spans[i].id);
    }
    REQUIRE(followed.quotes().size() == rebuilt.quotes().size());
    for (std::size_t i = 0; i < rebuilt.quotes().size(); ++i) {
        CHECK(followed.quotes()[i].span.id == rebuilt.quotes()[i].span.id);
        CHECK(followed.quotes()[i].speakers == rebuilt.quotes()[i].speakers);
    }
    CHECK(followed.unattributed() == rebuilt.unattributed());
}

// One random step: add, remove, relabel or resize a span, link or unlink a quote, undo or redo.
void randomStep(workspace::Session& session, std::mt19937& rng) {
    const Document& doc = session.document();
    const std::vector<const Span*> spans = doc.annotations.spans();
    const char* labels[] = {"ACTOR", "PLACE", "FIGURE", "QUOTE"};
    auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
    const std::size_t length = doc.text.size();
    switch (pick(8)) {
    case 0: case 1: {
        const std::size_t a = pick(length - 1), b = std::min(length, a + 1 + pick(12));
        session.apply(edits::addSpan(doc, {a, b}, labels[pick(4)]));
        break;
    }
    case 2:
        if (!spans.empty()) session.apply(edits::deleteSpan(doc, spans[pick(spans.size())]->id));
        break;
    case 3:
        if (!spans.empty()) session.apply(edits::relabelSpan(doc, spans[pick(spans.size())]->id, labels[pick(4)]));
        break;
    case 4:
        if (!spans.empty()) {
            const Span& s = *spans[pick(spans.size())];
            session.apply(edits::resizeSpan(doc, s.id, {s.start, std::min(length, s.end + 1 + pick(3))}));
        }
        break;
    case 5: {
        std::vector<const Span*> quotes, actors;
        for (const Span* s : spans) (s->label == "QUOTE" ? quotes : actors).push_back(s);
        std::erase_if(actors, [](const Span* s) { return s->label != "ACTOR"; });
        if (!quotes.empty() && !actors.empty())
            session.apply(edits::addRelation(doc, "SPEAKER", quotes[pick(quotes.size())]->id, actors[pick(actors.size())]->id));
        break;
    }
    case 6:
        session.undo();
        break;
    default:
        session.redo();
        break;
    }
}

}  // namespace

TEST_CASE("the side panel's lists follow every step as a rebuild would find them", "[panel]") {
    for (const std::string filter : {"", "vila", "\xE2\x80\x9C"}) {
        INFO("filter '" << filter << "'");
        workspace::Session session;
        session.open(textOf(120));
        app::PanelLists followed, rebuilt;
        followed.rebuild(session.document(), filter);
        std::mt19937 rng(filter.size() + 7);
        std::size_t followedSteps = 0;
        for (int step = 0; step < 400; ++step) {
            const std::uint64_t before = session.revision();
            randomStep(session, rng);
            if (session.revision() == before) continue;
            const auto change = session.lastChange();
            REQUIRE(change);
            REQUIRE(session.revision() == before + 1);
            followed.follow(session.document(), *change->edit, change->undone);
            ++followedSteps;
            rebuilt.rebuild(session.document(), filter);
            requireSame(followed, rebuilt);
        }
        CHECK(followedSteps > 200);
        CHECK(session.document().annotations.spanCount() > 10);
    }
}

TEST_CASE("no change is offered after a load: the panel must rebuild", "[panel]") {
    workspace::Session session;
    session.open(textOf(20));
    REQUIRE_FALSE(session.apply(edits::addSpan(session.document(), {0, 5}, "ACTOR")));
    CHECK(session.lastChange());
    session.open(textOf(20));
    CHECK_FALSE(session.lastChange());
}

TEST_CASE("lanes worked out for the spans in sight are those of a whole sweep", "[panel]") {
    Document doc = textOf(400);
    std::mt19937 rng(11);
    const std::size_t length = doc.text.size();
    for (int i = 0; i < 600; ++i) {
        const std::size_t a = rng() % (length - 1);
        const std::size_t b = std::min(length, a + 1 + rng() % (i % 50 == 0 ? 300 : 20));
        Span s{"s" + std::to_string(i + 1), a, b, i % 2 ? "ACTOR" : "PLACE", {}, {}, {}};
        doc.annotations.insertSpan(s);
    }
    app::SpanLanes whole;
    whole.assign(doc.annotations, 0, length);
    CHECK(whole.laneCount() > 3);
    for (int w = 0; w < 200; ++w) {
        const std::size_t begin = rng() % length, end = std::min(length, begin + 1 + rng() % 200);
        app::SpanLanes window;
        window.assign(doc.annotations, begin, end);
        for (const Span* s : doc.annotations.intersecting(begin, end)) {
            INFO(s->id << " [" << s->start << ", " << s->end << ") in window [" << begin << ", " << end << ")");
            CHECK(window.laneOf(s->id) == whole.laneOf(s->id));
        }
    }
}

TEST_CASE("a step of hundreds of operations is followed too, and undone", "[panel]") {
    workspace::Session session;
    session.open(textOf(400));
    app::PanelLists followed, rebuilt;
    followed.rebuild(session.document(), "");
    std::vector<Range> ranges;
    for (std::size_t a = 0; a + 3 < session.document().text.size() && ranges.size() < 400; a += 5) ranges.push_back({a, a + 3});
    REQUIRE_FALSE(session.apply(edits::addSpans(session.document(), ranges, "QUOTE", "label 400")));
    for (int step = 0; step < 2; ++step) {
        const auto change = session.lastChange();
        REQUIRE(change);
        followed.follow(session.document(), *change->edit, change->undone);
        rebuilt.rebuild(session.document(), "");
        requireSame(followed, rebuilt);
        CHECK(followed.quotes().size() == (step == 0 ? 400u : 0u));
        session.undo();
    }
}
