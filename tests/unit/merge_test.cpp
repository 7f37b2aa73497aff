// Several annotators' versions made into one for review (core/merge): what
// enough of them agree on is accepted, each difference one group of variants
// with the annotators who made each, relations accepted only with their ends.
#include <catch_amalgamated.hpp>

#include "core/merge.hpp"
#include "formats/document_json.hpp"

using namespace spanmark;

namespace {

const char* kText = "Ana Lobo said the ferries would wait for the tide in Faro.";

Document version(const std::string& spans, const std::string& relations = "[]") {
    auto doc = formats::readSpanmarkJson(std::string(R"({"format": "spanmark", "version": 1, "document": {"id": "n1", "text": ")") +
                                         kText + R"("}, "spans": )" + spans + R"(, "relations": )" + relations + "}");
    REQUIRE(doc);
    return std::move(doc.value());
}

struct Seen {
    std::string label, annotators, difference;
    bool suggested;
    std::size_t start, end;
};

std::vector<Seen> seen(const Document& doc) {
    std::vector<Seen> out;
    for (const Span* s : doc.annotations.spans()) {
        const std::string& x = s->extraJson;
        auto value = [&](const std::string& key) {
            auto at = x.find("\"" + key + "\": ");
            if (at == std::string::npos) return std::string();
            at += key.size() + 4;
            const std::size_t end = x[at] == '[' ? x.find(']', at) + 1 : x.find_first_of(",}", at);
            return x.substr(at, end - at);
        };
        out.push_back({s->label, value("annotators"), value("difference"), x.find("\"suggested\": \"merge\"") != std::string::npos,
                       s->start, s->end});
    }
    return out;
}

}  // namespace

TEST_CASE("merge: agreed spans accepted, a phrase drawn two ways is one difference with two variants", "[merge]") {
    const Document anna = version(R"([{"id": "s1", "start": 0, "end": 8, "label": "ACTOR"}, {"id": "s2", "start": 52, "end": 56, "label": "PLACE"},
                                      {"id": "s3", "start": 14, "end": 30, "label": "QUOTE"}])",
                                  R"([{"id": "r1", "label": "SPEAKER", "from": "s3", "to": "s1"}])");
    const Document ben = version(R"([{"id": "s1", "start": 0, "end": 8, "label": "ACTOR"}, {"id": "s2", "start": 52, "end": 56, "label": "ACTOR"},
                                     {"id": "s3", "start": 14, "end": 30, "label": "QUOTE"}])",
                                 R"([{"id": "r1", "label": "SPEAKER", "from": "s3", "to": "s1"}])");
    const Document chen = version(R"([{"id": "s1", "start": 0, "end": 8, "label": "ACTOR"}, {"id": "s2", "start": 48, "end": 56, "label": "PLACE"}])");
    MergeCounts counts;
    auto merged = mergeVersions({"anna", "ben", "chen"}, {&anna, &ben, &chen}, 0, counts);
    REQUIRE(merged);
    CHECK_FALSE(checkDocument(*merged));
    const auto spans = seen(*merged);
    REQUIRE(spans.size() == 5);
    // Everyone's ACTOR: accepted, with every name.
    CHECK((spans[0].label == "ACTOR" && !spans[0].suggested && spans[0].annotators == "[\"anna\", \"ben\", \"chen\"]"));
    // anna and ben's QUOTE (chen has none): a suggestion of its own.
    CHECK((spans[1].label == "QUOTE" && spans[1].suggested && spans[1].difference == "\"d1\""));
    // "Faro" three ways: one difference, three variants.
    for (std::size_t k = 2; k < 5; ++k) CHECK(spans[k].difference == "\"d2\"");
    CHECK(counts.agreedSpans == 1);
    CHECK(counts.suggestedSpans == 4);
    CHECK(counts.differences == 2);
    // The SPEAKER link two made: to review, since its quote is.
    REQUIRE(merged->annotations.relationCount() == 1);
    CHECK(counts.suggestedRelations == 1);

    // Two of three are enough: the QUOTE and its link are accepted; chen's PLACE and ben's ACTOR stay variants.
    MergeCounts two;
    auto majority = mergeVersions({"anna", "ben", "chen"}, {&anna, &ben, &chen}, 2, two);
    REQUIRE(majority);
    CHECK(two.agreedSpans == 2);
    CHECK(two.agreedRelations == 1);
    CHECK(two.suggestedSpans == 3);

    // An annotator who did not annotate the document is left out of "all".
    MergeCounts pair;
    auto withoutChen = mergeVersions({"anna", "ben", "chen"}, {&anna, &ben, nullptr}, 0, pair);
    REQUIRE(withoutChen);
    CHECK(pair.agreedSpans == 2);
    CHECK(pair.agreedRelations == 1);

    // Differences are numbered within each document (documents merge on cores of their own); the counts add up.
    MergeCounts again = counts;
    auto second = mergeVersions({"anna", "ben", "chen"}, {&anna, &ben, &chen}, 0, again);
    REQUIRE(second);
    CHECK(seen(*second)[1].difference == "\"d1\"");
    CHECK(again.differences == 4);
}

TEST_CASE("merge: another text under the same id is refused, naming the annotator", "[merge]") {
    const Document anna = version("[]");
    auto other = formats::readSpanmarkJson(R"({"format": "spanmark", "version": 1, "document": {"id": "n1", "text": "Another text."}})");
    REQUIRE(other);
    MergeCounts counts;
    auto refused = mergeVersions({"anna", "ben"}, {&anna, &*other}, 0, counts);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.find("ben") != std::string::npos);
}
