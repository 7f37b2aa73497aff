// Curating a merge in the workspace (issue 15): the annotators' differences
// are the review, a number picks a variant, Enter accepts, Delete rejects the
// whole difference, each one undo step; the gold keeps who agreed.
#include <catch_amalgamated.hpp>

#include "core/merge.hpp"
#include "formats/document_json.hpp"
#include "suggest/accepted.hpp"
#include "workspace_fixture.hpp"

using namespace spanmark;
using workspace::MemoryDraftStore;
using workspace::Workspace;

namespace {

const char* kText = "Ana Lobo said the ferries would wait for the tide in Faro.";

Document version(const std::string& spans) {
    auto doc = formats::readSpanmarkJson(std::string(R"({"format": "spanmark", "version": 1, "document": {"id": "n1", "text": ")") +
                                         kText + R"("}, "spans": )" + spans + R"(, "relations": []})");
    REQUIRE(doc);
    return std::move(doc.value());
}

// anna, ben and chen agree on "Ana Lobo"; "Faro" is PLACE to anna and chen but
// ACTOR to ben (one difference, two variants); only ben marked "the tide".
std::string mergedFile() {
    const Document anna = version(R"([{"id": "s1", "start": 0, "end": 8, "label": "ACTOR"}, {"id": "s2", "start": 53, "end": 57, "label": "PLACE"}])");
    const Document ben = version(R"([{"id": "s1", "start": 0, "end": 8, "label": "ACTOR"}, {"id": "s2", "start": 53, "end": 57, "label": "ACTOR"},
                                     {"id": "s3", "start": 41, "end": 49, "label": "PLACE"}])");
    const Document chen = version(R"([{"id": "s1", "start": 0, "end": 8, "label": "ACTOR"}, {"id": "s2", "start": 53, "end": 57, "label": "PLACE"}])");
    MergeCounts counts;
    auto merged = mergeVersions({"anna", "ben", "chen"}, {&anna, &ben, &chen}, 0, counts);
    REQUIRE(merged);
    REQUIRE(counts.differences == 2);
    return formats::writeSpanmarkJson(*merged, formats::Layout::Line);
}

// The merge opened in a workspace with no window, its differences found.
struct Curation {
    test::NullHost host;
    MemoryDraftStore store;
    Workspace ws{host, store};
    Curation() {
        REQUIRE(ws.open(mergedFile(), "review.json").done);
        ws.stepSuggestions();
        for (int i = 0; i < 1000 && ws.suggestionsPending(); ++i) ws.stepSuggestions();
        REQUIRE_FALSE(ws.suggestionsPending());
    }
};

}  // namespace

TEST_CASE("curation: a merge opens with its differences to settle and only the agreed span as a span", "[curation]") {
    Curation c;
    Workspace& ws = c.ws;
    CHECK(ws.review().curating());
    CHECK(ws.document().annotations.spanCount() == 1);
    // Three variants in two differences; the rules add none of their own (no FIGURE, no speaker).
    CHECK(ws.openSuggestions() == 3);

    workspace::Outcome o = ws.stepSuggestion(1);
    REQUIRE(o.done);
    // "the tide" comes first: one variant, ben's.
    CHECK(ws.review().currentVariants().size() == 1);
    CHECK(ws.status().find("1 PLACE \xC2\xB7 ben") != std::string::npos);
    o = ws.stepSuggestion(1);
    REQUIRE(ws.review().currentVariants().size() == 2);
    CHECK(ws.status().rfind("Difference d2 at Faro: ", 0) == 0);
    CHECK(ws.status().find("1 ACTOR \xC2\xB7 ben (Enter) \xE2\x80\x94 2 PLACE \xC2\xB7 anna, chen") != std::string::npos);
}

