#include <catch_amalgamated.hpp>

#include "core/history.hpp"
#include "formats/doccano.hpp"
#include "formats/document_json.hpp"
#include "unicode_samples.hpp"

using namespace spanmark;

TEST_CASE("doccano label form: UTF-16 offsets become code points", "[doccano]") {
    // "🚢 Vila Seca": the ship is two UTF-16 units, so doccano puts the town at 3..12.
    const std::string line = test::u8(u8R"({"id": 7, "text": "🚢 Vila Seca port", "label": [[3, 12, "LOC"], [3, 12, "LOC"]]})");
    auto docs = formats::readDoccano(line);
    REQUIRE(docs);
    REQUIRE(docs->size() == 1);
    const Document& d = docs->front();
    CHECK(d.id == "7");
    REQUIRE(d.annotations.spanCount() == 1);  // the duplicate merges
    const Span* s = d.annotations.spans().front();
    CHECK(s->start == 2);
    CHECK(s->end == 11);
    CHECK(d.text.slice(s->start, s->end) == "Vila Seca");
    CHECK(findLabel(d.labels, "LOC") != nullptr);
}

TEST_CASE("doccano entities and relations form, one line or pretty-printed", "[doccano]") {
    const std::string record = R"({"text": "Ana Lobo founded Quay Ltd.", "entities": [
        {"id": 10, "start_offset": 0, "end_offset": 8, "label": "PER"},
        {"id": 11, "start_offset": 17, "end_offset": 25, "label": "ORG"}],
      "relations": [{"from_id": 11, "to_id": 10, "type": "founded_by"}]})";
    auto docs = formats::readDoccano(record);
    REQUIRE(docs);
    const Document& d = docs->front();
    CHECK(d.annotations.spanCount() == 2);
    REQUIRE(d.annotations.relationCount() == 1);
    const Relation* r = d.annotations.relations().front();
    CHECK(r->label == "founded_by");
    CHECK(d.annotations.span(r->from)->label == "ORG");
    CHECK_FALSE(d.checkRelation(*r, &r->id));
}

TEST_CASE("doccano refusals name the line and place", "[doccano]") {
    auto split = formats::readDoccano(test::u8(u8"{\"text\": \"ok\"}\n{\"text\": \"🚢 x\", \"label\": [[1, 3, \"X\"]]}\n"));
    REQUIRE_FALSE(split);
    CHECK(split.error().line == 2);
    CHECK(split.error().describe() ==
          "line 2: /label/0/0: 1 falls inside a character outside the BMP: these offsets are not UTF-16 units");
    auto past = formats::readDoccano(R"({"text": "abc", "label": [[0, 9, "X"]]})");
    REQUIRE_FALSE(past);
    CHECK(past.error().message == "9 is past the text (3 UTF-16 units)");
    CHECK_FALSE(formats::readDoccano("{\"text\": \"a\"}\nnot json\n"));
}

TEST_CASE("spanmark -> doccano -> spanmark keeps spans and relations on any text", "[doccano][roundtrip]") {
    for (const auto& [name, text] : test::unicodeSamples()) {
        if (std::string(name) == "long line") continue;
        INFO(name);
        auto doc = formats::readPlainText(text, name);
        REQUIRE(doc);
        History h;
        const std::size_t n = doc->text.size();
        REQUIRE_FALSE(h.apply(doc.value(), edits::addSpan(doc.value(), {0, n}, "QUOTE")));
        REQUIRE_FALSE(h.apply(doc.value(), edits::addSpan(doc.value(), {n / 3, n / 3 + 2}, "ACTOR")));
        REQUIRE_FALSE(h.apply(doc.value(), edits::addRelation(doc.value(), "SPEAKER", "s1", "s2")));
        std::vector<std::string> dropped;
        const std::string out = formats::writeDoccano({&doc.value()}, dropped);
        auto back = formats::readDoccano(out);
        REQUIRE(back);
        const Document& b = back->front();
        REQUIRE(b.annotations.spanCount() == 2);
        for (const Span* s : doc->annotations.spans()) CHECK(b.annotations.find(s->start, s->end, s->label));
        CHECK(b.annotations.relationCount() == 1);
        CHECK(dropped.empty());
    }
}
