#include <catch_amalgamated.hpp>

#include <string>
#include <vector>

#include "core/edit.hpp"
#include "core/history.hpp"
#include "suggest/figures.hpp"
#include "suggest/quotes.hpp"
#include "suggest/scan.hpp"
#include "suggest/speakers.hpp"
#include "suggest/suggest.hpp"
#include "speaker_fixture.hpp"
#include "unicode_samples.hpp"

using namespace spanmark;
using namespace spanmark::suggest;

namespace {

Text make(const std::string& s) { return std::move(Text::fromUtf8(s).value()); }

std::vector<std::string> pieces(const Text& t, const std::vector<Range>& ranges) {
    std::vector<std::string> out;
    for (const Range& r : ranges) out.emplace_back(t.slice(r.begin, r.end));
    return out;
}

std::vector<std::string> figures(const std::string& s) {
    const Text t = make(s);
    return pieces(t, findFigures(Scan(t)));
}

std::vector<std::string> quotes(const std::string& s) {
    const Text t = make(s);
    return pieces(t, findQuotes(Scan(t)));
}

using Strings = std::vector<std::string>;

using test::speakers;

Document documentOf(const std::string& s) {
    Document d;
    d.id = "test";
    d.text = make(s);
    return d;
}

}  // namespace

TEST_CASE("figures: numbers in digits with the noun they measure", "[suggest][figures]") {
    CHECK(figures("Strikes claimed 25 lives on Sunday.") == Strings{"25 lives"});
    CHECK(figures("They built 1,200 new homes and 3.5 kilometres of road.") == Strings{"1,200 new homes", "3.5 kilometres"});
    CHECK(figures("Officials said 17 people died.") == Strings{"17 people"});
    CHECK(figures("It was 212 planned operations in all.") == Strings{"212 planned operations"});
    CHECK(figures("The vote was 112 votes to 109 early on Thursday.") == Strings{"112 votes", "109"});
}

TEST_CASE("figures: numbers in words, magnitudes and fractions", "[suggest][figures]") {
    CHECK(figures("Rescuers found ten children and four million residents.") == Strings{"ten children", "four million residents"});
    CHECK(figures("At least seven people were hurt.") == Strings{"At least seven people"});
    CHECK(figures("There were forty-two crews and three thousand homes.") == Strings{"forty-two crews", "three thousand homes"});
    CHECK(figures("They sent half a million euros and dozens of tents.") == Strings{"half a million euros", "dozens"});
    CHECK(figures("Yields fell by a quarter, and prices rose by more than a third since May.") ==
          Strings{"a quarter", "more than a third"});
    CHECK(figures("one hundred and twenty boats sailed") == Strings{"one hundred and twenty boats"});
    CHECK(figures("Hundreds spent the night in a hall.") == Strings{"Hundreds"});
    CHECK(figures("losses of hundreds of thousands of euros") == Strings{"hundreds of thousands"});
}

TEST_CASE("figures: 'one' as a pronoun and ordinals are not figures", "[suggest][figures]") {
    CHECK(figures("No one knew; one of them left; one day it rained.").empty());
    CHECK(figures("He scored in the 52nd minute of his second game.").empty());
    CHECK(figures("It supports another one or two jobs.") == Strings{"one or two jobs"});
    CHECK(figures("It cannot take one bad year.") == Strings{"one bad year"});
}

TEST_CASE("figures: percentages, money, times", "[suggest][figures]") {
    CHECK(figures("Bills rose 62% and then 4.5 percent, or 96 per cent of all.") ==
          Strings{"62%", "4.5 percent", "96 per cent"});
    CHECK(figures(test::u8(u8"It costs €4.2 million, $23.40 or £1.3m, and more than €1 billion in all.")) ==
          Strings{test::u8(u8"€4.2 million"), "$23.40", test::u8(u8"£1.3m"), test::u8(u8"more than €1 billion")});
    CHECK(figures("a $3.2 billion chip factory") == Strings{"$3.2 billion"});
    CHECK(figures("The sitting began at 9 a.m. and she finished in 2:24:09.") == Strings{"9 a.m.", "2:24:09"});
    CHECK(figures(test::u8(u8"By one o’clock it was over.")) == Strings{test::u8(u8"one o’clock")});
}