TEST_CASE("curation: a number picks a variant, the others settle, one undo step brings them back", "[curation]") {
    Curation c;
    Workspace& ws = c.ws;
    ws.stepSuggestion(1);
    ws.stepSuggestion(1);
    REQUIRE(ws.review().currentVariants().size() == 2);
    REQUIRE(ws.pickVariant(1).done);  // PLACE · anna, chen
    const Span* place = ws.document().annotations.find(53, 57, "PLACE");
    REQUIRE(place);
    CHECK(place->extraJson.find("\"annotators\"") != std::string::npos);
    CHECK(place->extraJson.find("anna") != std::string::npos);
    CHECK(place->extraJson.find("suggested") == std::string::npos);
    CHECK(place->extraJson.find("difference") == std::string::npos);
    CHECK_FALSE(ws.document().annotations.find(53, 57, "ACTOR"));
    CHECK(ws.openSuggestions() == 1);  // ben's ACTOR settled with the pick
    CHECK_FALSE(ws.pickVariant(5).done);

    REQUIRE(ws.undo().done);
    CHECK_FALSE(ws.document().annotations.find(53, 57, "PLACE"));
    CHECK(ws.openSuggestions() == 3);
}

TEST_CASE("curation: Delete rejects a difference whole; Enter accepts the variant under review; the gold is saved", "[curation]") {
    Curation c;
    Workspace& ws = c.ws;
    ws.stepSuggestion(1);  // the tide
    REQUIRE(ws.acceptSuggestion().done);
    CHECK(ws.document().annotations.find(41, 49, "PLACE"));
    // Accepting moves on to Faro's difference.
    REQUIRE(ws.review().currentVariants().size() == 2);
    REQUIRE(ws.rejectSuggestion().done);
    CHECK(ws.openSuggestions() == 0);
    CHECK(ws.document().annotations.spanCount() == 2);

    REQUIRE(ws.save().done);
    REQUIRE_FALSE(c.host.files.empty());
    const std::string& gold = c.host.files.back().contents;
    CHECK(gold.find("suggested") == std::string::npos);
    CHECK(gold.find("difference") == std::string::npos);
    auto back = formats::readSpanmarkJson(gold);
    REQUIRE(back);
    CHECK(back->annotations.spanCount() == 2);
    const Span* tide = back->annotations.find(41, 49, "PLACE");
    REQUIRE(tide);
    CHECK(tide->extraJson.find("[\"ben\"]") != std::string::npos);
}

TEST_CASE("curation: picking a speaker's variant settles the speaker link that needed the other one", "[curation]") {
    const std::string text = "The mayor Ana Lobo said: \xE2\x80\x9CWe wait for the tide.\xE2\x80\x9D Then she left.";
    auto layer = [&](std::size_t actorStart) {
        auto doc = formats::readSpanmarkJson(R"({"format": "spanmark", "version": 1, "document": {"id": "n2", "text": ")" + text +
                                             R"("}, "spans": [{"id": "s1", "start": )" + std::to_string(actorStart) +
                                             R"(, "end": 18, "label": "ACTOR"}, {"id": "s2", "start": 25, "end": 48, "label": "QUOTE"}],
                                             "relations": [{"id": "r1", "label": "SPEAKER", "from": "s2", "to": "s1"}]})");
        REQUIRE(doc);
        return std::move(doc.value());
    };
    const Document anna = layer(10), ben = layer(4);  // "Ana Lobo" and "mayor Ana Lobo"
    MergeCounts counts;
    auto merged = mergeVersions({"anna", "ben"}, {&anna, &ben}, 0, counts);
    REQUIRE(merged);
    test::NullHost host;
    MemoryDraftStore store;
    Workspace ws{host, store};
    REQUIRE(ws.open(formats::writeSpanmarkJson(*merged, formats::Layout::Line), "review.json").done);
    test::findSuggestions(ws);
    // The actor's two variants and a speaker link to each.
    REQUIRE(ws.openSuggestions() == 4);
    ws.stepSuggestion(1);
    REQUIRE(ws.review().currentVariants().size() == 2);
    const std::size_t anna_ = ws.review().currentVariants()[0]->range.begin == 10 ? 0 : 1;  // counted from 0
    REQUIRE(ws.pickVariant(anna_).done);
    REQUIRE(ws.document().annotations.find(10, 18, "ACTOR"));
    // Left: the link to "Ana Lobo" alone; the one to "mayor Ana Lobo" went with its end.
    CHECK(ws.openSuggestions() == 1);
    REQUIRE(ws.undo().done);
    CHECK(ws.openSuggestions() == 4);
}

