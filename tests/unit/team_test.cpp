// The team store without a server: who gets what, the names CouchDB is given,
// the records, and what the person is told when the server is not CouchDB,
// refuses, or does not answer (a scripted Http stands in for the network).
#include <catch_amalgamated.hpp>

#include <deque>
#include <map>
#include <set>

#include "core/sha256.hpp"
#include "formats/document_json.hpp"
#include "workspace/team/team_plan.hpp"
#include "workspace/team/team_records.hpp"
#include "workspace/team/team_store.hpp"
#include "workspace/team/team_users.hpp"

using namespace spanmark;
using namespace spanmark::team;

namespace {

// Answers requests in order, and keeps them.
class ScriptedHttp : public Http {
public:
    std::deque<HttpResponse> answers;
    std::vector<std::string> asked;
    HttpResponse request(std::string_view method, const std::string& path, const std::string&) override {
        asked.push_back(std::string(method) + " " + path);
        if (answers.empty()) return {0, "", "", "connection refused"};
        HttpResponse r = answers.front();
        answers.pop_front();
        return r;
    }
};

std::vector<std::string> names(std::size_t n, const char* prefix) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < n; ++i) out.push_back(prefix + std::to_string(i));
    return out;
}

}  // namespace

TEST_CASE("team plan: each document goes to overlap different annotators, loads even", "[team]") {
    for (std::size_t people = 1; people <= 7; ++people) {
        for (std::size_t overlap = 1; overlap <= people; ++overlap) {
            const auto docs = names(23, "d");
            auto plan = makePlan(docs, names(people, "a"), overlap);
            REQUIRE(plan);
            std::map<std::string, std::size_t> load;
            for (const auto& d : docs) {
                const auto& who = plan->annotatorsOf.at(d);
                REQUIRE(who.size() == overlap);
                REQUIRE(std::set<std::string>(who.begin(), who.end()).size() == overlap);
                for (const auto& a : who) ++load[a];
            }
            std::size_t least = SIZE_MAX, most = 0;
            for (const auto& a : names(people, "a")) {
                least = std::min(least, load[a]);
                most = std::max(most, load[a]);
                CHECK(plan->queueOf(a).size() == load[a]);
            }
            CHECK(most - least <= 1);
        }
    }
    CHECK_FALSE(makePlan({"d"}, {"a", "b"}, 3));
    CHECK(makePlan({"d"}, {"a", "b"}, 3).error().message.find("2 annotators") != std::string::npos);
    CHECK_FALSE(makePlan({"d"}, {"a"}, 0));
    CHECK_FALSE(makePlan({"d", "d"}, {"a"}, 1));
}

TEST_CASE("team users: name:password:role lines, refused with their line", "[team]") {
    auto ok = readMembers("# the team\nanna:se:cret:annotator\n\r\nben:pw:curator\r\n");
    REQUIRE(ok);
    REQUIRE(ok->size() == 2);
    CHECK(ok->at(0).name == "anna");
    CHECK(ok->at(0).password == "se:cret");
    CHECK(ok->at(1).role == Role::Curator);
    auto badRole = readMembers("anna:pw:annotator\nben:pw:boss\n");
    REQUIRE_FALSE(badRole);
    CHECK(badRole.error().where == "line 2");
    CHECK(badRole.error().message.find("boss") != std::string::npos);
    CHECK_FALSE(readMembers("anna\n"));
    CHECK(readMembers("anna:pw:annotator\nanna:pw2:curator\n").error().message.find("twice") != std::string::npos);
    CHECK_FALSE(readMembers(":pw:annotator\n"));
    CHECK_FALSE(readMembers("_admin:pw:curator\n"));
    CHECK_FALSE(readMembers("\n# nobody\n"));
}

TEST_CASE("team names: a layer database name CouchDB accepts, and the user back from it", "[team]") {
    for (const std::string user : {"anna", "Anna Lobo", "ø/é:1", "a$b", "x-y_z"}) {
        const std::string db = layerDatabase(user);
        INFO(db);
        CHECK(db.rfind("spanmark-layer-", 0) == 0);
        for (char c : db) CHECK(((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || std::string("_$()+-/").find(c) != std::string::npos));
        CHECK(userOfLayerDatabase(db) == user);
    }
    CHECK(layerDatabase("A") != layerDatabase("a"));
    CHECK(userOfLayerDatabase("spanmark-corpus").empty());
    CHECK(urlSegment("doc:a/b?c d") == "doc%3Aa%2Fb%3Fc%20d");
}

TEST_CASE("team records: a layer comes back whole with its text, and never onto another text", "[team]") {
    auto doc = formats::readSpanmarkJson(R"({"format": "spanmark", "version": 1, "document": {"id": "n1", "text": "Ana Lobo spoke."},
        "spans": [{"id": "s1", "start": 0, "end": 8, "label": "ACTOR", "text": "Ana Lobo"}]})");
    REQUIRE(doc);
    const auto corpus = corpusRecord(*doc);
    const auto labels = labelsRecord(doc->labels);
    const auto layer = layerRecord(*doc, "anna", LayerStatus::Done);
    CHECK(layer["_id"] == "doc:n1");
    CHECK_FALSE(layer.contains("text"));
    CHECK(layer["sha256"] == sha256Hex("Ana Lobo spoke."));
    auto back = documentOfLayer(layer, corpus, labels, "anna");
    REQUIRE(back);
    CHECK(back->id == "n1@anna");
    CHECK(formats::metaValue(back->metaJson, "annotator") == "anna");
    CHECK(formats::metaValue(back->metaJson, "document") == "n1");
    CHECK(back->annotations.spanCount() == 1);
    auto changed = corpus;
    changed["text"] = "Ana Lobo spoke again.";
    changed["sha256"] = sha256Hex("Ana Lobo spoke again.");
    auto refused = documentOfLayer(layer, changed, labels, "anna");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.find("sha256") != std::string::npos);
    auto broken = layer;
    broken["spans"][0]["end"] = 99;
    CHECK_FALSE(documentOfLayer(broken, corpus, labels, "anna"));
    CHECK_FALSE(documentOfLayer(nlohmann::json("not an object"), corpus, labels, "anna"));
}

TEST_CASE("team store: a page of HTML, a refusal and silence each get a clear message", "[team]") {
    ScriptedHttp http;
    TeamStore store(http);
    http.answers.push_back({200, "<html>Sign in to the proxy</html>", "text/html", ""});
    auto html = store.status();
    REQUIRE_FALSE(html);
    CHECK(html.error().message.find("not CouchDB's JSON") != std::string::npos);
    http.answers.push_back({401, R"({"error":"unauthorized","reason":"Name or password is incorrect."})", "application/json", ""});
    auto refused = store.status();
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.find("refused the credentials (401") != std::string::npos);
    auto silent = store.status();
    REQUIRE_FALSE(silent);
    CHECK(silent.error().message == "no answer from the server: connection refused");
    CHECK(silent.error().where == "GET /spanmark-corpus/plan");
    http.answers.push_back({404, R"({"error":"not_found","reason":"missing"})", "application/json", ""});
    CHECK(store.status().error().message.find("team init") != std::string::npos);
}
