// Chance-corrected agreement against the worked examples of the texts that
// define each figure, and the words' IOB tags that the CLI measures.
#include <catch_amalgamated.hpp>

#include <cmath>

#include "core/edit.hpp"
#include "core/reliability.hpp"
#include "formats/document_json.hpp"

using namespace spanmark;
using Catch::Matchers::WithinAbs;

namespace {

// Rows of one character per unit: a digit is a category, '.' a missing judgement; one string per annotator.
Judgements byAnnotator(const std::vector<std::string>& annotators) {
    Judgements units(annotators.front().size(), std::vector<std::optional<int>>(annotators.size()));
    for (std::size_t a = 0; a < annotators.size(); ++a)
        for (std::size_t u = 0; u < annotators[a].size(); ++u)
            if (annotators[a][u] != '.') units[u][a] = annotators[a][u] - '0';
    return units;
}

}  // namespace

TEST_CASE("Krippendorff's alpha: the nominal example of Krippendorff (2011), 4 observers, 12 units, missing values", "[reliability]") {
    // K. Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section C: alpha nominal = 0.743.
    const Judgements units = byAnnotator({"123321412...",
                                          "1233224125.3",
                                          ".3332342251.",
                                          "12332441251."});
    CHECK_THAT(krippendorffAlpha(units), WithinAbs(0.743, 0.0005));
}

TEST_CASE("Fleiss' kappa: the example of Fleiss (1971) as Wikipedia works it, 14 raters, 10 subjects", "[reliability]") {
    const int counts[10][5] = {{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                               {7, 7, 0, 0, 0},  {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
    Judgements units;
    for (const auto& row : counts) {
        std::vector<std::optional<int>> unit;
        for (int c = 0; c < 5; ++c)
            for (int k = 0; k < row[c]; ++k) unit.push_back(c);
        units.push_back(unit);
    }
    CHECK_THAT(fleissKappa(units), WithinAbs(0.210, 0.0005));
}

TEST_CASE("Cohen's kappa: the 50 proposals example (20 yes-yes, 5 yes-no, 10 no-yes, 15 no-no) is 0.4", "[reliability]") {
    Judgements units;
    auto add = [&](int n, int a, int b) {
        for (int i = 0; i < n; ++i) units.push_back({a, b});
    };
    add(20, 0, 0);
    add(5, 0, 1);
    add(10, 1, 0);
    add(15, 1, 1);
    CHECK_THAT(cohenKappa(units), WithinAbs(0.4, 1e-12));
    // Two annotators: Fleiss' kappa is Scott's pi, and alpha its small-sample correction.
    CHECK_THAT(fleissKappa(units), WithinAbs(0.3939393939, 1e-9));
    CHECK_THAT(krippendorffAlpha(units), WithinAbs(1 - 99.0 * 30 / (2 * 55.0 * 45), 1e-12));
}

TEST_CASE("reliability edge cases: all agree, all disagree, nothing to measure", "[reliability]") {
    CHECK(cohenKappa(byAnnotator({"0101", "0101"})) == 1.0);
    CHECK(krippendorffAlpha(byAnnotator({"0101", "0101", "0101"})) == 1.0);
    CHECK(fleissKappa(byAnnotator({"0101", "0101", "0101"})) == 1.0);
    CHECK(cohenKappa(byAnnotator({"0101", "1010"})) == -1.0);
    // Every unit in one category: no variation, so no figure (as sklearn, statsmodels and krippendorff give).
    CHECK(std::isnan(cohenKappa(byAnnotator({"0000", "0000"}))));
    CHECK(std::isnan(krippendorffAlpha(byAnnotator({"0000", "0000"}))));
    CHECK(std::isnan(fleissKappa(byAnnotator({"0000", "0000"}))));
    // No unit judged by two: nothing pairable.
    CHECK(std::isnan(krippendorffAlpha(byAnnotator({"01..", "..01"}))));
    CHECK(std::isnan(cohenKappa(byAnnotator({"01..", "..01"}))));
}

TEST_CASE("IOB tags of the words: the outermost span, B at its first word, each label alone", "[reliability]") {
    auto doc = formats::readSpanmarkJson(R"({"format": "spanmark", "version": 1,
        "document": {"id": "d", "text": "Ana Lobo said: “the quay, 3.5 km long, reopens.”"},
        "spans": [{"id": "s1", "start": 0, "end": 8, "label": "ACTOR"},
                  {"id": "s2", "start": 15, "end": 48, "label": "QUOTE"},
                  {"id": "s3", "start": 26, "end": 32, "label": "FIGURE"}]})");
    REQUIRE(doc);
    const auto words = wordsOf(doc->text);
    REQUIRE(words.size() == 9);  // Ana Lobo said the quay 3.5 km long reopens
    CHECK(words[5] == std::make_pair<std::size_t, std::size_t>(26, 29));
    std::vector<std::string> categories;
    std::vector<std::string> tags;
    for (int t : iobTags(*doc, words, categories)) tags.push_back(categories[t]);
    CHECK(tags == std::vector<std::string>{"B-ACTOR", "I-ACTOR", "O", "I-QUOTE", "I-QUOTE", "I-QUOTE", "I-QUOTE", "I-QUOTE", "I-QUOTE"});
    const std::string figure = "FIGURE";
    std::vector<std::string> alone;
    std::vector<std::string> two;
    for (int t : iobTags(*doc, words, two, &figure)) alone.push_back(two[t]);
    CHECK(alone == std::vector<std::string>{"O", "O", "O", "O", "O", "B", "I", "O", "O"});
}

TEST_CASE("reliability tallies: the tallies of parts add up to the tally of the whole", "[reliability]") {
    // Krippendorff's (2011) example again, cut into two parts at unit 5.
    const std::vector<std::string> rows = {"123321412...", "1233214111.2", ".13321.1.2..", "1233214111.."};
    const Judgements whole = byAnnotator(rows);
    ReliabilityTally first(4, 5), second(4, 5);
    for (std::size_t u = 0; u < whole.size(); ++u) {
        int unit[4];
        for (std::size_t a = 0; a < 4; ++a) unit[a] = whole[u][a] ? *whole[u][a] : -1;
        (u < 5 ? first : second).add(unit);
    }
    first += second;
    CHECK(first.units() == whole.size());
    CHECK_THAT(first.krippendorffAlpha(), WithinAbs(krippendorffAlpha(whole), 1e-12));
    CHECK_THAT(first.cohenKappa(), WithinAbs(cohenKappa(whole), 1e-12));
    CHECK_THAT(first.fleissKappa(), WithinAbs(fleissKappa(whole), 1e-12));
}