TEST_CASE("curation: a rejection is one undo step, and the saved gold names the rejected variants", "[curation]") {
    Curation c;
    Workspace& ws = c.ws;
    ws.stepSuggestion(1);  // the tide
    REQUIRE(ws.acceptSuggestion().done);
    REQUIRE(ws.review().currentVariants().size() == 2);  // Faro
    REQUIRE(ws.rejectSuggestion().done);
    CHECK(ws.openSuggestions() == 0);
    CHECK(formats::metaList(ws.document().metaJson, "rejected") == std::vector<std::string>{"53:57:ACTOR", "53:57:PLACE"});

    // Ctrl+Z takes back the rejection, not the accept before it.
    REQUIRE(ws.undo().done);
    CHECK(ws.openSuggestions() == 2);
    CHECK(ws.document().annotations.find(41, 49, "PLACE"));
    CHECK(formats::metaList(ws.document().metaJson, "rejected").empty());
    REQUIRE(ws.redo().done);
    CHECK(ws.openSuggestions() == 0);

    REQUIRE(ws.save().done);
    auto back = formats::readSpanmarkJson(c.host.files.back().contents);
    REQUIRE(back);
    CHECK(formats::metaList(back->metaJson, "rejected").size() == 2);
}

TEST_CASE("curation: in a corpus of merges, the differences left open in a document are there again on coming back", "[curation]") {
    std::string second = mergedFile();
    second.replace(second.find("\"n1\""), 4, "\"n2\"");
    test::NullHost host;
    MemoryDraftStore store;
    Workspace ws{host, store};
    REQUIRE(ws.open(mergedFile() + "\n" + second + "\n", "review.jsonl").done);
    test::findSuggestions(ws);
    REQUIRE(ws.openSuggestions() == 3);
    ws.stepSuggestion(1);
    REQUIRE(ws.acceptSuggestion().done);  // the tide; Faro's two variants stay open
    REQUIRE(ws.openSuggestions() == 2);
    REQUIRE(ws.openEntry(1).done);
    test::findSuggestions(ws);
    CHECK(ws.openSuggestions() == 3);
    REQUIRE(ws.openEntry(0).done);
    test::findSuggestions(ws);
    CHECK(ws.document().annotations.find(41, 49, "PLACE"));
    CHECK(ws.openSuggestions() == 2);
    CHECK_FALSE(ws.document().annotations.find(53, 57, "PLACE"));
    // The saved corpus keeps them too, marked as the merge marked them, with who made each.
    REQUIRE(ws.save().done);
    const std::string& saved = host.files.back().contents;
    const std::string first = saved.substr(0, saved.find('\n'));
    auto kept = formats::readSpanmarkJson(first);
    REQUIRE(kept);
    const Span* open = kept->annotations.find(53, 57, "PLACE");
    REQUIRE(open);
    CHECK(suggest::markString(open->extraJson, "suggested") == "merge");
    CHECK(suggest::markString(open->extraJson, "difference") == "d2");
    CHECK(suggest::markNames(open->extraJson, "annotators") == "anna, chen");
    REQUIRE(kept->annotations.find(53, 57, "ACTOR"));
    const Span* tide = kept->annotations.find(41, 49, "PLACE");
    REQUIRE(tide);
    CHECK(suggest::markString(tide->extraJson, "suggested").empty());
}
