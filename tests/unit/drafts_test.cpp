// Autosave as a journal: what one change writes, and that a draft replays to
// the document byte for byte.
#include <catch_amalgamated.hpp>

#include <random>

#include "formats/document_json.hpp"
#include "unicode_samples.hpp"
#include "workspace_fixture.hpp"

using namespace spanmark;
using workspace::MemoryDraftStore;
using workspace::Workspace;

namespace {

std::string article(std::size_t bytes) {
    const std::string paragraph = test::u8(
        u8"Mayor Helena Moutinho said “the quay reopens Friday” in Vila Seca 🚢, after 48 hours.\r\n"
        u8"Jose\u0301 Abreu, the minister, added: “We expect a deal.” 👩‍👩‍👧\n\n");
    std::string text;
    while (text.size() < bytes) text += paragraph;
    return text;
}

std::string saved(const Workspace& ws) { return formats::writeSpanmarkJson(ws.document()); }

std::string replayed(const MemoryDraftStore& store, const std::string& key) {
    const workspace::Draft* draft = store.find(key);
    REQUIRE(draft);
    std::string problem;
    auto doc = workspace::replayDraft(*draft, &problem);
    REQUIRE(doc);
    CHECK(problem.empty());
    return formats::writeSpanmarkJson(doc.value());
}

// A random change of any kind the editor makes, through the workspace's commands.
void randomChange(Workspace& ws, std::mt19937& rng) {
    const Document& doc = ws.document();
    auto pick = [&](std::size_t k) { return std::uniform_int_distribution<std::size_t>(0, k - 1)(rng); };
    const std::vector<std::string> labels = {"ACTOR", "PLACE", "FIGURE", "QUOTE"};
    const auto spans = doc.annotations.spans();
    switch (pick(7)) {
    case 0: case 1: {
        const std::size_t a = pick(doc.text.size()), b = pick(doc.text.size());
        test::label(ws, std::min(a, b), std::max(a, b) + (a == b), labels[pick(4)]);
        break;
    }
    case 2:
        if (!spans.empty()) {
            ws.selectSpan(spans[pick(spans.size())]->id, false);
            ws.deleteSelected();
        }
        break;
    case 3:
        if (!spans.empty()) ws.apply(edits::setSpanNote(doc, spans[pick(spans.size())]->id, test::u8(u8"checked “twice”\nby Ana")));
        break;
    case 4:
        if (spans.size() >= 2) ws.apply(edits::addRelation(doc, "SPEAKER", spans[pick(spans.size())]->id, spans[pick(spans.size())]->id));
        break;
    case 5: ws.undo(); break;
    case 6: ws.redo(); break;
    }
}

}  // namespace

TEST_CASE("a draft replays to the document byte for byte after random changes, undos and redos", "[drafts]") {
    for (unsigned seed = 1; seed <= 12; ++seed) {
        INFO("seed " << seed);
        std::mt19937 rng(seed);
        test::NullHost host;
        MemoryDraftStore store;
        Workspace ws(host, store);
        REQUIRE(ws.open(article(2000), "quay.txt").done);
        for (int i = 0; i < 150; ++i) randomChange(ws, rng);
        REQUIRE(ws.autosave().durable());
        CHECK(replayed(store, ws.autosave().key()) == saved(ws));
    }
}

TEST_CASE("one change writes one short journal entry, whatever the document weighs", "[drafts]") {
    std::size_t entryBytes[2] = {};
    const std::size_t sizes[2] = {10'000, 1'000'000};
    for (int i = 0; i < 2; ++i) {
        test::NullHost host;
        MemoryDraftStore store;
        Workspace ws(host, store);
        REQUIRE(ws.open(article(sizes[i]), "quay.txt").done);
        REQUIRE(test::label(ws, 0, 5, "ACTOR").done);   // the first change writes the snapshot (the file as opened)
        REQUIRE(test::label(ws, 6, 12, "PLACE").done);  // the second only its journal line
        const workspace::Draft* d = store.find(ws.autosave().key());
        REQUIRE(d);
        REQUIRE(d->journal.size() == 2);
        entryBytes[i] = d->journal.back().size();
        CHECK(d->snapshot.size() >= sizes[i]);
        CHECK(ws.autosave().durable());
    }
    CHECK(entryBytes[0] == entryBytes[1]);
    CHECK(entryBytes[0] < 400);
}

TEST_CASE("a long journal is folded into a snapshot once the person pauses; the draft stays exact", "[drafts]") {
    test::NullHost host;
    MemoryDraftStore store;
    Workspace ws(host, store);
    REQUIRE(ws.open(article(3000), "quay.txt").done);
    std::mt19937 rng(7);
    const std::string key = ws.autosave().key();
    while (!store.find(key) || store.find(key)->journal.size() <= workspace::Autosave::kCompactAfter) randomChange(ws, rng);
    ws.tick(workspace::steadyNowMs());  // no pause yet: nothing folded
    CHECK(store.find(key)->journal.size() > workspace::Autosave::kCompactAfter);
    ws.tick(workspace::steadyNowMs() + workspace::Autosave::kCompactWhenIdleMs + 1);
    CHECK(store.find(key)->journal.empty());
    CHECK(replayed(store, key) == saved(ws));
    REQUIRE(test::label(ws, 0, 5, "FIGURE").done);
    CHECK(store.find(key)->journal.size() == 1);
    CHECK(replayed(store, key) == saved(ws));
}

TEST_CASE("a journal cut short replays what came before it and says which change was lost", "[drafts]") {
    test::NullHost host;
    MemoryDraftStore store;
    Workspace ws(host, store);
    REQUIRE(ws.open(article(500), "quay.txt").done);
    REQUIRE(test::label(ws, 0, 5, "ACTOR").done);
    REQUIRE(test::label(ws, 6, 12, "PLACE").done);
    workspace::Draft draft = *store.find(ws.autosave().key());
    draft.journal.back().resize(draft.journal.back().size() / 2);
    std::string problem;
    auto doc = workspace::replayDraft(draft, &problem);
    REQUIRE(doc);
    CHECK(doc->annotations.spanCount() == 1);
    CHECK(problem.rfind("change 2 of 2 could not be restored (", 0) == 0);
}

TEST_CASE("when storage fails the warning shows at once, the work stays in memory and Ctrl+S still saves it", "[drafts]") {
    test::NullHost host;
    MemoryDraftStore store;
    Workspace ws(host, store);
    REQUIRE(ws.open(article(500), "quay.txt").done);
    store.full = true;
    REQUIRE(test::label(ws, 0, 5, "ACTOR").done);
    CHECK(ws.document().annotations.spanCount() == 1);
    CHECK_FALSE(ws.autosave().durable());
    CHECK(ws.storageWarning().find("Autosave failed: the storage is full") == 0);
    CHECK(ws.hasUnsavedChanges());
    REQUIRE(ws.save().done);
    REQUIRE(host.files.size() == 1);
    auto saved = formats::readSpanmarkJson(host.files.back().contents);
    REQUIRE(saved);
    CHECK(saved->annotations.spanCount() == 1);
}
