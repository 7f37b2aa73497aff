// The workspace without a window: opening, saving, drafts and corpora, in
// the ways work used to be lost (issue 12's cases, each named below).
#include <catch_amalgamated.hpp>

#include "formats/document_json.hpp"
#include "workspace_fixture.hpp"

using namespace spanmark;
using workspace::MemoryDraftStore;
using workspace::Workspace;

namespace {

const char* kQuay = "The harbour master said the quay would reopen on Friday.\n";
const char* kMill = "The mill in Dunmore closed after ninety years, its owners said.\n";

std::string spanmarkJson(const std::string& id, const std::string& text) {
    auto doc = formats::readPlainText(text, id + ".txt");
    return formats::writeSpanmarkJson(doc.value(), formats::Layout::Line);
}

}  // namespace

TEST_CASE("case 1: opening B after annotating A shows B without A's spans, and A's work stays in A's draft", "[workspace]") {
    test::NullHost host;
    MemoryDraftStore store;
    Workspace ws(host, store);
    REQUIRE(ws.open(kQuay, "a.txt").done);
    REQUIRE(test::label(ws, 4, 11, "ACTOR").done);
    const std::string keyA = ws.autosave().key();
    REQUIRE(ws.open(kMill, "b.txt").done);
    CHECK(ws.document().id == "b");
    CHECK(ws.document().annotations.spanCount() == 0);
    CHECK(ws.offeredDrafts().empty());
    REQUIRE(store.find(keyA));
    // A comes back with its span and a notice.
    REQUIRE(ws.open(kQuay, "a.txt").done);
    CHECK(ws.document().annotations.spanCount() == 1);
    CHECK(ws.draftNotice().rfind("Restored unsaved work from ", 0) == 0);
    CHECK(ws.hasUnsavedChanges());
}

TEST_CASE("a saved document's draft is deleted; the next change starts a new one from the saved file", "[workspace]") {
    test::NullHost host;
    MemoryDraftStore store;
    Workspace ws(host, store);
    REQUIRE(ws.open(kQuay, "a.txt").done);
    REQUIRE(test::label(ws, 4, 11, "ACTOR").done);
    REQUIRE(store.count() == 1);
    REQUIRE(ws.save().done);
    CHECK(store.count() == 0);
    CHECK_FALSE(ws.hasUnsavedChanges());
    REQUIRE(test::label(ws, 12, 18, "ACTOR").done);
    const workspace::Draft* d = store.find(ws.autosave().key());
    REQUIRE(d);
    CHECK(d->journal.size() == 1);
    auto fromSnapshot = formats::readAny(d->snapshot, d->info.name);
    REQUIRE(fromSnapshot);
    CHECK(fromSnapshot->annotations.spanCount() == 1);  // the saved file, not the text as first opened
}

TEST_CASE("case 7: the same id with a changed text offers the old draft, never lays it over the new text", "[workspace]") {
    test::NullHost host;
    MemoryDraftStore store;
    Workspace ws(host, store);
    REQUIRE(ws.open(kQuay, "a.txt").done);
    REQUIRE(test::label(ws, 4, 11, "ACTOR").done);
    const std::string oldKey = ws.autosave().key();
    REQUIRE(ws.open("The harbour master said the quay reopens on Monday.\n", "a.txt").done);
    CHECK(ws.document().annotations.spanCount() == 0);
    REQUIRE(ws.offeredDrafts().size() == 1);
    CHECK(ws.offeredDrafts()[0].key == oldKey);
    CHECK(ws.offeredDrafts()[0].spans == 1);
    // "Open it": the old version with its work.
    ws.openDraft(oldKey);
    CHECK(ws.document().text.bytes() == kQuay);
    CHECK(ws.document().annotations.spanCount() == 1);
    // "Discard" of an offer deletes it.
    REQUIRE(ws.open("The harbour master said the quay reopens on Monday.\n", "a.txt").done);
    REQUIRE(ws.offeredDrafts().size() == 1);
    ws.dismissOffer(0);
    CHECK(ws.offeredDrafts().empty());
    CHECK_FALSE(store.find(oldKey));
}

