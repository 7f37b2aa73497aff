// Each rule of docs/format.md: a file that breaks it is refused, with a message
// that names the place, and nothing is loaded.
#include <catch_amalgamated.hpp>

#include <nlohmann/json.hpp>

#include "core/sha256.hpp"
#include "formats/document_json.hpp"
#include "unicode_samples.hpp"

using namespace spanmark;
using Json = nlohmann::json;

namespace {

const std::string kText = test::u8(u8"Minister Ana Lobo 🇵🇹 said: “We will rebuild the pier.”");

// A valid file to break one rule at a time.
Json valid() {
    return Json::parse(R"({
      "format": "spanmark", "version": 1,
      "document": {"id": "pier", "text": "", "meta": {"source": "test"}},
      "labels": [
        {"name": "ACTOR", "kind": "span", "color": "#4e79a7", "key": "1"},
        {"name": "PLACE", "kind": "span", "color": "#59a14f", "key": "2"},
        {"name": "QUOTE", "kind": "span", "color": "#b07aa1", "key": "4"},
        {"name": "SPEAKER", "kind": "relation", "from": ["QUOTE"], "to": ["ACTOR"], "key": "r"}
      ],
      "spans": [
        {"id": "s1", "start": 0, "end": 17, "label": "ACTOR", "text": "Minister Ana Lobo"},
        {"id": "s2", "start": 9, "end": 17, "label": "ACTOR", "text": "Ana Lobo"},
        {"id": "s3", "start": 27, "end": 54, "label": "QUOTE"}
      ],
      "relations": [{"id": "r1", "label": "SPEAKER", "from": "s3", "to": "s1"}]
    })");
}

Json withText() {
    Json j = valid();
    j["document"]["text"] = kText;
    return j;
}

std::string refusal(const Json& j) {
    auto doc = formats::readSpanmarkJson(j.dump());
    if (doc) return "(accepted)";
    return doc.error().describe();
}

}  // namespace

TEST_CASE("the valid example loads", "[validation]") {
    auto doc = formats::readSpanmarkJson(withText().dump());
    REQUIRE(doc);
    CHECK(doc->annotations.spanCount() == 3);
    CHECK(doc->annotations.relationCount() == 1);
    CHECK(doc->text.slice(27, 54) == test::u8(u8"“We will rebuild the pier.”"));
}

TEST_CASE("format and version are checked", "[validation]") {
    Json j = withText();
    j["format"] = "doccano";
    CHECK(refusal(j) == "/format: expected \"spanmark\", found \"doccano\"");
    j = withText();
    j.erase("format");
    CHECK(refusal(j).rfind("/format: missing", 0) == 0);
    j = withText();
    j["version"] = 2;
    CHECK(refusal(j) == "/version: this reader knows version 1, the file says 2");
    CHECK(formats::readSpanmarkJson("[1, 2]").error().describe() ==
          "/: a spanmark document is a JSON object, not an array");
}

TEST_CASE("the document needs an id and a text", "[validation]") {
    Json j = withText();
    j["document"].erase("id");
    CHECK(refusal(j) == "/document/id: a document needs a non-empty string id");
    j = withText();
    j["document"]["text"] = 42;
    CHECK(refusal(j) == "/document/text: expected a string, found a number");
    j = withText();
    j["document"]["meta"] = "x";
    CHECK(refusal(j) == "/document/meta: expected an object, found a string");
}

TEST_CASE("a sha256 that does not match the text is an error", "[validation]") {
    Json j = withText();
    j["document"]["sha256"] = sha256Hex(kText);
    CHECK(refusal(j) == "(accepted)");
    j["document"]["sha256"] = sha256Hex(kText + " ");
    CHECK(refusal(j).rfind("/document/sha256: does not match the text", 0) == 0);
}

TEST_CASE("a span's text must match the document at its offsets", "[validation]") {
    Json j = withText();
    j["spans"][1]["text"] = "Ana Lob";
    const std::string message = refusal(j);
    CHECK(message.rfind("/spans/1 (span s2): its text \"Ana Lob\" does not match the document, which has \"Ana Lobo\" at [9, 17)", 0) == 0);
    // Offsets counted in UTF-16 units (as doccano does) drift by two after the flag's two astral code points.
    j = withText();
    j["spans"].push_back({{"id", "s5"}, {"start", 23}, {"end", 27}, {"label", "PLACE"}, {"text", "said"}});
    CHECK(refusal(j) == "/spans/3 (span s5): its text \"said\" does not match the document, which has \"id: \" at "
                        "[23, 27): are the offsets counted in UTF-16 units or bytes instead of code points?");
}

