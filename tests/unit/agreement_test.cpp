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
