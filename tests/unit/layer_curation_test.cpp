// A document's curation in team mode (workspace/layer_curation): the
// annotators' layers merged, and once the gold is begun, the gold as the
// curator left it with only the differences it has not settled to review.
#include <catch_amalgamated.hpp>

#include <algorithm>

#include "formats/document_json.hpp"
#include "suggest/accepted.hpp"
#include "workspace/layer_curation.hpp"

using namespace spanmark;

namespace {

const char* kText = "Ana Lobo said the ferries would wait for the tide in Faro.";

std::string line(const std::string& annotator, const std::string& spans, const std::string& relations = "[]",
                 const std::string& documentKeys = "") {
    std::string out = std::string(R"({"format": "spanmark", "version": 1, "document": {"id": "n1", "text": ")") + kText +
                      R"(", "meta": {"annotator": ")" + annotator + R"("})" + documentKeys + R"(}, "spans": )" + spans +
                      R"(, "relations": )" + relations + "}";
    std::replace(out.begin(), out.end(), '\n', ' ');  // one line each, however the spans were written here
    return out + "\n";
}

// "start:end:LABEL" and, for a suggestion, "?d2".
std::vector<std::string> seen(const Document& doc) {
    std::vector<std::string> out;
    doc.annotations.forEachSpan([&](const Span& s) {
        std::string x = std::to_string(s.start) + ":" + std::to_string(s.end) + ":" + s.label;
        if (suggest::markString(s.extraJson, "suggested") == "merge") x += "?" + suggest::markString(s.extraJson, "difference");
        out.push_back(x);
    });
    return out;
}

// anna and ben agree on the speaker; the quote only anna has (d1); "Faro" two ways (d2).
const std::string kAnna = line("anna", R"([{"id": "s1", "start": 0, "end": 8, "label": "ACTOR"}, {"id": "s2", "start": 14, "end": 30, "label": "QUOTE"},
                                           {"id": "s3", "start": 53, "end": 57, "label": "PLACE"}])",
                               R"([{"id": "r1", "label": "SPEAKER", "from": "s2", "to": "s1"}])");
const std::string kBen = line("ben", R"([{"id": "s1", "start": 0, "end": 8, "label": "ACTOR"}, {"id": "s2", "start": 53, "end": 57, "label": "ACTOR"}])");

}  // namespace

TEST_CASE("layer curation: not begun, the layers merged as merge merges them", "[curation]") {
    auto doc = curationOfLayers(kAnna + kBen);
    REQUIRE(doc);
    CHECK(seen(*doc) == std::vector<std::string>{"0:8:ACTOR", "14:30:QUOTE?d1", "53:57:ACTOR?d2", "53:57:PLACE?d2"});
    CHECK(formats::metaValue(doc->metaJson, "annotator") == "gold");
    CHECK(doc->documentExtraJson.find("\"annotators\": [\"anna\", \"ben\"]") != std::string::npos);
    REQUIRE(doc->annotations.relationCount() == 1);  // the quote's link, to review with it
}

TEST_CASE("layer curation: a begun gold as the curator left it, with the differences it has not settled", "[curation]") {
    // The curator took PLACE for "Faro" (d2 settled), deleted the agreed speaker and drew a span of their own.
    const std::string gold = line("gold", R"([{"id": "s1", "start": 53, "end": 57, "label": "PLACE", "annotators": ["anna"]},
                                             {"id": "s2", "start": 4, "end": 8, "label": "ACTOR"}])");
    auto doc = curationOfLayers(kAnna + gold + kBen);
    REQUIRE(doc);
    CHECK(seen(*doc) == std::vector<std::string>{"4:8:ACTOR", "14:30:QUOTE?d1", "53:57:PLACE"});
    // The quote's link is not offered: the speaker it points to is gone from the gold.
    CHECK(doc->annotations.relationCount() == 0);

    // With the speaker kept in the gold, the link to review comes back, pointing at the gold's own span.
    const std::string kept = line("gold", R"([{"id": "s1", "start": 0, "end": 8, "label": "ACTOR"}])");
    auto again = curationOfLayers(kAnna + kBen + kept);
    REQUIRE(again);
    REQUIRE(again->annotations.relationCount() == 1);
    const Relation* r = again->annotations.relations().front();
    CHECK(r->to == "s1");
    CHECK(again->annotations.span(r->from)->label == "QUOTE");
}

