// Each peer format: spanmark -> format -> spanmark keeps what the format can
// hold, on texts with emoji, accents, CRLF, CJK and nested spans; each reader
// refuses malformed input with a located message.
#include <catch_amalgamated.hpp>

#include <algorithm>

#include "core/history.hpp"
#include "formats/brat.hpp"
#include "formats/conll.hpp"
#include "formats/labelstudio.hpp"
#include "formats/spacy.hpp"
#include "formats/tokens.hpp"
#include "formats/document_json.hpp"
#include "unicode_samples.hpp"

using namespace spanmark;

namespace {

// A document with an outer QUOTE, a nested ACTOR and a relation between them.
Document annotated(const std::string& name, const std::string& text) {
    auto doc = formats::readPlainText(text, name);
    REQUIRE(doc);
    Document d = std::move(doc.value());
    // The inner span is the second user-perceived character: inside a word, a
    // flag or an emoji sequence, so token formats must split there.
    const std::size_t a = nextGraphemeBoundary(d.text, 0), b = nextGraphemeBoundary(d.text, a);
    REQUIRE(b < d.text.size());
    History h;
    REQUIRE_FALSE(h.apply(d, edits::addSpan(d, {0, d.text.size()}, "QUOTE")));
    REQUIRE_FALSE(h.apply(d, edits::addSpan(d, {a, b}, "ACTOR")));
    REQUIRE_FALSE(h.apply(d, edits::addRelation(d, "SPEAKER", "s1", "s2")));
    return d;
}

std::vector<std::tuple<std::size_t, std::size_t, std::string>> spans(const Document& d) {
    std::vector<std::tuple<std::size_t, std::size_t, std::string>> out;
    d.annotations.forEachSpan([&](const Span& s) { out.emplace_back(s.start, s.end, s.label); });
    return out;
}

template <class Each>
void forSamples(Each each) {
    for (const auto& [name, text] : test::unicodeSamples()) {
        if (std::string(name) == "long line") continue;
        INFO(name);
        each(annotated(name, text));
    }
}

}  // namespace

TEST_CASE("Label Studio round trip keeps spans and relations", "[formats][labelstudio]") {
    forSamples([](const Document& d) {
        std::vector<std::string> dropped;
        auto back = formats::readLabelStudio(formats::writeLabelStudio({&d}, dropped));
        REQUIRE(back);
        const Document& b = back->documents.front();
        CHECK(b.id == d.id);
        CHECK(spans(b) == spans(d));
        CHECK(b.annotations.relationCount() == 1);
        CHECK(back->warnings.empty());
    });
}

TEST_CASE("spaCy/Prodigy round trip keeps spans, relations and token alignment", "[formats][spacy]") {
    forSamples([](const Document& d) {
        std::vector<std::string> dropped;
        auto back = formats::readSpacy(formats::writeSpacy({&d}, dropped));
        REQUIRE(back);
        CHECK(spans(back->documents.front()) == spans(d));
        CHECK(back->documents.front().annotations.relationCount() == 1);
    });
}

TEST_CASE("brat round trip keeps spans and relations, fragments across line breaks", "[formats][brat]") {
    forSamples([](const Document& d) {
        std::vector<std::string> dropped;
        const auto files = formats::writeBrat(d, dropped);
        auto back = formats::readBrat(files.txt, files.ann, d.id);
        REQUIRE(back);
        auto expected = spans(d);
        // brat cannot hold a line break at a span's edge: it is trimmed, and said.
        for (auto& [start, end, label] : expected) {
            while (end > start && (d.text.at(end - 1) == '\n' || d.text.at(end - 1) == '\r')) --end;
            if (end != std::get<1>(spans(d).front()) || label != "QUOTE") continue;
        }
        std::sort(expected.begin(), expected.end());
        const bool trimmed = expected != spans(d);
        CHECK(spans(back->documents.front()) == expected);
        CHECK(trimmed == (std::find_if(dropped.begin(), dropped.end(), [](const std::string& w) {
                              return w.find("line breaks at span edges") != std::string::npos;
                          }) != dropped.end()));
        CHECK(back->documents.front().annotations.relationCount() == 1);
    });
}

