#include <catch_amalgamated.hpp>

#include <random>

#include "core/history.hpp"
#include "formats/document_json.hpp"
#include "unicode_samples.hpp"

using namespace spanmark;

namespace {

Document article() {
    auto doc = formats::readPlainText(
        test::u8(u8"Mayor Helena Moutinho said “the quay reopens Friday” in Vila Seca 🚢, after 48 hours.\r\n"
                 u8"Jose\u0301 Abreu, the minister, added: “We expect a deal.”"),
        "quay");
    return std::move(doc.value());
}

std::string save(const Document& doc) { return formats::writeSpanmarkJson(doc); }

// s1: the mayor (ACTOR), s2: her quote (QUOTE), r1: s2 -> s1 (SPEAKER).
void addSpeakerAndQuote(Document& doc, History& h) {
    REQUIRE_FALSE(h.apply(doc, edits::addSpan(doc, {0, 21}, "ACTOR")));
    REQUIRE_FALSE(h.apply(doc, edits::addSpan(doc, {27, 52}, "QUOTE")));
    REQUIRE_FALSE(h.apply(doc, edits::addRelation(doc, "SPEAKER", "s2", "s1")));
}

}  // namespace

TEST_CASE("an edit applies, undoes and redoes", "[history]") {
    Document doc = article();
    History h;
    const std::string empty = save(doc);
    REQUIRE_FALSE(h.apply(doc, edits::addSpan(doc, {0, 21}, "ACTOR")));
    CHECK(doc.annotations.spanCount() == 1);
    CHECK(h.revision() == 1);
    const std::string one = save(doc);
    CHECK(h.undo(doc));
    CHECK(save(doc) == empty);
    CHECK(h.redo(doc));
    CHECK(save(doc) == one);
    CHECK(h.revision() == 3);
    CHECK_FALSE(h.redo(doc));
}

TEST_CASE("a refused edit changes nothing and is not recorded", "[history]") {
    Document doc = article();
    History h;
    REQUIRE_FALSE(h.apply(doc, edits::addSpan(doc, {0, 21}, "ACTOR")));
    const std::string before = save(doc);
    Edit batch = edits::addSpan(doc, {6, 21}, "ACTOR");
    Span twin;  // the same start, end and label as s1: refused
    twin.id = "s9";
    twin.end = 21;
    twin.label = "ACTOR";
    batch.operations.push_back(op::AddSpan{twin});
    auto error = h.apply(doc, batch);
    REQUIRE(error);
    CHECK(error->message == "span s1 already has the same start, end and label ACTOR");
    CHECK(save(doc) == before);
    CHECK(h.revision() == 1);
    CHECK(h.apply(doc, edits::addSpan(doc, {5, 5}, "ACTOR"))->message == "the span [5, 5) is empty");
    CHECK(h.apply(doc, edits::addSpan(doc, {0, 5000}, "ACTOR")).has_value());
    CHECK(h.apply(doc, edits::addSpan(doc, {0, 5}, "SPEAKER"))->message ==
          "\"SPEAKER\" is a relation label, not a span label");
}

TEST_CASE("deleting a span deletes its relations in the same step; undo restores both", "[history]") {
    Document doc = article();
    History h;
    addSpeakerAndQuote(doc, h);
    const std::string linked = save(doc);
    REQUIRE_FALSE(h.apply(doc, edits::deleteSpan(doc, "s1")));
    CHECK(doc.annotations.spanCount() == 1);
    CHECK(doc.annotations.relationCount() == 0);
    CHECK(h.undo(doc));
    CHECK(save(doc) == linked);
}

TEST_CASE("relabelling drops relations the new label does not allow, in one step", "[history]") {
    Document doc = article();
    History h;
    addSpeakerAndQuote(doc, h);
    const std::string linked = save(doc);
    REQUIRE_FALSE(h.apply(doc, edits::relabelSpan(doc, "s1", "PLACE")));
    CHECK(doc.annotations.span("s1")->label == "PLACE");
    CHECK(doc.annotations.relationCount() == 0);
    h.undo(doc);
    CHECK(save(doc) == linked);
    // A relation that breaks its label's rules is refused.
    auto error = h.apply(doc, edits::addRelation(doc, "SPEAKER", "s1", "s2"));
    REQUIRE(error);
    CHECK(error->message == "SPEAKER cannot start at span s1, which is ACTOR");
}

TEST_CASE("a batch is one undo step", "[history]") {
    Document doc = article();
    History h;
    Edit batch;
    batch.description = "label all matches";
    batch.append(edits::addSpan(doc, {0, 5}, "ACTOR"));
    Span second;
    second.id = "s2";
    second.start = 6;
    second.end = 21;
    second.label = "ACTOR";
    batch.operations.push_back(op::AddSpan{second});
    REQUIRE_FALSE(h.apply(doc, batch));
    CHECK(doc.annotations.spanCount() == 2);
    h.undo(doc);
    CHECK(doc.annotations.spanCount() == 0);
}

