// The desktop's team sync without a server: the three-way merge of a layer,
// and LayerSync against an in-memory stand-in for CouchDB (revisions, 409 on
// a stale one, _all_docs, _session): two devices on one layer, work done
// offline and merged after a restart, a text changed on the server.
#include <catch_amalgamated.hpp>

#include <map>

#include "core/edit.hpp"
#include "core/sha256.hpp"
#include "formats/document_json.hpp"
#include "workspace/team/layer_merge.hpp"
#include "workspace/team/layer_sync.hpp"
#include "workspace/team/team_records.hpp"
#include "workspace_fixture.hpp"

using namespace spanmark;
using namespace spanmark::team;
using Json = nlohmann::json;

namespace {

std::string decoded(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size()) {
            out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

// CouchDB as far as LayerSync uses it; `down` answers nothing, as a closed port does.
class FakeCouch {
public:
    std::map<std::string, std::map<std::string, Json>> databases;
    bool down = false;
    int revisions = 0;

    HttpResponse answer(const std::string& user, std::string_view method, const std::string& path, const std::string& body) {
        if (down) return {0, "", "", "Connection refused"};
        auto json = [](int status, const Json& j) { return HttpResponse{status, j.dump(), "application/json", ""}; };
        if (path == "_session") return json(200, {{"ok", true}, {"userCtx", {{"name", user}, {"roles", {roles[user]}}}}});
        const std::string db = decoded(path.substr(0, path.find('/')));
        const std::string rest = path.substr(path.find('/') + 1);
        auto& docs = databases[db];
        if (rest.rfind("_all_docs", 0) == 0) {
            Json rows = Json::array();
            if (rest.find("startkey") == std::string::npos)
                for (const auto& [id, doc] : docs) rows.push_back({{"id", id}, {"doc", doc}});
            return json(200, {{"rows", rows}});
        }
        const std::string id = decoded(rest);
        auto at = docs.find(id);
        if (method == "GET") return at == docs.end() ? json(404, {{"error", "not_found"}}) : json(200, at->second);
        Json doc = Json::parse(body);
        if (at != docs.end() && doc.value("_rev", "") != at->second.value("_rev", ""))
            return json(409, {{"error", "conflict"}, {"reason", "Document update conflict."}});
        doc["_id"] = id;
        doc["_rev"] = std::to_string(++revisions) + "-x";
        docs[id] = doc;
        return json(201, {{"ok", true}, {"id", id}, {"rev", doc["_rev"]}});
    }
    std::map<std::string, std::string> roles;
};

class Device : public Http {
public:
    Device(FakeCouch& couch, std::string user) : couch_(couch), user_(std::move(user)) {}
    HttpResponse request(std::string_view method, const std::string& path, const std::string& body) override {
        return couch_.answer(user_, method, path, body);
    }

private:
    FakeCouch& couch_;
    std::string user_;
};

const char* kTexts[] = {"Ana Lobo said the ferries would wait.", "Rui Costa said the work starts in March."};

FakeCouch teamOfTwo() {
    FakeCouch couch;
    couch.roles = {{"anna", "annotator"}, {"cora", "curator"}};
    for (const char* text : kTexts) {
        const std::string id = std::string("news-") + (text[0] == 'A' ? "1" : "2");
        auto doc = formats::readSpanmarkJson(Json{{"format", "spanmark"}, {"version", 1}, {"document", {{"id", id}, {"text", text}}}}.dump());
        REQUIRE(doc);
        couch.databases["spanmark-corpus"][recordId(id)] = corpusRecord(*doc);
        couch.databases["spanmark-corpus"]["labels"] = labelsRecord(doc->labels);
        couch.databases["spanmark-layer-anna"][recordId(id)] = emptyLayerRecord(id, sha256Hex(text), "anna");
        couch.databases["spanmark-layer-anna"][recordId(id)]["_rev"] = "1-a";
    }
    return couch;
}

void addSpan(Document& doc, std::size_t begin, std::size_t end, const std::string& label) {
    REQUIRE_FALSE(apply(doc, edits::addSpan(doc, {begin, end}, label)));
}

std::vector<std::string> spansOnServer(FakeCouch& couch, const std::string& id) {
    std::vector<std::string> out;
    for (const Json& s : couch.databases["spanmark-layer-anna"][recordId(id)]["spans"])
        out.push_back(std::to_string(s["start"].get<int>()) + "-" + std::to_string(s["end"].get<int>()) + " " + s["label"].get<std::string>());
    return out;
}

Json layerWith(std::vector<Json> spans, std::vector<Json> relations = {}) {
    return {{"spans", spans}, {"relations", relations}};
}
Json span(const char* id, int start, int end, const char* label, const char* note = nullptr) {
    Json s = {{"id", id}, {"start", start}, {"end", end}, {"label", label}};
    if (note) s["note"] = note;
    return s;
}

}  // namespace

TEST_CASE("layer merge: additions on both sides kept, a removal on one side goes, a change on both keeps both notes", "[team]") {
    const Json base = layerWith({span("s1", 0, 3, "ACTOR"), span("s2", 10, 14, "PLACE"), span("s3", 20, 25, "FIGURE", "a")},
                                {{{"id", "r1"}, {"label", "SPEAKER"}, {"from", "s2"}, {"to", "s1"}}});
    // Here: s2 removed (with its relation), a QUOTE added, s3's note changed.
    const Json local = layerWith({span("s1", 0, 3, "ACTOR"), span("s2", 20, 25, "FIGURE", "mine"), span("s3", 30, 40, "QUOTE")});
    // There: a PLACE added first (ids shift), s3's note changed too, the relation left as it was.
    const Json remote = layerWith({span("s1", 0, 3, "ACTOR"), span("s2", 5, 8, "PLACE"), span("s3", 10, 14, "PLACE"),
                                   span("s4", 20, 25, "FIGURE", "theirs")},
                                  {{{"id", "r1"}, {"label", "SPEAKER"}, {"from", "s3"}, {"to", "s1"}}});
    const MergedLayer m = mergeLayers(&base, local, remote);
    std::vector<std::string> got;
    for (const Json& s : m.spans) got.push_back(s["id"].get<std::string>() + " " + std::to_string(s["start"].get<int>()) + " " + s["label"].get<std::string>());
    CHECK(got == std::vector<std::string>{"s1 0 ACTOR", "s2 5 PLACE", "s3 20 FIGURE", "s4 30 QUOTE"});
    CHECK(m.spans[2]["note"] == "mine | theirs");
    CHECK(m.clashes == 1);
    // The relation's end was removed here and left as it was there: it goes with its end.
    CHECK(m.relations.empty());

    // Nothing in common: both sides kept whole, relations renumbered onto the merged ids.
    const Json a = layerWith({span("s1", 0, 3, "ACTOR"), span("s2", 30, 40, "QUOTE")},
                             {{{"id", "r1"}, {"label", "SPEAKER"}, {"from", "s2"}, {"to", "s1"}}});
    const Json b = layerWith({span("s1", 5, 8, "PLACE")});
    const MergedLayer both = mergeLayers(nullptr, a, b);
    REQUIRE(both.spans.size() == 3);
    REQUIRE(both.relations.size() == 1);
    CHECK(both.relations[0]["from"] == "s3");
    CHECK(both.relations[0]["to"] == "s1");
    CHECK(both.clashes == 0);
}

TEST_CASE("layer sync: the queue comes whole, a change is sent, another device's change is merged, never overwritten", "[team]") {
    FakeCouch couch = teamOfTwo();
    Device laptop(couch, "anna"), tablet(couch, "anna");
    LayerSync here(laptop), there(tablet);
    auto queue = here.fetch({});
    REQUIRE(queue);
    REQUIRE(queue->documents.size() == 2);
    CHECK(queue->documents[0].id == "news-1@anna");
    CHECK(queue->documents[0].text.bytes() == kTexts[0]);
    std::vector<Document> docs = std::move(queue->documents);
    auto nothing = here.send(docs);
    REQUIRE(nothing);
    CHECK(nothing->sent == 0);
    CHECK(nothing->unchanged == 2);

    addSpan(docs[0], 0, 8, "ACTOR");
    CHECK(here.unsent(docs[0]));
    auto sent = here.send(docs);
    REQUIRE(sent);
    CHECK(sent->sent == 1);
    CHECK_FALSE(sent->reopen);
    CHECK(spansOnServer(couch, "news-1") == std::vector<std::string>{"0-8 ACTOR"});
    CHECK(couch.databases["spanmark-layer-anna"]["doc:news-1"]["status"] == "started");
    CHECK_FALSE(here.unsent(docs[0]));

    // The tablet had the queue from before that send: its change meets a newer revision.
    auto old = there.fetch({});
    REQUIRE(old);
    std::vector<Document> tabletDocs = std::move(old->documents);
    addSpan(tabletDocs[0], 9, 13, "QUOTE");
    addSpan(docs[0], 14, 22, "FIGURE");
    REQUIRE(here.send(docs));
    auto merged = there.send(tabletDocs);
    REQUIRE(merged);
    CHECK(merged->merged == 1);
    CHECK(merged->reopen);
    CHECK(spansOnServer(couch, "news-1") == std::vector<std::string>{"0-8 ACTOR", "9-13 QUOTE", "14-22 FIGURE"});
    CHECK(tabletDocs[0].annotations.spanCount() == 3);
}

TEST_CASE("layer sync: work done offline survives a restart and is merged with what changed on the server meanwhile", "[team]") {
    FakeCouch couch = teamOfTwo();
    Device laptop(couch, "anna");
    std::vector<Document> docs;
    std::string bases;
    {
        LayerSync first(laptop);
        auto queue = first.fetch({});
        REQUIRE(queue);
        docs = std::move(queue->documents);
        bases = first.basesJson();
        couch.down = true;
        addSpan(docs[1], 0, 9, "ACTOR");
        auto failed = first.send(docs);
        REQUIRE_FALSE(failed);
        CHECK(failed.error().message.find("no answer from the server") != std::string::npos);
        CHECK(first.unsent(docs[1]));
    }
    // Meanwhile the layer changed on the server (another device).
    couch.down = false;
    couch.databases["spanmark-layer-anna"]["doc:news-2"]["spans"] = Json::array({span("s1", 31, 36, "FIGURE")});
    couch.databases["spanmark-layer-anna"]["doc:news-2"]["_rev"] = "2-b";
    docs[1].metaJson = formats::metaWith(docs[1].metaJson, "status", "done");

    LayerSync again(laptop);
    REQUIRE_FALSE(again.restoreBases(bases));
    auto queue = again.fetch(docs);
    REQUIRE(queue);
    CHECK(queue->merged == 1);
    REQUIRE(queue->documents.size() == 2);
    CHECK(queue->documents[1].annotations.spanCount() == 2);
    CHECK(again.unsent(queue->documents[1]));
    CHECK_FALSE(again.unsent(queue->documents[0]));
    auto sent = again.send(queue->documents);
    REQUIRE(sent);
    CHECK(sent->sent == 1);
    CHECK(spansOnServer(couch, "news-2") == std::vector<std::string>{"0-9 ACTOR", "31-36 FIGURE"});
    CHECK(couch.databases["spanmark-layer-anna"]["doc:news-2"]["status"] == "done");
}

TEST_CASE("layer sync: a layer whose text changed on the server is not opened; its unsent work is handed back", "[team]") {
    FakeCouch couch = teamOfTwo();
    Device laptop(couch, "anna");
    LayerSync sync(laptop);
    auto queue = sync.fetch({});
    REQUIRE(queue);
    std::vector<Document> docs = std::move(queue->documents);
    addSpan(docs[0], 0, 8, "ACTOR");
    Json& record = couch.databases["spanmark-corpus"]["doc:news-1"];
    record["text"] = "Ana Lobo said the ferries would not wait.";
    record["sha256"] = sha256Hex(record["text"].get<std::string>());
    auto again = sync.fetch(docs);
    REQUIRE(again);
    REQUIRE(again->documents.size() == 1);
    CHECK(again->documents[0].id == "news-2@anna");
    REQUIRE(again->refused.size() == 1);
    CHECK(again->refused[0].find("sha256") != std::string::npos);
    REQUIRE(again->orphans.size() == 1);
    CHECK(again->orphans[0].annotations.spanCount() == 1);
}

TEST_CASE("layer sync: a curator's queue is every document's gold; wrong credentials are told", "[team]") {
    FakeCouch couch = teamOfTwo();
    Device desk(couch, "cora");
    LayerSync sync(desk);
    auto queue = sync.fetch({});
    REQUIRE(queue);
    CHECK(sync.account().role == Role::Curator);
    REQUIRE(queue->documents.size() == 2);
    addSpan(queue->documents[1], 0, 9, "ACTOR");
    auto sent = sync.send(queue->documents);
    REQUIRE(sent);
    CHECK(sent->sent == 1);
    CHECK(couch.databases["spanmark-gold"].count("doc:news-2") == 1);
    CHECK(couch.databases["spanmark-layer-anna"]["doc:news-2"]["spans"].empty());

    Device nobody(couch, "");
    LayerSync stranger(nobody);
    auto refused = stranger.fetch({});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.find("http://NAME:PASSWORD@") != std::string::npos);
}

