// A merge's annotators in the workspace (issue 15): each one's layer rebuilt
// from the merge as their own file had it, their agreement the same figures
// as measuring their files directly, and the differences of any two layers
// for the side-by-side view.
#include <catch_amalgamated.hpp>

#include <cmath>
#include <set>
#include <tuple>

#include "core/merge.hpp"
#include "core/panel_agreement.hpp"
#include "formats/doccano.hpp"
#include "formats/document_json.hpp"
#include "workspace/merge_layers.hpp"
#include "workspace_fixture.hpp"

using namespace spanmark;
using workspace::MemoryDraftStore;
using workspace::Workspace;

namespace {

Document version(const std::string& id, const std::string& spans, const std::string& relations = "[]") {
    auto doc = formats::readSpanmarkJson(std::string(R"({"format": "spanmark", "version": 1, "document": {"id": ")") + id +
                                         R"(", "text": "Ana Lobo said \"the ferries will wait\" in Faro, and Rui Sol agreed."}, "spans": )" +
                                         spans + R"(, "relations": )" + relations + "}");
    REQUIRE(doc);
    return std::move(doc.value());
}

// anna and ben agree on the actor and the quote and who said it; "Faro" is
// PLACE to anna, ACTOR to ben; only ben marked "Rui Sol"; chen made nothing.
struct Panel {
    Document anna = version("n1", R"([{"id": "a1", "start": 0, "end": 8, "label": "ACTOR"},
        {"id": "a2", "start": 14, "end": 37, "label": "QUOTE"}, {"id": "a3", "start": 41, "end": 45, "label": "PLACE"}])",
                            R"([{"id": "r1", "label": "SPEAKER", "from": "a2", "to": "a1"}])");
    Document ben = version("n1", R"([{"id": "b1", "start": 0, "end": 8, "label": "ACTOR"},
        {"id": "b2", "start": 14, "end": 37, "label": "QUOTE"}, {"id": "b3", "start": 41, "end": 45, "label": "ACTOR"},
        {"id": "b4", "start": 51, "end": 58, "label": "ACTOR"}])",
                           R"([{"id": "r1", "label": "SPEAKER", "from": "b2", "to": "b1"}])");
    Document chen = version("n1", "[]");
    std::vector<std::string> names{"anna", "ben", "chen"};
    std::vector<const Document*> versions{&anna, &ben, &chen};

    Document merged() const {
        MergeCounts counts;
        auto m = mergeVersions(names, versions, 0, counts);
        REQUIRE(m);
        return std::move(m.value());
    }
};

using Key = std::tuple<std::size_t, std::size_t, std::string>;
std::set<Key> spansOf(const Document& d) {
    std::set<Key> out;
    d.annotations.forEachSpan([&](const Span& s) { out.insert({s.start, s.end, s.label}); });
    return out;
}
std::set<std::tuple<std::string, Key, Key>> relationsOf(const Document& d) {
    std::set<std::tuple<std::string, Key, Key>> out;
    d.annotations.forEachRelation([&](const Relation& r) {
        const Span* f = d.annotations.span(r.from);
        const Span* t = d.annotations.span(r.to);
        out.insert({r.label, {f->start, f->end, f->label}, {t->start, t->end, t->label}});
    });
    return out;
}

bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) < 1e-12; }

void checkSameFigures(const PanelFigures& a, const PanelFigures& b) {
    CHECK(same(a.f1Exact, b.f1Exact));
    CHECK(same(a.f1Overlap, b.f1Overlap));
    CHECK(same(a.kappa, b.kappa));
    CHECK(same(a.fleissKappa, b.fleissKappa));
    CHECK(same(a.alpha, b.alpha));
    CHECK(same(a.alphaU, b.alphaU));
    CHECK(same(a.relationsF1, b.relationsF1));
    CHECK(same(a.attribution, b.attribution));
    CHECK(a.words == b.words);
}

std::string line(const Document& d) { return formats::writeSpanmarkJson(d, formats::Layout::Line); }

}  // namespace

