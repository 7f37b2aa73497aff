#include <catch_amalgamated.hpp>

#include "formats/edit_json.hpp"
#include "unicode_samples.hpp"

using namespace spanmark;

TEST_CASE("every operation of an edit survives a journal line exactly", "[journal]") {
    Span a{"s1", 3, 9, "ACTOR", {{"confidence", 0.125}, {"count", std::int64_t{42}}, {"checked", true}, {"by", std::string("ana")}},
           test::u8(u8"a note with “quotes”, a tab\t and a\nnewline"), R"({"x":[1,2,{"y":null}]})"};
    Span b = a;
    b.end = 12;
    b.note.clear();
    Relation r{"r1", "SPEAKER", "s2", "s1", R"({"weight":3})"};
    Label custom{"PERSON", LabelKind::Span, "#112233", "p", {}, {}, R"({"group":"people"})"};
    Label relation{"SAID", LabelKind::Relation, "#445566", "", {"QUOTE"}, {"PERSON"}, ""};
    Edit edit{test::u8(u8"every kind — with a dash"),
              {op::AddSpan{a}, op::RemoveSpan{b}, op::ChangeSpan{a, b}, op::AddRelation{r}, op::RemoveRelation{r},
               op::ChangeLabels{defaultLabels(), {custom, relation}}, op::ChangeMeta{"{}", R"({"status":"done"})"}}};
    const std::string line = formats::writeEditJson(edit);
    CHECK(line.find('\n') == std::string::npos);  // one line, whatever the notes hold
    auto back = formats::readEditJson(line);
    REQUIRE(back);
    CHECK(back->description == edit.description);
    REQUIRE(back->operations.size() == edit.operations.size());
    CHECK(std::get<op::AddSpan>(back->operations[0]).span == a);
    CHECK(std::get<op::RemoveSpan>(back->operations[1]).span == b);
    CHECK(std::get<op::ChangeSpan>(back->operations[2]).before == a);
    CHECK(std::get<op::ChangeSpan>(back->operations[2]).after == b);
    CHECK(std::get<op::AddRelation>(back->operations[3]).relation == r);
    CHECK(std::get<op::RemoveRelation>(back->operations[4]).relation == r);
    CHECK(std::get<op::ChangeLabels>(back->operations[5]).before == defaultLabels());
    CHECK(std::get<op::ChangeLabels>(back->operations[5]).after == std::vector<Label>{custom, relation});
    CHECK(std::get<op::ChangeMeta>(back->operations[6]).after == R"({"status":"done"})");
    // An integer stays an integer, a double a double.
    const Attributes& attrs = std::get<op::AddSpan>(back->operations[0]).span.attributes;
    CHECK(std::holds_alternative<std::int64_t>(attrs.at("count")));
    CHECK(std::holds_alternative<double>(attrs.at("confidence")));
    CHECK(formats::writeEditJson(*back) == line);
}

TEST_CASE("a journal line that is not an edit is refused with where", "[journal]") {
    CHECK(formats::readEditJson("{cut").error().describe() == "line 1, column 2: not valid JSON");
    CHECK(formats::readEditJson(R"({"description":"x"})").error().describe() == "/operations: missing");
    CHECK(formats::readEditJson(R"({"description":"x","operations":[{"op":"explode"}]})").error().describe() ==
          "/operations/0/op: unknown operation \"explode\"");
    CHECK(formats::readEditJson(R"({"description":"x","operations":[{"op":"addSpan","span":{"id":"s1","start":"3"}}]})")
              .error()
              .describe() == "/operations/0/span/start: has the wrong type");
}
