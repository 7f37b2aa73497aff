// The learned tagger in the workspace (workspace/learner, workspace_learning):
// it learns from a corpus's documents marked done, in slices, keeps its
// model with the drafts, tags the open document in steps, and its spans join
// the review under a confidence threshold; a model file opens as one.
#include <catch_amalgamated.hpp>

#include "formats/document_json.hpp"
#include "generated_news.hpp"
#include "suggest/tagger.hpp"
#include "workspace_fixture.hpp"

using namespace spanmark;

namespace {

// A corpus of `done` generated articles marked done, then one with no spans that is not.
std::string corpusOf(int done, std::vector<test::Gold>& lastGold) {
    std::mt19937 rng(41);
    std::string out;
    for (int i = 0; i <= done; ++i) {
        lastGold.clear();
        const bool last = i == done;
        Document doc = test::article(rng, last ? test::kNewPeople : test::kTrainPeople, last ? test::kNewPlaces : test::kTrainPlaces, lastGold);
        doc.id = "news-" + std::to_string(i);
        if (last) doc.annotations = {};
        else doc.metaJson = formats::metaWith(doc.metaJson, "status", "done");
        out += formats::writeSpanmarkJson(doc, formats::Layout::Line) + "\n";
    }
    return out;
}

// Frames of learning and tagging until both are done; how many it took.
int learn(workspace::Workspace& ws) {
    int frames = 0;
    for (; frames < 100000 && (frames == 0 || ws.learning()); ++frames) ws.stepLearning(0.05);
    return frames;
}

}  // namespace

TEST_CASE("learning: the corpus's documents marked done teach the tagger in slices; its spans join the review", "[learning]") {
    test::NullHost host;
    workspace::MemoryDraftStore drafts;
    workspace::Workspace ws(host, drafts);
    std::vector<test::Gold> gold;
    REQUIRE(ws.open(corpusOf(12, gold), "news.jsonl").done);
    CHECK(ws.learner().describe().find("Nothing learnt yet") != std::string::npos);
    ws.stepLearning(0.05);
    CHECK(ws.learner().learning());
    CHECK(ws.learningStatus().find("Learning from 12 documents marked done") != std::string::npos);
    const int frames = learn(ws);
    CHECK(frames > 20);  // a slice a frame, not all at once
    REQUIRE(ws.learner().model());
    CHECK(ws.learner().model()->trainedOn() == 12);
    CHECK(ws.status().find("Learnt ACTOR, PLACE") != std::string::npos);

    // The document not done: the rules find nothing here; the tagger finds the people and places.
    REQUIRE(ws.openEntry(12).done);
    test::findSuggestions(ws);
    learn(ws);
    const std::size_t tagged = ws.review().taggedCount();
    CHECK(tagged >= gold.size() * 3 / 4);
    CHECK(ws.openSuggestions() >= tagged);
    REQUIRE(ws.stepSuggestion(1).done);
    const suggest::SpanSuggestion* first = ws.review().currentSpan();
    REQUIRE(first);
    CHECK(first->rule == suggest::rule::tagger);
    const Range at = first->range;
    REQUIRE(ws.acceptSuggestion().done);
    const Span* accepted = ws.document().annotations.find(at.begin, at.end, first->label);
    REQUIRE(accepted);
    CHECK(accepted->extraJson.empty());  // accepted in the editor: the person's span, like one made by hand
    CHECK(ws.review().taggedCount() == tagged - 1);

    // The threshold: at 1 nothing of the tagger's is offered, back at 0.5 it is again.
    ws.setTaggerThreshold(1.0);
    CHECK(ws.review().taggedCount() == 0);
    ws.setTaggerThreshold(0.5);
    CHECK(ws.review().taggedCount() == tagged - 1);

    // Marking this one done too: the tagger learns again, from 13.
    REQUIRE(ws.toggleDone().done);
    ws.stepLearning(0.05);
    CHECK(ws.learner().learning());
    learn(ws);
    CHECK(ws.learner().model()->trainedOn() == 13);

    // The model is kept with the drafts: a new window starts with it, and lists no document for it.
    test::NullHost host2;
    workspace::Workspace again(host2, drafts);
    again.stepLearning(0.05);
    REQUIRE(again.learner().model());
    CHECK(again.learner().model()->save() == ws.learner().model()->save());
    again.listRecent();
    for (const workspace::DraftInfo& d : again.recent()) CHECK(d.id != workspace::Learner::kDraftId);
}