TEST_CASE("merge layers: every annotator's layer comes back as their file had it, an empty one as empty", "[merge]") {
    Panel p;
    const Document merged = p.merged();
    // The panel is on the document, so chen, who made nothing, is still one of it.
    CHECK(merged.documentExtraJson.find(R"("annotators": ["anna", "ben", "chen"])") != std::string::npos);
    auto layers = workspace::layersOfMerge(merged);
    REQUIRE(layers);
    REQUIRE(layers->annotators == p.names);
    for (std::size_t a = 0; a < 3; ++a) {
        INFO(p.names[a]);
        CHECK(spansOf(layers->layers[a]) == spansOf(*p.versions[a]));
        CHECK(relationsOf(layers->layers[a]) == relationsOf(*p.versions[a]));
        CHECK(layers->layers[a].text.bytes() == p.versions[a]->text.bytes());
    }
    // Through a file and back, the same.
    auto reread = formats::readSpanmarkJson(formats::writeSpanmarkJson(merged));
    REQUIRE(reread);
    auto again = workspace::layersOfMerge(reread.value());
    REQUIRE(again);
    CHECK(spansOf(again->layers[1]) == spansOf(p.ben));
    // A plain document is no merge.
    CHECK_FALSE(workspace::layersOfMerge(p.anna));
}

TEST_CASE("merge layers: their agreement is what measuring the annotators' own files gives", "[merge]") {
    Panel p;
    const Document merged = p.merged();
    auto layers = workspace::layersOfMerge(merged);
    REQUIRE(layers);
    const PanelAgreement fromLayers = workspace::agreementOfLayers({&*layers});
    const PanelAgreement direct = measurePanel(p.names, {"n1"}, {p.versions});
    CHECK(fromLayers.annotators == direct.annotators);
    checkSameFigures(fromLayers.overall, direct.overall);
    REQUIRE(fromLayers.labels.size() == direct.labels.size());
    for (const auto& [label, f] : direct.labels) {
        INFO(label);
        checkSameFigures(fromLayers.labels.at(label), f);
    }
    // Not all agree: the figures say so.
    CHECK(fromLayers.overall.f1Exact < 1.0);
}

TEST_CASE("panel agreement: the same figures to the bit whatever order its tasks run in", "[merge][agreement]") {
    Panel p;
    Document anna2 = version("n2", R"([{"id": "a1", "start": 51, "end": 58, "label": "ACTOR"}])");
    Document ben2 = version("n2", R"([{"id": "b1", "start": 41, "end": 45, "label": "PLACE"}])");
    const std::vector<std::vector<const Document*>> rows = {p.versions, {&anna2, &ben2, nullptr}, p.versions};
    const std::vector<std::string> ids = {"n1", "n2", "n3"};
    const PanelAgreement inTurn = measurePanel(p.names, ids, rows);
    const PanelAgreement backwards = measurePanel(p.names, ids, rows, [](const std::vector<std::function<void()>>& tasks) {
        for (auto it = tasks.rbegin(); it != tasks.rend(); ++it) (*it)();
    });
    checkSameFigures(inTurn.overall, backwards.overall);
    for (const auto& [label, f] : inTurn.labels) checkSameFigures(f, backwards.labels.at(label));
    REQUIRE(backwards.documents.size() == 3);
    for (std::size_t d = 0; d < 3; ++d) checkSameFigures(inTurn.documents[d].second, backwards.documents[d].second);
}

TEST_CASE("merge layers: the differences of two layers, each side's spans the other has not", "[merge]") {
    Panel p;
    const workspace::LayerDifferences d = workspace::differencesBetween(p.anna, p.ben);
    REQUIRE(d.onlyLeft.size() == 1);
    CHECK(d.onlyLeft[0] == Range{41, 45});  // anna's PLACE "Faro"
    REQUIRE(d.onlyRight.size() == 2);
    CHECK(d.onlyRight[0] == Range{41, 45});  // ben's ACTOR "Faro"
    CHECK(d.onlyRight[1] == Range{51, 58});  // "Rui Sol"
    CHECK(d.leftLabels == std::vector<std::string>{"PLACE"});
    CHECK(d.rightLabels == std::vector<std::string>{"ACTOR", "ACTOR"});
    CHECK(workspace::differencesBetween(p.anna, p.anna).onlyLeft.empty());
}