TEST_CASE("figures: dates, years and ages", "[suggest][figures]") {
    CHECK(figures("Closed since 14 March last year, open on March 3, 2025 and in March 2022.") ==
          Strings{"14 March", "March 3, 2025", "March 2022"});
    CHECK(figures("The worst since 1987, when the 2018 drought hit.") == Strings{"1987", "2018"});
    CHECK(figures("a 71-year-old man, after an eight-month closure at the 30-kilometre mark") ==
          Strings{"71-year-old", "eight-month", "30-kilometre"});
    CHECK(figures("Samuel Okoro, 19, won.") == Strings{"19"});
}

TEST_CASE("figures: ranges, ratios and durations are one figure", "[suggest][figures]") {
    CHECK(figures("another twelve to eighteen hours") == Strings{"twelve to eighteen hours"});
    CHECK(figures("fell by between 20 and 40 percent") == Strings{"between 20 and 40 percent"});
    CHECK(figures("from 9,300 to 6,150 over a decade") == Strings{"9,300", "6,150"});
    CHECK(figures("nine in ten members") == Strings{"nine in ten members"});
    CHECK(figures("in two hours, six minutes and 41 seconds, a record") == Strings{"two hours, six minutes and 41 seconds"});
    CHECK(figures("Up to 40 boats, as many as 300 people, about 80 cars, nearly 5 tonnes") ==
          Strings{"Up to 40 boats", "as many as 300 people", "about 80 cars", "nearly 5 tonnes"});
}

TEST_CASE("figures: offsets count code points after emoji and accents", "[suggest][figures]") {
    const Text t = make(test::u8(u8"👨‍👩‍👧 Zoë saw 25 lives"));
    const auto found = findFigures(Scan(t));
    REQUIRE(found.size() == 1);
    // family emoji is 5 code points, then " Zoë saw " is 9
    CHECK(found[0] == Range{14, 22});
    CHECK(t.slice(found[0].begin, found[0].end) == "25 lives");
}

TEST_CASE("quotes: every common style, marks included", "[suggest][quotes]") {
    CHECK(quotes(test::u8(u8"“We will sail,” she said.")) == Strings{test::u8(u8"“We will sail,”")});
    CHECK(quotes("\"We will sail,\" she said.") == Strings{"\"We will sail,\""});
    CHECK(quotes(test::u8(u8"«Nous partons demain», dit-il.")) == Strings{test::u8(u8"«Nous partons demain»")});
    CHECK(quotes(test::u8(u8"„Wir fahren morgen“, sagte er.")) == Strings{test::u8(u8"„Wir fahren morgen“")});
    CHECK(quotes(test::u8(u8"‘We sail tonight,’ he said.")) == Strings{test::u8(u8"‘We sail tonight,’")});
    CHECK(quotes("'We sail tonight,' he said.") == Strings{"'We sail tonight,'"});
}

TEST_CASE("quotes: apostrophes do not close a quote", "[suggest][quotes]") {
    CHECK(quotes(test::u8(u8"‘I didn’t plan it, but the runners’ legs held,’ he said.")) ==
          Strings{test::u8(u8"‘I didn’t plan it, but the runners’ legs held,’")});
    CHECK(quotes(test::u8(u8"The union’s members and the ferry’s crew met.")).empty());
    CHECK(quotes("It's the crew's call, isn't it?").empty());
}

TEST_CASE("quotes: nested, across paragraphs, unterminated and scare quotes", "[suggest][quotes]") {
    CHECK(quotes(test::u8(u8"“He said, ‘you will have it,’ and left,” she said.")) ==
          Strings{test::u8(u8"“He said, ‘you will have it,’ and left,”"), test::u8(u8"‘you will have it,’")});
    const std::string across = test::u8(u8"“It came up fast. By one it was at the counter.\n\n“We went upstairs and waited.”\n");
    CHECK(quotes(across) == Strings{test::u8(u8"“It came up fast. By one it was at the counter.\n\n“We went upstairs and waited.”")});
    CHECK(quotes(test::u8(u8"“This one never closes.\n\nA new paragraph without a mark. “Then this one does.”")) ==
          Strings{test::u8(u8"“Then this one does.”")});
    CHECK(quotes(test::u8(u8"The so-called “ghost” ship sailed.")).empty());
}