TEST_CASE("learning: team mode's accepted layers teach the tagger; the same again teaches nothing new", "[learning]") {
    test::NullHost host;
    workspace::MemoryDraftStore drafts;
    workspace::Workspace ws(host, drafts);
    std::vector<test::Gold> gold;
    const std::string corpus = corpusOf(6, gold);
    // The six done, as team.js gives them (the open document is the seventh, not done).
    const std::string accepted = corpus.substr(0, corpus.rfind('\n', corpus.size() - 2) + 1);
    REQUIRE(ws.open(corpus.substr(accepted.size()), "news-6.json").done);
    ws.learnFromAccepted(accepted);
    CHECK(ws.learner().learning());
    learn(ws);
    REQUIRE(ws.learner().model());
    CHECK(ws.learner().model()->trainedOn() == 6);
    const std::uint64_t version = ws.learner().version();
    ws.learnFromAccepted(accepted);
    CHECK_FALSE(ws.learner().learning());
    CHECK(ws.learner().version() == version);
    // One layer fewer is another set: learnt again.
    ws.learnFromAccepted(accepted.substr(accepted.find('\n') + 1));
    learn(ws);
    CHECK(ws.learner().model()->trainedOn() == 5);
    CHECK(ws.learner().version() == version + 1);
}

TEST_CASE("learning: a frame with no budget learns nothing and asks for another", "[learning]") {
    test::NullHost host;
    workspace::MemoryDraftStore drafts;
    workspace::Workspace ws(host, drafts);
    std::vector<test::Gold> gold;
    REQUIRE(ws.open(corpusOf(4, gold), "news.jsonl").done);
    ws.stepLearning(0.05);
    REQUIRE(ws.learner().learning());
    const double progress = ws.learner().progress();
    const int asked = host.frames;
    for (int i = 0; i < 10; ++i) ws.stepLearning(0);
    CHECK(ws.learner().progress() == progress);
    CHECK(host.frames == asked + 10);
    learn(ws);
    CHECK(ws.learner().model()->trainedOn() == 4);
    CHECK(ws.learner().longestSliceMs() > 0);
}

TEST_CASE("learning: a model file opens as the tagger; a damaged one is refused and changes nothing", "[learning]") {
    std::mt19937 rng(3);
    std::vector<Document> docs;
    std::vector<const Document*> pointers;
    for (int i = 0; i < 8; ++i) {
        std::vector<test::Gold> gold;
        docs.push_back(test::article(rng, test::kTrainPeople, test::kTrainPlaces, gold));
    }
    for (const Document& d : docs) pointers.push_back(&d);
    const std::string model = suggest::Tagger::train(pointers).save();

    test::NullHost host;
    workspace::MemoryDraftStore drafts;
    workspace::Workspace ws(host, drafts);
    std::vector<test::Gold> gold;
    Document blank = test::article(rng, test::kNewPeople, test::kNewPlaces, gold);
    blank.annotations = {};
    REQUIRE(ws.open(formats::writeSpanmarkJson(blank), "blank.json").done);
    const std::string before = ws.session().save();

    std::string damaged = model;
    damaged[damaged.size() / 2] ^= 1;
    const workspace::Outcome refused = ws.open(damaged, "tagger.model");
    CHECK_FALSE(refused.done);
    CHECK(ws.error().find("tagger.model: byte ") != std::string::npos);
    CHECK(ws.error().find("checksum") != std::string::npos);
    CHECK_FALSE(ws.learner().model());
    CHECK(ws.session().save() == before);

    const workspace::Outcome opened = ws.open(model, "tagger.model");
    REQUIRE(opened.done);
    INFO(opened.message);
    CHECK(opened.message.find("Learnt ACTOR, PLACE, FIGURE, QUOTE from 8 documents (tagger.model)") != std::string::npos);
    CHECK(ws.session().save() == before);  // the document is as it was
    test::findSuggestions(ws);
    learn(ws);
    CHECK(ws.review().taggedCount() >= gold.size() * 3 / 4);
}

