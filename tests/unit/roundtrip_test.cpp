#include <catch_amalgamated.hpp>

#include <nlohmann/json.hpp>

#include "core/history.hpp"
#include "formats/document_json.hpp"
#include "unicode_samples.hpp"

using namespace spanmark;

namespace {

// A document of our own with emoji, accents, CRLF, CJK, nesting, attributes
// and keys this version does not know.
const char* kFile = R"({
  "format": "spanmark", "version": 1, "source_tool": "hand",
  "document": {"id": "mixed", "text": "Jos\u00e9 Mu\u00f1oz \ud83d\udc4d\r\nsaid \u201cok\u201d in \u6e2f\u53e3.", "meta": {"lang": "es"}, "batch": 7},
  "labels": [
    {"name": "ACTOR", "kind": "span", "color": "#4e79a7", "key": "1", "hint": "a person"},
    {"name": "PLACE", "kind": "span", "color": "#59a14f", "key": "2"},
    {"name": "QUOTE", "kind": "span", "color": "#b07aa1", "key": "4"},
    {"name": "SPEAKER", "kind": "relation", "from": ["QUOTE"], "to": ["ACTOR"], "key": "r"}
  ],
  "spans": [
    {"id": "s3", "start": 19, "end": 23, "label": "QUOTE", "note": "short"},
    {"id": "s1", "start": 0, "end": 10, "label": "ACTOR", "attributes": {"role": "mayor", "age": 61, "share": 0.5, "ok": true}},
    {"id": "s2", "start": 5, "end": 10, "label": "ACTOR", "reviewed": false},
    {"id": "s4", "start": 27, "end": 29, "label": "PLACE"}
  ],
  "relations": [{"id": "r1", "label": "SPEAKER", "from": "s3", "to": "s1", "confidence": 0.9}]
})";

}  // namespace

TEST_CASE("save, load, save gives the same bytes, unknown keys kept", "[roundtrip]") {
    auto doc = formats::readSpanmarkJson(kFile);
    REQUIRE(doc);
    const std::string first = formats::writeSpanmarkJson(doc.value());
    auto again = formats::readSpanmarkJson(first);
    REQUIRE(again);
    CHECK(formats::writeSpanmarkJson(again.value()) == first);
    const auto j = nlohmann::json::parse(first);
    CHECK(j["source_tool"] == "hand");
    CHECK(j["document"]["batch"] == 7);
    CHECK(j["labels"][0]["hint"] == "a person");
    CHECK(j["spans"][0]["id"] == "s1");  // sorted by (start, end, label)
    CHECK(j["spans"][0]["attributes"]["age"] == 61);
    CHECK(j["spans"][0]["attributes"]["share"] == 0.5);
    CHECK(j["spans"][1]["reviewed"] == false);
    CHECK(j["spans"][2]["note"] == "short");
    CHECK(j["spans"][3]["text"] == test::u8(u8"港口"));
    CHECK(j["relations"][0]["confidence"] == 0.9);
}

TEST_CASE("the one-line layout is a JSONL record of the same document", "[roundtrip]") {
    auto doc = formats::readSpanmarkJson(kFile);
    REQUIRE(doc);
    const std::string line = formats::writeSpanmarkJson(doc.value(), formats::Layout::Line);
    CHECK(line.find('\n') == std::string::npos);
    std::istringstream in(line + "\n" + line + "\n");
    std::vector<std::string> again;
    auto error = formats::readCorpus(in, [&](Document&& d, std::size_t) {
        again.push_back(formats::writeSpanmarkJson(d));
        return true;
    });
    CHECK_FALSE(error);
    REQUIRE(again.size() == 2);
    CHECK(again[0] == formats::writeSpanmarkJson(doc.value()));
}

TEST_CASE("every unicode sample survives a round trip with a span on each character", "[roundtrip]") {
    for (const auto& [name, text] : test::unicodeSamples()) {
        if (std::string(name) == "long line") continue;
        INFO(name);
        auto doc = formats::readPlainText(text, name);
        REQUIRE(doc);
        History history;
        for (std::size_t i = 0; i < doc->text.size(); ++i)
            REQUIRE_FALSE(history.apply(doc.value(), edits::addSpan(doc.value(), {i, i + 1}, "ACTOR")));
        const std::string saved = formats::writeSpanmarkJson(doc.value());
        auto again = formats::readSpanmarkJson(saved);
        REQUIRE(again);
        CHECK(formats::writeSpanmarkJson(again.value()) == saved);
    }
}