TEST_CASE("speakers: patterns after the quote", "[suggest][speakers]") {
    CHECK(speakers(test::u8(u8"“We will not sign,” said Ruth Moss, who runs the shop.")) ==
          Strings{test::u8(u8"“We will not sign,” -> Ruth Moss")});
    CHECK(speakers(test::u8(u8"“We will not sign,” Finance Minister Ana Ruiz told reporters.")) ==
          Strings{test::u8(u8"“We will not sign,” -> Finance Minister Ana Ruiz")});
    CHECK(speakers(test::u8(u8"“It added up,” chief executive Roger Hale told staff.")) ==
          Strings{test::u8(u8"“It added up,” -> chief executive Roger Hale")});
    CHECK(speakers(test::u8(u8"“Leave now,” said the regional fire chief, Martin Cole.")) ==
          Strings{test::u8(u8"“Leave now,” -> Martin Cole")});
    CHECK(speakers(test::u8(u8"“Prices will rise,” according to Sam Brook of the institute.")) ==
          Strings{test::u8(u8"“Prices will rise,” -> Sam Brook")});
}

TEST_CASE("speakers: a pronoun is the nearest person named before the quote", "[suggest][speakers]") {
    const std::string text = test::u8(
        u8"Union organiser Grace Okafor met Daniel Osei in Harlow Vale. Okafor said workers learned it by text. "
        u8"“They deserved better,” she said.");
    CHECK(speakers(text) == Strings{test::u8(u8"“They deserved better,” -> Okafor")});
    // A name inside another quote is not a candidate.
    CHECK(speakers(test::u8(u8"Ana Ruiz spoke. “Ask Pavel Lind,” she said.")) ==
          Strings{test::u8(u8"“Ask Pavel Lind,” -> Ana Ruiz")});
}

TEST_CASE("speakers: before the quote, the next quote of the paragraph, quoted words", "[suggest][speakers]") {
    CHECK(speakers(test::u8(u8"Mayor Lucy Vance said: “Every job counts.”")) ==
          Strings{test::u8(u8"“Every job counts.” -> Mayor Lucy Vance")});
    CHECK(speakers(test::u8(u8"“We expect more rain,” Cole said. “If you are told to leave, leave.”\n\n“Nobody told us.”")) ==
          Strings{test::u8(u8"“We expect more rain,” -> Cole"), test::u8(u8"“If you are told to leave, leave.” -> Cole")});
    CHECK(speakers(test::u8(u8"Millbrook’s coach, Tony Webb, said his side had been ‘too slow and too predictable’ after it.")) ==
          Strings{test::u8(u8"‘too slow and too predictable’ -> Tony Webb")});
}

TEST_CASE("mentions: titles belong to names, institutions are not persons", "[suggest][speakers]") {
    const Text t = make("Race director Alun Pryce thanked the Northmoor Paper Company. Pryce left.");
    const auto mentions = findMentions(Scan(t));
    REQUIRE(mentions.size() == 3);
    CHECK(t.slice(mentions[0].begin, mentions[0].end) == "Race director Alun Pryce");
    CHECK(mentions[0].person);
    CHECK(t.slice(mentions[1].begin, mentions[1].end) == "Northmoor Paper Company");
    CHECK_FALSE(mentions[1].person);
    CHECK(t.slice(mentions[2].begin, mentions[2].end) == "Pryce");  // a known surname
    CHECK(mentions[2].person);
}

TEST_CASE("propagation: a labelled string's other whole-word occurrences", "[suggest][propagation]") {
    Document d = documentOf("Port Alvor is calm. In Port Alvor, and Port Alvoreda, and port alvor, ferries wait. Port Alvor!");
    REQUIRE_FALSE(apply(d, edits::addSpan(d, {0, 10}, "PLACE")));
    const Suggestions s = suggestFor(d);
    Strings places;
    for (const SpanSuggestion& x : s.spans)
        if (x.label == "PLACE") {
            places.emplace_back(d.text.slice(x.range.begin, x.range.end));
            CHECK(x.rule == rule::propagation);
        }
    CHECK(places == Strings{"Port Alvor", "Port Alvor"});  // not inside "Alvoreda", not in lower case, not the span itself
}