TEST_CASE("layer sync: a curator's gold opens as the finished layers merged; decisions, rejections included, are sent", "[team]") {
    FakeCouch couch = teamOfTwo();
    couch.roles["ben"] = "annotator";
    couch.databases["spanmark-corpus"]["plan"] = {{"documents", {{{"document", "news-1"}, {"annotators", {"anna", "ben"}}},
                                                                 {{"document", "news-2"}, {"annotators", {"anna", "ben"}}}}}};
    // news-1, "Ana Lobo said the ferries would wait.": both finished; "the ferries" two ways (d1), "wait" ben's alone (d2).
    auto finished = [&](const std::string& who, std::vector<Json> spans) {
        Json layer = emptyLayerRecord("news-1", sha256Hex(kTexts[0]), who);
        layer["spans"] = spans;
        layer["status"] = "done";
        layer["_rev"] = "2-" + who;
        couch.databases["spanmark-layer-" + who]["doc:news-1"] = layer;
    };
    finished("anna", {span("s1", 0, 8, "ACTOR"), span("s2", 14, 25, "ACTOR")});
    finished("ben", {span("s1", 0, 8, "ACTOR"), span("s2", 14, 25, "PLACE"), span("s3", 32, 36, "FIGURE")});
    // news-2: anna has begun, ben has no layer: nothing to merge, the gold opens as it is.
    couch.databases["spanmark-layer-anna"]["doc:news-2"]["status"] = "started";

    Device desk(couch, "cora");
    LayerSync sync(desk);
    auto queue = sync.fetch({});
    REQUIRE(queue);
    CHECK(queue->curated == 1);
    REQUIRE(queue->documents.size() == 2);
    Document& news1 = queue->documents[0];
    CHECK(formats::metaValue(news1.metaJson, "annotator") == "cora");
    CHECK(news1.annotations.spanCount() == 4);  // the agreed speaker and three variants to review
    CHECK(queue->documents[1].annotations.spanCount() == 0);
    // Fetched and never touched: nothing to send, though it differs from the (empty) gold.
    auto untouched = sync.send(queue->documents);
    REQUIRE(untouched);
    CHECK(untouched->sent == 0);
    CHECK(couch.databases["spanmark-gold"].empty());

    // The curator settles it in the workspace: PLACE for d1, d2 rejected.
    test::NullHost host;
    workspace::MemoryDraftStore store;
    workspace::Workspace ws{host, store};
    REQUIRE(ws.open(formats::writeSpanmarkJson(news1), "news-1.json").done);
    test::findSuggestions(ws);
    REQUIRE(ws.openSuggestions() == 3);
    ws.stepSuggestion(1);
    const auto variants = ws.review().currentVariants();
    REQUIRE(variants.size() == 2);
    REQUIRE(ws.pickVariant(variants[0]->label == "PLACE" ? 0 : 1).done);
    REQUIRE(ws.review().currentVariants().size() == 1);  // moved on to "wait"
    REQUIRE(ws.rejectSuggestion().done);
    news1 = ws.document();
    auto sent = sync.send(queue->documents);
    REQUIRE(sent);
    CHECK(sent->sent == 1);
    const Json& gold = couch.databases["spanmark-gold"]["doc:news-1"];
    std::vector<std::string> spans;
    for (const Json& s : gold["spans"]) {
        CHECK_FALSE(s.contains("suggested"));
        spans.push_back(std::to_string(s["start"].get<int>()) + "-" + std::to_string(s["end"].get<int>()) + " " + s["label"].get<std::string>());
    }
    CHECK(spans == std::vector<std::string>{"0-8 ACTOR", "14-25 PLACE"});
    CHECK(gold["rejected"] == Json::array({"32:36:FIGURE"}));
    CHECK(gold["status"] == "started");

    // Another device, another day: the gold as left, nothing left to settle, the rejection kept.
    Device laptop(couch, "cora");
    LayerSync again(laptop);
    auto reopened = again.fetch({});
    REQUIRE(reopened);
    const Document& back = reopened->documents[0];
    CHECK(back.annotations.spanCount() == 2);
    CHECK(formats::metaList(back.metaJson, "rejected") == std::vector<std::string>{"32:36:FIGURE"});
    CHECK_FALSE(again.unsent(back));
}