TEST_CASE("case 8: a corpus with two documents of one id is refused, saying where", "[workspace]") {
    test::NullHost host;
    MemoryDraftStore store;
    Workspace ws(host, store);
    REQUIRE(ws.open(kQuay, "a.txt").done);
    const std::string corpus = spanmarkJson("x", kQuay) + "\n" + spanmarkJson("y", kMill) + "\n" + spanmarkJson("x", kMill) + "\n";
    const workspace::Outcome o = ws.open(corpus, "corpus.jsonl");
    CHECK_FALSE(o.done);
    CHECK(o.message == "corpus.jsonl: line 3: /document/id: the id \"x\" was already used at line 1; every document of a corpus needs its own id");
    CHECK(ws.document().id == "a");  // what was open stays
    CHECK(ws.corpus() == nullptr);
}

TEST_CASE("case 6: a document id holding U+0000 or another control character is refused, saying where", "[workspace]") {
    test::NullHost host;
    MemoryDraftStore store;
    Workspace ws(host, store);
    REQUIRE(ws.open(kQuay, "a.txt").done);
    const std::string withNul = R"({"format":"spanmark","version":1,"document":{"id":"a\u0000b","text":"Hi there"},"spans":[],"relations":[]})";
    workspace::Outcome o = ws.open(withNul, "nul.json");
    CHECK_FALSE(o.done);
    CHECK(o.message == "nul.json: /document/id: the id holds the control character U+0000 at byte 1; ids name drafts and files, so control characters are refused");
    const std::string withEscape = R"({"format":"spanmark","version":1,"document":{"id":"a\u001b[31m","text":"Hi"},"spans":[],"relations":[]})";
    o = ws.open(withEscape, "esc.json");
    CHECK_FALSE(o.done);
    CHECK(o.message.find("U+001B at byte 1") != std::string::npos);
    CHECK(ws.document().id == "a");
    CHECK(ws.error() == o.message);
}

TEST_CASE("case 5: a second window on one document is read-only until it takes over, and loses nothing", "[workspace]") {
    test::NullHost host;
    MemoryDraftStore store;
    {
        Workspace first(host, store);
        REQUIRE(first.open(kQuay, "a.txt").done);
        REQUIRE(test::label(first, 4, 11, "ACTOR").done);
        store.heldElsewhere = first.autosave().key();  // the first window keeps the document
    }
    Workspace second(host, store);
    REQUIRE(second.open(kQuay, "a.txt").done);
    CHECK(second.readOnly());
    CHECK(second.storageWarning().find("open in another window") != std::string::npos);
    CHECK_FALSE(test::label(second, 12, 18, "PLACE").done);
    CHECK(store.find(second.autosave().key())->journal.size() == 1);
    second.takeOver();
    CHECK_FALSE(second.readOnly());
    CHECK(second.document().annotations.spanCount() == 1);  // the first window's work came with it
    REQUIRE(test::label(second, 12, 18, "PLACE").done);
    CHECK(store.find(second.autosave().key())->journal.size() == 2);
}

TEST_CASE("1,000 documents opened and annotated one after another keep the drafts bounded", "[workspace]") {
    test::NullHost host;
    MemoryDraftStore store(50, 1u << 20);
    Workspace ws(host, store);
    for (int i = 0; i < 1000; ++i) {
        REQUIRE(ws.open(std::string(kQuay) + std::to_string(i), "doc" + std::to_string(i) + ".txt").done);
        REQUIRE(test::label(ws, 4, 11, "ACTOR").done);
        REQUIRE(store.count() <= 50);
    }
    CHECK(store.bytesUsed() <= 1u << 20);
    CHECK(store.find(ws.autosave().key()));  // the open document's draft is never the one dropped
}

TEST_CASE("the page's start reopens the newest draft", "[workspace]") {
    test::NullHost host;
    MemoryDraftStore store;
    {
        Workspace before(host, store);
        REQUIRE(before.open(kMill, "dropped.txt").done);
        REQUIRE(test::label(before, 4, 8, "PLACE").done);
    }
    Workspace after(host, store);
    REQUIRE(after.open(kQuay, "sample-article.txt").done);
    after.reopenLast();
    CHECK(after.document().id == "dropped");
    CHECK(after.document().text.bytes() == kMill);
    CHECK(after.document().annotations.spanCount() == 1);
    // Discard shows the file as it was opened, and drops the draft.
    REQUIRE(after.discardDraft().done);
    CHECK(after.document().annotations.spanCount() == 0);
    CHECK(store.count() == 0);
}

TEST_CASE("a corpus entry's work comes back into that entry, and a save deletes the corpus's drafts", "[workspace]") {
    test::NullHost host;
    MemoryDraftStore store;
    const std::string corpus = spanmarkJson("x", kQuay) + "\n" + spanmarkJson("y", kMill) + "\n";
    {
        Workspace ws(host, store);
        REQUIRE(ws.open(corpus, "corpus.jsonl").done);
        REQUIRE(ws.openEntry(1).done);
        REQUIRE(test::label(ws, 4, 8, "PLACE").done);
    }
    Workspace ws(host, store);
    REQUIRE(ws.open(corpus, "corpus.jsonl").done);
    REQUIRE(ws.corpus());
    CHECK(ws.corpus()->entry(1).restored);
    CHECK(ws.corpus()->entry(1).summary.spans == 1);
    CHECK(ws.draftNotice().rfind("Restored unsaved work in 1 document", 0) == 0);
    REQUIRE(ws.openEntry(1).done);
    CHECK(ws.document().annotations.spanCount() == 1);
    REQUIRE(ws.save().done);
    CHECK(store.count() == 0);
    CHECK(host.files.back().name == "corpus.jsonl");
}

TEST_CASE("another tool's file opens as documents built directly, one or a corpus", "[workspace]") {
    test::NullHost host;
    MemoryDraftStore store;
    Workspace ws(host, store);
    const std::string doccano = R"({"id": 7, "text": "Ana Ruiz spoke in Lima.", "label": [[0, 8, "ACTOR"], [18, 22, "PLACE"]]})" "\n";
    workspace::Outcome o = ws.open(doccano, "one.jsonl");
    REQUIRE(o.done);
    CHECK(o.message.find("Imported 1 document from doccano") == 0);
    CHECK(ws.document().annotations.spanCount() == 2);
    o = ws.open(doccano + R"({"id": 8, "text": "Lima again.", "label": [[0, 4, "PLACE"]]})" "\n", "two.jsonl");
    REQUIRE(o.done);
    REQUIRE(ws.corpus());
    CHECK(ws.corpus()->size() == 2);
}

TEST_CASE("an export is offered as an export, a save as the document", "[workspace]") {
    test::NullHost host;
    MemoryDraftStore store;
    Workspace ws(host, store);
    REQUIRE(ws.open(kQuay, "a.txt").done);
    REQUIRE(test::label(ws, 4, 11, "ACTOR").done);
    REQUIRE(ws.exportAs("labelstudio").done);
    REQUIRE(host.files.size() == 1);
    CHECK(host.files[0].kind == workspace::FileKind::Export);
    CHECK(ws.hasUnsavedChanges());  // an export is not a save: the draft stays
    CHECK(store.count() == 1);
    REQUIRE(ws.save().done);
    CHECK(host.files[1].kind == workspace::FileKind::Document);
    CHECK(host.files[1].name == "a.json");
}

TEST_CASE("undo and redo are journaled like any change", "[workspace]") {
    test::NullHost host;
    MemoryDraftStore store;
    Workspace ws(host, store);
    REQUIRE(ws.open(kQuay, "a.txt").done);
    REQUIRE(test::label(ws, 4, 11, "ACTOR").done);
    REQUIRE(ws.undo().done);
    Workspace other(host, store);
    REQUIRE(other.open(kQuay, "a.txt").done);
    CHECK(other.document().annotations.spanCount() == 0);
    REQUIRE(ws.redo().done);
    Workspace third(host, store);
    REQUIRE(third.open(kQuay, "a.txt").done);
    CHECK(third.document().annotations.spanCount() == 1);
}