TEST_CASE("merge layers: the workspace keeps the layers through curation, and measures the open corpus", "[merge][curation]") {
    Panel p;
    test::NullHost host;
    MemoryDraftStore store;
    Workspace ws{host, store};
    CHECK_FALSE(ws.hasAgreement());
    REQUIRE(ws.open(line(p.merged()), "review.json").done);
    test::findSuggestions(ws);
    REQUIRE(ws.layers());
    REQUIRE(ws.review().curating());
    // Curating changes the gold, not what the annotators made.
    REQUIRE(ws.stepSuggestion(1).done);
    REQUIRE(ws.acceptSuggestion().done);
    CHECK(spansOf(ws.layers()->layers[0]) == spansOf(p.anna));
    const PanelAgreement* one = ws.agreement();
    REQUIRE(one);
    checkSameFigures(one->overall, measurePanel(p.names, {"n1"}, {p.versions}).overall);

    // A corpus of two merges: the figures are the corpus's, each text with its own panel.
    Document anna2 = version("n2", R"([{"id": "a1", "start": 51, "end": 58, "label": "ACTOR"}])");
    Document ben2 = version("n2", R"([{"id": "b1", "start": 51, "end": 58, "label": "ACTOR"}])");
    MergeCounts counts;
    auto second = mergeVersions({"anna", "ben"}, {&anna2, &ben2}, 0, counts);
    REQUIRE(second);
    REQUIRE(ws.open(line(p.merged()) + "\n" + line(second.value()) + "\n", "review.jsonl").done);
    test::findSuggestions(ws);
    REQUIRE(ws.corpus());
    const PanelAgreement* corpus = ws.agreement();
    REQUIRE(corpus);
    CHECK(corpus->documents.size() == 2);
    const PanelAgreement direct =
        measurePanel(p.names, {"n1", "n2"}, {p.versions, {&anna2, &ben2, nullptr}});
    checkSameFigures(corpus->overall, direct.overall);
    checkSameFigures(corpus->documents[1].second, direct.documents[1].second);
    // The first document curated, then left: its line now holds the gold only.
    REQUIRE(ws.stepSuggestion(1).done);
    REQUIRE(ws.acceptSuggestion().done);
    // The second document's layers, when it is the open one, are its own two.
    REQUIRE(ws.openEntry(1).done);
    ws.stepSuggestions();
    REQUIRE(ws.layers());
    CHECK(ws.layers()->annotators == std::vector<std::string>{"anna", "ben"});
    // Back on the first: its layers are still what the file had, not the curated gold.
    REQUIRE(ws.openEntry(0).done);
    ws.stepSuggestions();
    REQUIRE(ws.layers());
    CHECK(spansOf(ws.layers()->layers[0]) == spansOf(p.anna));
    CHECK(spansOf(ws.layers()->layers[1]) == spansOf(p.ben));
    CHECK(ws.layers()->layers[2].annotations.spanCount() == 0);

    // A plain document (of another id: n1's curation is kept as a draft and would come back): no layers, no figures.
    REQUIRE(ws.open(line(version("n3", "[]")), "plain.json").done);
    ws.stepSuggestions();
    CHECK_FALSE(ws.layers());
    CHECK_FALSE(ws.hasAgreement());
    CHECK(ws.agreement() == nullptr);

    // One merge, then another opened over it: the figures are the second's, not the first's kept.
    REQUIRE(ws.open(line(p.merged()), "review.json").done);
    test::findSuggestions(ws);
    REQUIRE(ws.agreement());
    REQUIRE(ws.open(line(second.value()), "review-2.json").done);
    CHECK(ws.agreement() == nullptr);  // asked for in the frame before its layers are found: none yet, not the first's
    test::findSuggestions(ws);
    const PanelAgreement* next = ws.agreement();
    REQUIRE(next);
    checkSameFigures(next->overall, measurePanel({"anna", "ben"}, {"n2"}, {{&anna2, &ben2}}).overall);
}

TEST_CASE("merge layers: a format that cannot keep the document's annotators counts them as dropped", "[merge]") {
    Panel p;
    const Document merged = p.merged();
    std::vector<std::string> dropped;
    formats::writeDoccano({&merged}, dropped);
    bool counted = false;
    for (const std::string& d : dropped) counted |= d.find("1 documents' other keys") != std::string::npos;
    CHECK(counted);
}