TEST_CASE("CoNLL keeps the outer layer of spans and says what it dropped", "[formats][conll]") {
    forSamples([](const Document& d) {
        std::vector<std::string> dropped;
        const std::string iob = formats::writeConll({&d}, dropped);
        auto back = formats::readConll(iob, "sample");
        REQUIRE(back);
        const Document& b = back->documents.front();
        // The text is rebuilt from tokens; the outer QUOTE covers all of it, a
        // chunk per sentence where it crosses sentence breaks.
        std::size_t sentences = 0;  // blank lines: one after -DOCSTART-, one between each two sentences
        for (std::size_t at = iob.find("\n\n"); at != std::string::npos; at = iob.find("\n\n", at + 2)) ++sentences;
        CHECK(b.annotations.spanCount() == sentences);
        b.annotations.forEachSpan([](const Span& s) { CHECK(s.label == "QUOTE"); });
        CHECK(dropped[0] == "1 nested or overlapping spans (IOB holds one layer)");
        CHECK(dropped[1] == "1 relations (CoNLL has none)");
        CHECK((sentences > 1) == (dropped.size() == 3));
    });
}

TEST_CASE("peer readers refuse malformed input with a place", "[formats]") {
    auto ls = formats::readLabelStudio(R"([{"data": {"text": "abc"}, "annotations": [{"result": [{"type": "labels", "value": {"start": 1, "end": 9, "labels": ["X"]}}]}]}])");
    REQUIRE_FALSE(ls);
    CHECK(ls.error().describe() == "/0/annotations/0/result/0/value: the span [1, 9) is empty or past the text (3 code points)");
    auto sp = formats::readSpacy("{\"text\": \"abc\"}\n{\"text\": \"abc\", \"spans\": [{\"start\": 0, \"end\": 2, \"label\": \"X\", \"text\": \"ab!\"}]}\n");
    REQUIRE_FALSE(sp);
    CHECK(sp.error().line == 2);
    CHECK(sp.error().message == "its text \"ab!\" differs from the text at its offsets, \"ab\"");
    auto br = formats::readBrat("abc\n", "T1\tX 0 2\tab\nT2\tX 1 z\tb\n", "doc");
    REQUIRE_FALSE(br);
    CHECK(br.error().describe() == "line 2: \"1 z\" is not a start and an end");
    auto bytes = formats::readBrat(test::u8(u8"é x\n"), "T1\tX 3 4\tx\n", "doc");  // byte offsets: x is at 3 in bytes, 2 in code points
    REQUIRE_FALSE(bytes);
    CHECK(bytes.error().message.find("are the offsets counted in bytes or UTF-16 units?") != std::string::npos);
    auto badUtf8 = formats::readBrat("abc\n", "T1\tA\xEA 0 2\tab\n", "doc");
    REQUIRE_FALSE(badUtf8);
    CHECK(badUtf8.error().describe() == "doc.ann: byte 4: invalid UTF-8 sequence");
    // A span's text may hold a tab: brat's text field runs to the end of the line (found by fuzzing).
    auto tab = formats::readBrat("a\tb c\n", "T1\tX 0 3\ta\tb\n", "doc");
    REQUIRE(tab);
    CHECK(tab->documents.front().annotations.spanCount() == 1);
    auto co = formats::readConll("Ana\tB-PER\nLobo\tX-PER\n", "c");
    REQUIRE_FALSE(co);
    CHECK(co.error().line == 2);
}

TEST_CASE("the tokenizer splits words, punctuation and span edges", "[formats][tokens]") {
    const Text t = std::move(Text::fromUtf8(test::u8(u8"al-Assad paid 1,200 €, “yes”.")).value());
    std::vector<std::string> words;
    for (const auto& tok : formats::tokenize(t, {3})) words.emplace_back(t.slice(tok.start, tok.end));
    CHECK(words == std::vector<std::string>{"al-", "Assad", "paid", "1,200", test::u8(u8"€"), ",", test::u8(u8"“"),
                                            "yes", test::u8(u8"”"), "."});
}
