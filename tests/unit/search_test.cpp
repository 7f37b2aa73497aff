#include <catch_amalgamated.hpp>

#include "core/edit.hpp"
#include "core/search.hpp"
#include "unicode_samples.hpp"

using namespace spanmark;

namespace {
Text make(const std::string& s) { return std::move(Text::fromUtf8(s).value()); }
}  // namespace

TEST_CASE("search finds every match in code points, folding case", "[search]") {
    const Text t = make(test::u8(u8"Port Alvor 🚢 and PORT ALVOR, port alvoreda; Ørsted ørsted"));
    auto found = findAll(t, "port alvor", {});
    REQUIRE(found.size() == 3);
    CHECK(found[0] == Range{0, 10});
    CHECK(found[1] == Range{17, 27});
    CHECK(findAll(t, "port alvor", {true, false}).size() == 1);
    CHECK(findAll(t, "port alvor", {false, true}).size() == 2);  // not inside "alvoreda"
    CHECK(findAll(t, test::u8(u8"ØRSTED"), {}).size() == 2);
    CHECK(findAll(t, "", {}).empty());
}

TEST_CASE("search folds Greek and Cyrillic capitals", "[search]") {
    const Text t = make(test::u8(u8"Αθήνα and ΑΘΉΝΑ; Москва and МОСКВА"));
    CHECK(findAll(t, test::u8(u8"αθήνα"), {}).size() == 2);
    CHECK(findAll(t, test::u8(u8"москва"), {}).size() == 2);
}

TEST_CASE("label all matches is one edit that skips labelled matches", "[search]") {
    auto text = Text::fromUtf8("Vila Seca, then Vila Seca again, and vila seca.");
    Document doc;
    doc.text = std::move(text.value());
    const auto matches = findAll(doc.text, "vila seca", {});
    REQUIRE(matches.size() == 3);
    REQUIRE_FALSE(apply(doc, edits::addSpan(doc, matches[1], "PLACE")));
    const Edit all = edits::addSpans(doc, matches, "PLACE", "label all");
    CHECK(all.operations.size() == 2);
    REQUIRE_FALSE(apply(doc, all));
    CHECK(doc.annotations.spanCount() == 3);
    CHECK(doc.annotations.span("s2")->start == 0);
    CHECK(doc.annotations.span("s3")->start == 37);
}
