#include <catch_amalgamated.hpp>

#include "core/agreement.hpp"
#include "core/history.hpp"

using namespace spanmark;

namespace {

Document withSpans(const std::vector<std::tuple<std::size_t, std::size_t, std::string>>& spans) {
    Document d;
    d.text = std::move(Text::fromUtf8("Mayor Ana Lobo said the pier at Vila Seca reopens in 48 hours.").value());
    for (const auto& [s, e, label] : spans) REQUIRE_FALSE(apply(d, edits::addSpan(d, {s, e}, label)));
    return d;
}

}  // namespace

TEST_CASE("agreement counts exact and overlapping spans per label", "[agreement]") {
    const Document a = withSpans({{0, 14, "ACTOR"}, {32, 41, "PLACE"}, {53, 61, "FIGURE"}});
    const Document b = withSpans({{0, 14, "ACTOR"}, {32, 36, "PLACE"}, {20, 28, "PLACE"}});
    const Agreement r = compare(a, b);
    CHECK(r.exact.at("ACTOR").f1() == 1.0);
    CHECK(r.exact.at("PLACE").matched == 0);
    CHECK(r.overlap.at("PLACE").matched == 1);
    CHECK(r.overlap.at("PLACE").onlyB == 1);
    CHECK(r.overlap.at("PLACE").f1() == Catch::Approx(2.0 / 3.0));
    CHECK(r.exact.at("FIGURE").recall() == 0.0);
    CHECK(r.exactTotal().matched == 1);
    CHECK(r.exactTotal().onlyA == 2);
    CHECK(r.exactTotal().onlyB == 2);
}

TEST_CASE("relations agree by label and both ends", "[agreement]") {
    Document a = withSpans({{0, 14, "ACTOR"}, {15, 61, "QUOTE"}});
    Document b = a;
    REQUIRE_FALSE(apply(a, edits::addRelation(a, "SPEAKER", "s2", "s1")));
    CHECK(compare(a, b).relations.at("SPEAKER").onlyA == 1);
    REQUIRE_FALSE(apply(b, edits::addRelation(b, "SPEAKER", "s2", "s1")));
    CHECK(compare(a, b).relationTotal().f1() == 1.0);
}

TEST_CASE("attribution is judged on the sources both found", "[agreement]") {
    // A: the quote is Ana Lobo's. B1 names "Mayor Ana Lobo" instead, B2 gives no speaker.
    Document a = withSpans({{6, 14, "ACTOR"}, {0, 14, "ACTOR"}, {15, 61, "QUOTE"}});
    Document wrong = a, none = a, right = a;
    const std::string lobo = a.annotations.find(6, 14, "ACTOR")->id;
    const std::string mayor = a.annotations.find(0, 14, "ACTOR")->id;
    const std::string quote = a.annotations.find(15, 61, "QUOTE")->id;
    REQUIRE_FALSE(apply(a, edits::addRelation(a, "SPEAKER", quote, lobo)));
    REQUIRE_FALSE(apply(wrong, edits::addRelation(wrong, "SPEAKER", quote, mayor)));
    REQUIRE_FALSE(apply(right, edits::addRelation(right, "SPEAKER", quote, lobo)));
    CHECK(compare(a, wrong).attribution.at("SPEAKER").judged == 1);
    CHECK(compare(a, wrong).attribution.at("SPEAKER").accuracy() == 0.0);
    CHECK(compare(a, none).attribution.count("SPEAKER") == 0);
    CHECK(compare(a, right).attribution.at("SPEAKER").accuracy() == 1.0);
    Agreement sum = compare(a, wrong);
    sum += compare(a, right);
    CHECK(sum.attribution.at("SPEAKER").accuracy() == 0.5);
}
