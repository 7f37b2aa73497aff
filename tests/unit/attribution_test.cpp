// The attribution constructions of wire copy (tests/data/suggest/GUIDELINES.md,
// "Attribution"), one case each, numbered as the guidelines number them:
// who the speaker rules say said each quote.
#include <catch_amalgamated.hpp>

#include "speaker_fixture.hpp"
#include "unicode_samples.hpp"

using spanmark::test::speakers;
using spanmark::test::u8;
using Strings = std::vector<std::string>;

TEST_CASE("attribution 1: the verb, then the name, after the quote", "[attribution]") {
    CHECK(speakers(u8(u8"“The ferry will run again by May,” said Odile Marchand.")) ==
          Strings{u8(u8"“The ferry will run again by May,” -> Odile Marchand")});
}

TEST_CASE("attribution 2: the name, then the verb, after the quote", "[attribution]") {
    CHECK(speakers(u8(u8"Odile Marchand runs the port. “We lost a week,” Marchand said.")) ==
          Strings{u8(u8"“We lost a week,” -> Marchand")});
}

TEST_CASE("attribution 3: the speaker before the quote, with a colon", "[attribution]") {
    CHECK(speakers(u8(u8"Port director Piet Laan said: “No ship leaves before noon.”")) ==
          Strings{u8(u8"“No ship leaves before noon.” -> Port director Piet Laan")});
}

TEST_CASE("attribution 4: a quote split around its attribution", "[attribution]") {
    CHECK(speakers(u8(u8"“We had no warning,” Nadia Ferro said, “and no plan.”")) ==
          Strings{u8(u8"“We had no warning,” -> Nadia Ferro"), u8(u8"“and no plan.” -> Nadia Ferro")});
}

TEST_CASE("attribution 5: a title in capitals before the name", "[attribution]") {
    CHECK(speakers(u8(u8"“Every school reopens on Monday,” said Education Minister Lars Hede.")) ==
          Strings{u8(u8"“Every school reopens on Monday,” -> Education Minister Lars Hede")});
}

TEST_CASE("attribution 6: an apposition after the name", "[attribution]") {
    CHECK(speakers(u8(u8"“The numbers do not add up,” said Rosa Velde, the council’s treasurer.")) ==
          Strings{u8(u8"“The numbers do not add up,” -> Rosa Velde")});
}

TEST_CASE("attribution 7: the role first, the name in apposition", "[attribution]") {
    CHECK(speakers(u8(u8"“Stay off the roads,” said the county’s police chief, Amir Kassan.")) ==
          Strings{u8(u8"“Stay off the roads,” -> Amir Kassan")});
}

TEST_CASE("attribution 8: said COMPANY title NAME is the person, not the company", "[attribution]") {
    CHECK(speakers(u8(u8"“Fares will not rise this year,” said Northline Rail managing director Joan Stavros.")) ==
          Strings{u8(u8"“Fares will not rise this year,” -> managing director Joan Stavros")});
    CHECK(speakers(u8(u8"“We are hiring,” said Brill Foods chief executive Tom Akers.")) ==
          Strings{u8(u8"“We are hiring,” -> chief executive Tom Akers")});
}

TEST_CASE("attribution 9: a speaker named only by role is the nearest earlier mention with that role", "[attribution]") {
    const std::string text = u8(u8"Health Minister Ivo Brandt met nurses on Tuesday. Mayor Elin Sabo joined later.\n\n"
                                u8"“The wards need staff, not speeches,” the minister said.");
    CHECK(speakers(text) == Strings{u8(u8"“The wards need staff, not speeches,” -> Health Minister Ivo Brandt")});
    CHECK(speakers(u8(u8"Mayor Elin Sabo spoke first. “We will rebuild,” said the mayor.")) ==
          Strings{u8(u8"“We will rebuild,” -> Mayor Elin Sabo")});
    // No one named holds the role: the quote is left unattributed rather than given to the nearest name.
    CHECK(speakers(u8(u8"Mayor Elin Sabo spoke first. “We will rebuild,” the minister said.")).empty());
}