TEST_CASE("learning: handed to a worker, the same model comes back as bytes; the frames only load it", "[learning]") {
    std::vector<test::Gold> gold;
    const std::string corpus = corpusOf(6, gold);
    // In slices of the frames, for comparison.
    test::NullHost sliced;
    workspace::MemoryDraftStore slicedDrafts;
    workspace::Workspace here(sliced, slicedDrafts);
    REQUIRE(here.open(corpus, "news.jsonl").done);
    learn(here);
    REQUIRE(here.learner().model());

    test::NullHost host;
    host.takesLearning = true;
    workspace::MemoryDraftStore drafts;
    workspace::Workspace ws(host, drafts);
    REQUIRE(ws.open(corpus, "news.jsonl").done);
    ws.stepLearning(0.05);
    REQUIRE(host.handed.size() == 1);
    const test::NullHost::Handed handed = host.handed.front();
    CHECK(handed.lines.size() == 6);
    CHECK(handed.labels == std::vector<std::string>{"ACTOR", "PLACE", "FIGURE", "QUOTE"});
    CHECK(ws.learner().aside());
    // While the worker learns, frames do nothing and ask for none.
    const int asked = host.frames;
    for (int i = 0; i < 5; ++i) ws.stepLearning(0.05);
    CHECK(host.frames == asked);
    CHECK(ws.learner().learning());
    ws.learningAsideProgress(handed.ticket, 0.5);
    CHECK(ws.learner().progress() == 0.5);

    // The worker runs the same Learner to the end.
    workspace::Learner worker;
    worker.learnFrom(handed.lines, handed.labels);
    while (!worker.step(1000)) {
    }
    const std::string bytes = worker.model()->save();
    CHECK(bytes == here.learner().model()->save());
    ws.learningAsideDone(handed.ticket + 1, "stale", 1);  // another learning's answer: dropped
    CHECK(ws.learner().waitingAside());
    ws.learningAsideDone(handed.ticket, bytes, 42);
    learn(ws);
    REQUIRE(ws.learner().model());
    CHECK(ws.learner().model()->save() == bytes);
    CHECK(ws.learner().learntInMs() >= 42);
    // Stored as it came.
    test::NullHost host2;
    workspace::Workspace again(host2, drafts);
    again.stepLearning(0.05);
    REQUIRE(again.learner().model());
    CHECK(again.learner().model()->save() == bytes);
}

TEST_CASE("learning: a worker that fails, or sends a damaged model, leaves the learning to the frames", "[learning]") {
    std::vector<test::Gold> gold;
    const std::string corpus = corpusOf(4, gold);
    for (const bool damaged : {false, true}) {
        test::NullHost host;
        host.takesLearning = true;
        workspace::MemoryDraftStore drafts;
        workspace::Workspace ws(host, drafts);
        REQUIRE(ws.open(corpus, "news.jsonl").done);
        ws.stepLearning(0.05);
        REQUIRE(host.handed.size() == 1);
        if (damaged) {
            ws.learningAsideDone(host.handed.front().ticket, "SPANMARK-TAGGER\n\x01", 1);
        } else {
            ws.learningAsideFailed(host.handed.front().ticket, "the learning worker stopped (no memory)");
            CHECK(ws.status().find("The tagger learns between frames: the learning worker stopped (no memory)") != std::string::npos);
        }
        learn(ws);
        REQUIRE(ws.learner().model());
        CHECK(ws.learner().model()->trainedOn() == 4);
        CHECK_FALSE(ws.learner().aside());
        if (damaged) CHECK(ws.learner().asideFailure().find("could not be read") != std::string::npos);
    }
}