TEST_CASE("notes, attributes and resizing are undoable edits", "[history]") {
    Document doc = article();
    History h;
    const std::size_t at = test::codePointOffset(doc.text.bytes(), "48 hours");
    REQUIRE_FALSE(h.apply(doc, edits::addSpan(doc, {at, at + 8}, "FIGURE")));
    const std::string before = save(doc);
    REQUIRE_FALSE(h.apply(doc, edits::setSpanNote(doc, "s1", "approximate")));
    REQUIRE_FALSE(h.apply(doc, edits::setSpanAttributes(doc, "s1", {{"value", std::int64_t{48}}, {"unit", std::string("hours")}})));
    REQUIRE_FALSE(h.apply(doc, edits::resizeSpan(doc, "s1", {at, at + 2})));
    CHECK(doc.text.slice(doc.annotations.span("s1")->start, doc.annotations.span("s1")->end) == "48");
    CHECK(doc.annotations.span("s1")->note == "approximate");
    h.undo(doc);
    h.undo(doc);
    h.undo(doc);
    CHECK(save(doc) == before);
}

TEST_CASE("random edit sequences: undo all gives the original file, redo all the final one", "[history][property]") {
    const std::vector<std::string> spanLabels = {"ACTOR", "PLACE", "FIGURE", "QUOTE"};
    for (unsigned seed = 1; seed <= 40; ++seed) {
        INFO("seed " << seed);
        std::mt19937 rng(seed);
        Document doc = article();
        History h;
        const std::string original = save(doc);
        const std::size_t n = doc.text.size();
        auto pick = [&](std::size_t k) { return std::uniform_int_distribution<std::size_t>(0, k - 1)(rng); };
        int applied = 0;
        for (int step = 0; step < 120; ++step) {
            const auto spans = doc.annotations.spans();
            const auto relations = doc.annotations.relations();
            Edit e;
            switch (pick(8)) {
            case 0: case 1: case 2: {
                const std::size_t a = pick(n), b = pick(n);
                e = edits::addSpan(doc, {std::min(a, b), std::max(a, b) + (a == b)}, spanLabels[pick(4)]);
                break;
            }
            case 3:
                if (!spans.empty()) e = edits::deleteSpan(doc, spans[pick(spans.size())]->id);
                break;
            case 4:
                if (!spans.empty()) e = edits::relabelSpan(doc, spans[pick(spans.size())]->id, spanLabels[pick(4)]);
                break;
            case 5:
                if (spans.size() >= 2)
                    e = edits::addRelation(doc, "SPEAKER", spans[pick(spans.size())]->id, spans[pick(spans.size())]->id);
                break;
            case 6:
                if (!relations.empty()) e = edits::deleteRelation(doc, relations[pick(relations.size())]->id);
                break;
            case 7:
                if (!spans.empty()) {
                    const Span* s = spans[pick(spans.size())];
                    e = edits::resizeSpan(doc, s->id, {s->start, std::min(n, s->end + 1 + pick(5))});
                }
                break;
            }
            const std::string before = save(doc);
            if (auto error = h.apply(doc, e)) {
                CHECK(save(doc) == before);  // refused edits leave no trace
            } else if (!e.empty()) {
                ++applied;
            }
        }
        const std::string final = save(doc);
        CHECK(applied > 40);
        while (h.undo(doc)) {}
        CHECK(save(doc) == original);
        while (h.redo(doc)) {}
        CHECK(save(doc) == final);
        auto reloaded = formats::readSpanmarkJson(final);
        REQUIRE(reloaded);
        CHECK(save(reloaded.value()) == final);
    }
}

TEST_CASE("renaming a label moves its spans and relations in one undoable step", "[history][labels]") {
    Document doc = article();
    History h;
    addSpeakerAndQuote(doc, h);
    const std::string before = save(doc);
    std::vector<Label> labels = doc.labels;
    labels[0].name = "PERSON";
    labels[0].color = "#112233";
    labels[4].name = "SAID_BY";
    labels[4].to = {"PERSON"};
    auto error = h.apply(doc, edits::replaceLabels(doc, labels, {{"ACTOR", "PERSON"}, {"SPEAKER", "SAID_BY"}}));
    REQUIRE_FALSE(error);
    CHECK(doc.annotations.span("s1")->label == "PERSON");
    CHECK(doc.annotations.relation("r1")->label == "SAID_BY");
    CHECK(doc.labels == labels);
    h.undo(doc);
    CHECK(save(doc) == before);
    // Removing a label still in use is refused, naming a span that uses it.
    std::vector<Label> fewer(doc.labels.begin() + 1, doc.labels.end());
    fewer.back().to = {"QUOTE"};
    auto refused = h.apply(doc, edits::setLabels(doc, fewer));
    REQUIRE(refused);
    CHECK(refused->where == "span s1");
    CHECK(save(doc) == before);
}

TEST_CASE("a labels file round-trips and refuses a broken set", "[formats][labels]") {
    const auto labels = defaultLabels();
    const std::string file = formats::writeLabelsFile(labels);
    CHECK(formats::isLabelsFile(file));
    auto again = formats::readLabelsFile(file);
    REQUIRE(again);
    CHECK(again.value() == labels);
    CHECK_FALSE(formats::isLabelsFile(formats::writeSpanmarkJson(article())));
    auto broken = formats::readLabelsFile(R"({"labels": [{"name": "A", "key": "1"}, {"name": "B", "key": "1"}]})");
    REQUIRE_FALSE(broken);
    CHECK(broken.error().describe() == "/labels/1 (label B): key \"1\" is used by another label");
}