TEST_CASE("spans are never empty, never out of range, never repeated", "[validation]") {
    Json j = withText();
    j["spans"][0]["end"] = 0;
    CHECK(refusal(j) == "/spans/0 (span s1): the span [0, 0) is empty");
    j = withText();
    j["spans"][2]["end"] = 55;
    j["spans"][2].erase("text");
    CHECK(refusal(j) == "/spans/2 (span s3): the span ends at 55, past the text, which has 54 code points");
    j = withText();
    j["spans"][0]["start"] = -1;
    CHECK(refusal(j) == "/spans/0/start: expected a whole number of code points from 0, found -1");
    j = withText();
    j["spans"][1]["start"] = 2.5;
    CHECK(refusal(j) == "/spans/1/start: expected a whole number of code points from 0, found 2.5");
    j = withText();
    j["spans"].push_back({{"id", "s9"}, {"start", 9}, {"end", 17}, {"label", "ACTOR"}});
    CHECK(refusal(j) == "/spans/3 (span s9): span s2 already has the same start, end and label ACTOR");
    j = withText();
    j["spans"][1]["id"] = "s1";
    CHECK(refusal(j) == "/spans/1 (span s1): the id s1 is used by an earlier span");
}

TEST_CASE("span labels must be span labels of the set", "[validation]") {
    Json j = withText();
    j["spans"][0]["label"] = "PERSON";
    CHECK(refusal(j) == "/spans/0 (span s1): label \"PERSON\" is not in the label set");
    j["spans"][0]["label"] = "SPEAKER";
    CHECK(refusal(j) == "/spans/0 (span s1): \"SPEAKER\" is a relation label");
}

TEST_CASE("relations join existing spans with allowed labels", "[validation]") {
    Json j = withText();
    j["relations"][0]["to"] = "s7";
    CHECK(refusal(j) == "/relations/0 (relation r1): it ends at span s7, which does not exist");
    j = withText();
    j["relations"][0]["from"] = "s2";
    CHECK(refusal(j) == "/relations/0 (relation r1): SPEAKER cannot start at span s2, which is ACTOR");
    j = withText();
    j["relations"][0]["label"] = "QUOTE";
    CHECK(refusal(j) == "/relations/0 (relation r1): \"QUOTE\" is a span label, not a relation label");
    j = withText();
    j["relations"].push_back(j["relations"][0]);
    CHECK(refusal(j) == "/relations/1 (relation r1): the id r1 is used by another relation");
}

TEST_CASE("label sets are checked", "[validation]") {
    Json j = withText();
    j["labels"][1]["key"] = "1";
    CHECK(refusal(j) == "/labels/1 (label PLACE): key \"1\" is used by another label");
    j = withText();
    j["labels"][0]["color"] = "blue";
    CHECK(refusal(j) == "/labels/0 (label ACTOR): colour \"blue\" is not of the form #rrggbb");
    j = withText();
    j["labels"][3]["to"] = {"PERSON"};
    CHECK(refusal(j) == "/labels/3 (label SPEAKER): \"PERSON\" in to is not a span label");
    j = withText();
    j["labels"][2]["name"] = "ACTOR";
    CHECK(refusal(j) == "/labels/2 (label ACTOR): the name ACTOR is used twice");
    j = withText();
    j["labels"][0]["kind"] = "entity";
    CHECK(refusal(j) == "/labels/0/kind: expected \"span\" or \"relation\", found \"entity\"");
}

TEST_CASE("attributes hold strings, numbers and booleans only", "[validation]") {
    Json j = withText();
    j["spans"][0]["attributes"] = {{"role", "minister"}, {"age", 52}, {"confirmed", true}, {"share", 0.25}};
    CHECK(refusal(j) == "(accepted)");
    j["spans"][0]["attributes"]["aliases"] = Json::array({"Lobo"});
    CHECK(refusal(j) == "/spans/0/attributes/aliases (span s1): an attribute is a string, number or boolean, not an array");
}

TEST_CASE("broken JSON names its line and column", "[validation]") {
    auto doc = formats::readSpanmarkJson("{\n  \"format\": \"spanmark\",\n  \"version\": 1,,\n}");
    REQUIRE_FALSE(doc);
    CHECK(doc.error().line == 3);
    CHECK(doc.error().column == 16);
}

TEST_CASE("a JSONL corpus reports the line of a bad record", "[validation]") {
    Json good = withText();
    Json bad = withText();
    bad["spans"][0]["label"] = "NOPE";
    std::istringstream in(good.dump() + "\n\n" + good.dump() + "\n" + bad.dump() + "\n");
    std::size_t seen = 0;
    auto error = formats::readCorpus(in, [&](Document&&, std::size_t) { return ++seen, true; });
    REQUIRE(error);
    CHECK(seen == 2);
    CHECK(error->line == 4);
    CHECK(error->describe() == "/spans/0 (span s1): label \"NOPE\" is not in the label set");
}