TEST_CASE("suggestions never repeat or overlap spans of their label", "[suggest]") {
    Document d = documentOf(test::u8(u8"Rescuers found 25 people. “We kept going,” said Ruth Moss."));
    const Suggestions before = suggestFor(d);
    REQUIRE(before.spans.size() == 3);  // FIGURE, QUOTE, ACTOR
    REQUIRE(before.relations.size() == 1);
    // The annotator marked "25" alone and the quote already: those suggestions go.
    REQUIRE_FALSE(apply(d, edits::addSpan(d, {15, 17}, "FIGURE")));
    const Range quote = before.relations[0].from;
    REQUIRE_FALSE(apply(d, edits::addSpan(d, quote, "QUOTE")));
    const Suggestions after = suggestFor(d);
    for (const SpanSuggestion& s : after.spans) CHECK((s.label == "ACTOR"));
    REQUIRE(after.relations.size() == 1);  // the quote has no speaker yet
    // Once it has one, the speaker suggestion goes too.
    REQUIRE_FALSE(apply(d, acceptEdit(d, {}, after.relations, false, "accept")));
    CHECK(suggestFor(d).empty());
}

TEST_CASE("accepting is one edit that undoes in one step; a relation brings its ends", "[suggest]") {
    Document d = documentOf(test::u8(u8"“We kept going,” said Ruth Moss, after 25 hours."));
    const Suggestions s = suggestFor(d);
    REQUIRE(s.relations.size() == 1);
    History history;
    // Accept only the relation: quote and actor come with it.
    REQUIRE_FALSE(history.apply(d, acceptEdit(d, {}, s.relations, false, "accept speaker")));
    CHECK(d.annotations.spanCount() == 2);
    CHECK(d.annotations.relationCount() == 1);
    const Span* q = d.annotations.find(s.relations[0].from.begin, s.relations[0].from.end, "QUOTE");
    REQUIRE(q);
    CHECK(d.annotations.relationsOf(q->id).size() == 1);
    REQUIRE(history.undo(d));
    CHECK(d.annotations.spanCount() == 0);
    CHECK(d.annotations.relationCount() == 0);
}

TEST_CASE("suggest marks what it adds when asked", "[suggest]") {
    Document d = documentOf(test::u8(u8"“We kept going,” said Ruth Moss."));
    const Suggestions s = suggestFor(d);
    const Edit e = acceptEdit(d, s.spans, s.relations, true, "suggest");
    REQUIRE_FALSE(apply(d, e));
    d.annotations.forEachSpan([](const Span& span) { CHECK(span.extraJson.find("\"suggested\"") != std::string::npos); });
    d.annotations.forEachRelation([](const Relation& r) { CHECK(r.extraJson == R"({"suggested": "speaker"})"); });
}

TEST_CASE("a label set without the rules' labels gets no suggestions for them", "[suggest]") {
    Document d = documentOf(test::u8(u8"“We kept going,” said Ruth Moss after 25 hours."));
    d.labels = {{"PERSON", LabelKind::Span, "#4e79a7", "1", {}, {}, {}}};
    CHECK(suggestFor(d).empty());
}

TEST_CASE("marked suggestions in a file come back as suggestions, hand-made links keep theirs", "[suggest]") {
    Document d = documentOf(test::u8(u8"“We kept going,” said Ruth Moss after 25 hours. Ana Lobo agreed."));
    const Suggestions s = suggestFor(d);
    REQUIRE_FALSE(apply(d, acceptEdit(d, s.spans, s.relations, true, "suggest")));
    // A person links nothing and adds a span of their own.
    const std::size_t lobo = std::string(d.text.bytes()).find("Ana Lobo");
    REQUIRE_FALSE(apply(d, edits::addSpan(d, {d.text.codePointOfByte(lobo), d.text.codePointOfByte(lobo) + 8}, "ACTOR")));
    const std::size_t before = d.annotations.spanCount();
    Marked marked = takeMarked(d);
    CHECK(marked.suggestions.spans.size() == s.spans.size());
    CHECK(marked.suggestions.relations.size() == s.relations.size());
    CHECK(marked.suggestions.spans.front().rule == rule::quote);
    History h;
    REQUIRE_FALSE(h.apply(d, std::move(marked.removal)));
    CHECK(d.annotations.spanCount() == before - s.spans.size());  // the hand-made span stays
    CHECK(d.annotations.relationCount() == 0);
    Suggestions all = suggestFor(d);
    mergeInto(all, marked.suggestions, d);
    CHECK(all.spans.size() == s.spans.size());  // the rules find the same again: once each
    CHECK(all.relations.size() == s.relations.size());
    REQUIRE(h.undo(d));
    CHECK(d.annotations.spanCount() == before);
}