TEST_CASE("attribution 10: a pronoun is the nearest person named before", "[attribution]") {
    CHECK(speakers(u8(u8"Nadia Ferro lost her shop in the flood. “It took everything,” she said.")) ==
          Strings{u8(u8"“It took everything,” -> Nadia Ferro")});
}

TEST_CASE("attribution 11: a second quote running on in the paragraph has the first one's speaker", "[attribution]") {
    CHECK(speakers(u8(u8"“We start at dawn,” said Piet Laan. “Nobody sleeps until it is done.”")) ==
          Strings{u8(u8"“We start at dawn,” -> Piet Laan"), u8(u8"“Nobody sleeps until it is done.” -> Piet Laan")});
}

TEST_CASE("attribution 12: a quote over two paragraphs, attributed at its end", "[attribution]") {
    const std::string text = u8(u8"“The first thing was the noise.\n\n“Then the water came in under the door,” said Ada Mertens.");
    CHECK(speakers(text) == Strings{u8(u8"“The first thing was the noise.\n\n“Then the water came in under the door,” -> Ada Mertens")});
}

TEST_CASE("attribution 13: a participial clause before or after", "[attribution]") {
    CHECK(speakers(u8(u8"Pointing at the map, Lars Hede said: “This valley floods every spring.”")) ==
          Strings{u8(u8"“This valley floods every spring.” -> Lars Hede")});
    CHECK(speakers(u8(u8"“This valley floods every spring,” Lars Hede said, pointing at the map.")) ==
          Strings{u8(u8"“This valley floods every spring,” -> Lars Hede")});
}

TEST_CASE("attribution 14: reporting verbs other than said", "[attribution]") {
    CHECK(speakers(u8(u8"“Do not drink the tap water,” Amir Kassan warned.")) ==
          Strings{u8(u8"“Do not drink the tap water,” -> Amir Kassan")});
    CHECK(speakers(u8(u8"“The vote was rigged,” Rosa Velde wrote in a letter to members.")) ==
          Strings{u8(u8"“The vote was rigged,” -> Rosa Velde")});
    CHECK(speakers(u8(u8"“There is no money left,” Joan Stavros told reporters.")) ==
          Strings{u8(u8"“There is no money left,” -> Joan Stavros")});
}

TEST_CASE("attribution 15: according to", "[attribution]") {
    CHECK(speakers(u8(u8"The plan is “simply unworkable”, according to Ada Mertens.")) ==
          Strings{u8(u8"“simply unworkable” -> Ada Mertens")});
}

TEST_CASE("attribution 16: a relative clause between the speaker and the verb", "[attribution]") {
    CHECK(speakers(u8(u8"Piet Laan, who has piloted ships here for 30 years, said: “I have never seen it this low.”")) ==
          Strings{u8(u8"“I have never seen it this low.” -> Piet Laan")});
}

TEST_CASE("attribution 17: an age or a role between the name and the verb after the quote", "[attribution]") {
    CHECK(speakers(u8(u8"“I lost two cows,” Mira Oduya, 54, said.")) == Strings{u8(u8"“I lost two cows,” -> Mira Oduya")});
    CHECK(speakers(u8(u8"“I lost two cows,” Mira Oduya, a dairy farmer, told the inquiry.")) ==
          Strings{u8(u8"“I lost two cows,” -> Mira Oduya")});
}

TEST_CASE("attribution 18: an organisation speaks in a statement", "[attribution]") {
    CHECK(speakers(u8(u8"In a statement, the Port Authority said: “Repairs will take a month.”")) ==
          Strings{u8(u8"“Repairs will take a month.” -> Port Authority")});
}

TEST_CASE("attribution 19: a few quoted words inside the reporter's sentence", "[attribution]") {
    CHECK(speakers(u8(u8"Rosa Velde called the budget “a work of fiction” on Friday.")) ==
          Strings{u8(u8"“a work of fiction” -> Rosa Velde")});
}

TEST_CASE("attribution 20: a pronoun before the quote", "[attribution]") {
    CHECK(speakers(u8(u8"Joan Stavros took questions for an hour. She added: “Nobody will lose their job.”")) ==
          Strings{u8(u8"“Nobody will lose their job.” -> Joan Stavros")});
}