TEST_CASE("layer curation: variants the curator rejected stay out of a reopened curation", "[curation]") {
    // The quote (d1) rejected, and ben's ACTOR for "Faro": anna's PLACE alone is left of d2.
    const std::string gold = line("gold", R"([{"id": "s1", "start": 0, "end": 8, "label": "ACTOR"}])", "[]",
                                  R"(, "rejected": ["14:30:QUOTE", "53:57:ACTOR"])");
    auto doc = curationOfLayers(kAnna + kBen + gold);
    REQUIRE(doc);
    CHECK(seen(*doc) == std::vector<std::string>{"0:8:ACTOR", "53:57:PLACE?d2"});
    CHECK(doc->annotations.relationCount() == 0);
    // They go on in the curation's meta, where the workspace adds the next ones.
    CHECK(formats::metaList(doc->metaJson, "rejected") == std::vector<std::string>{"14:30:QUOTE", "53:57:ACTOR"});

    // A gold saved by the workspace keeps them in its meta: read from there as well.
    const std::string saved = std::string(R"({"format": "spanmark", "version": 1, "document": {"id": "n1", "text": ")") + kText +
                              R"(", "meta": {"annotator": "gold", "rejected": ["53:57:ACTOR"]}}, "spans": [], "relations": []})" + "\n";
    auto fromMeta = curationOfLayers(kAnna + kBen + saved);
    REQUIRE(fromMeta);
    // (this gold holds no span: the agreed speaker is gone from it, as the curator left it)
    CHECK(seen(*fromMeta) == std::vector<std::string>{"14:30:QUOTE?d1", "53:57:PLACE?d2"});
}

TEST_CASE("layer curation: a rejected variant's key reads back, and a malformed one is refused", "[curation]") {
    const auto v = parseRejectedKey(rejectedKey(14, 30, "QUOTE"));
    REQUIRE(v);
    CHECK(v->start == 14);
    CHECK(v->end == 30);
    CHECK(v->label == "QUOTE");
    CHECK(parseRejectedKey("14:30:LABEL:WITH:COLONS")->label == "LABEL:WITH:COLONS");
    for (const char* bad : {"", "14", "14:30", "14:30:", ":30:A", "a:30:A", "14:x:A", "99999999999999999999999:1:A"})
        CHECK_FALSE(parseRejectedKey(bad));
}

TEST_CASE("layer curation: layers it cannot curate from are refused, saying which line", "[curation]") {
    auto unnamed = curationOfLayers(kAnna + line("", "[]"));
    REQUIRE_FALSE(unnamed);
    CHECK(unnamed.error().describe().find("line 2") != std::string::npos);
    CHECK(unnamed.error().message.find("annotator") != std::string::npos);

    REQUIRE_FALSE(curationOfLayers(kAnna + kAnna));
    REQUIRE_FALSE(curationOfLayers(kAnna + line("gold", "[]") + line("gold", "[]")));
    REQUIRE_FALSE(curationOfLayers(""));

    std::string other = kBen;
    other.replace(other.find("Faro"), 4, "Vigo");
    auto texts = curationOfLayers(kAnna + other);
    REQUIRE_FALSE(texts);
    CHECK(texts.error().message.find("ben") != std::string::npos);

    std::string goldText = line("gold", "[]");
    goldText.replace(goldText.find("Faro"), 4, "Vigo");
    REQUIRE_FALSE(curationOfLayers(kAnna + goldText));
}
