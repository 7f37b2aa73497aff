// The readers and writers against crafted input (issue 13): one JSON parser
// with a depth limit, refused duplicate keys and overlong numbers, each
// located; format guessing by keys; importers that build in one pass and
// check what they built; writers that refuse what their format cannot carry.
#include <catch_amalgamated.hpp>

#include "core/document.hpp"
#include "formats/any_format.hpp"
#include "formats/brat.hpp"
#include "formats/doccano.hpp"
#include "formats/document_json.hpp"
#include "formats/file_names.hpp"
#include "formats/json_stream.hpp"
#include "formats/labelstudio.hpp"
#include "suggest/accepted.hpp"
#include "suggest/suggest.hpp"

using namespace spanmark;

namespace {

std::string nested(std::size_t levels) { return std::string(levels, '[') + std::string(levels, ']'); }

std::string guessed(std::string_view name, std::string_view contents) {
    auto g = formats::guessFormat(name, contents);
    return g ? g.value() : "error: " + g.error().message;
}

}  // namespace

TEST_CASE("JSON nested to the limit is read; one level more is refused where it starts", "[hostile][json]") {
    REQUIRE(formats::parseJson(nested(formats::kMaxJsonDepth)));
    auto refused = formats::parseJson("\n  " + nested(formats::kMaxJsonDepth + 1));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message == "nested deeper than 512 levels");
    CHECK(refused.error().line == 2);
    CHECK(refused.error().column == 3 + formats::kMaxJsonDepth);
    // 20,000 levels: refused, not a stack overflow (ASan would report one).
    CHECK_FALSE(formats::parseJson(nested(20000)));
}

TEST_CASE("a key twice in one object is refused at the second", "[hostile][json]") {
    auto refused = formats::parseJson("{\"a\": {\"k\": 1},\n \"k\": 2, \"b\": {\"k\": 3}, \"k\": 4}");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message == "the key \"k\" appears twice in one object");
    CHECK(refused.error().line == 2);
    CHECK(refused.error().column == 25);
    CHECK(formats::parseJson("[{\"k\": 1}, {\"k\": 2}]"));  // the same key in two objects is fine
}

TEST_CASE("a number too large for a double is refused, not read as null", "[hostile][json]") {
    auto refused = formats::parseJson("{\"a\": 1, \"b\": [2, 1e999]}");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message == "the number is too large to be read");
    CHECK(refused.error().column == 20);
    CHECK(formats::parseJson("18446744073709551616"));  // past uint64: a double, which readers refuse as an offset
}

TEST_CASE("a .json or .jsonl file is never plain text", "[hostile][guess]") {
    CHECK_FALSE(formats::readAny("", "empty.json"));
    CHECK_FALSE(formats::readAny("  \n", "blank.jsonl"));
    auto arrays = formats::readAny("[[[]]]", "arrays.json");
    REQUIRE_FALSE(arrays);
    CHECK(arrays.error().message == "a spanmark document is a JSON object, not an array");
    CHECK(formats::readAny("[Reuters] A text.", "note.txt"));  // a .txt that starts with [ is still text
    CHECK(guessed("empty.json", "") == "spanmark");
    CHECK(guessed("note.txt", "[Reuters] A text.") == "text");
}

TEST_CASE("Prodigy is told from doccano by its keys, not by words in the text", "[hostile][guess]") {
    CHECK(guessed("a.jsonl", R"({"text":"x","spans":[{"start":0,"end":1,"label":"A"}]})") == "spacy");
    CHECK(guessed("a.jsonl", R"({"text":"the \"tokens\": were","label":[[0,3,"A"]]})") == "doccano");
    CHECK(guessed("a.json", R"([{"id":1,"text":"x","entities":[]}])") == "doccano");
    CHECK(guessed("a.json", R"([{"data":{"text":"x"}}])") == "labelstudio");
    CHECK(guessed("a.json", R"({"format":"spanmark","version":1})") == "spanmark");
    const std::string both = guessed("a.jsonl", R"({"text":"x","spans":[],"label":[]})");
    CHECK(both.find("--from spacy or --from doccano") != std::string::npos);
    // Read as doccano, a Prodigy record says what it is instead of losing its spans.
    auto asDoccano = formats::readDoccano(R"({"text":"x y","spans":[{"start":0,"end":1,"label":"A"}]})");
    REQUIRE_FALSE(asDoccano);
    CHECK(asDoccano.error().message.find("--from spacy") != std::string::npos);
}

TEST_CASE("importing spans in any order gives the same document", "[hostile][import]") {
    auto inOrder = formats::readDoccano(R"({"id":"d","text":"one two three","label":[[0,3,"A"],[4,7,"B"],[8,13,"A"]]})");
    auto reversed = formats::readDoccano(R"({"id":"d","text":"one two three","label":[[8,13,"A"],[4,7,"B"],[0,3,"A"]]})");
    REQUIRE(inOrder);
    REQUIRE(reversed);
    // Ids follow the file's order; the spans, their order in the file written, and the labels do not.
    const Document& a = inOrder->front();
    const Document& b = reversed->front();
    CHECK(a.annotations.spanCount() == 3);
    std::vector<std::tuple<std::size_t, std::size_t, std::string>> spansA, spansB;
    a.annotations.forEachSpan([&](const Span& s) { spansA.emplace_back(s.start, s.end, s.label); });
    b.annotations.forEachSpan([&](const Span& s) { spansB.emplace_back(s.start, s.end, s.label); });
    CHECK(spansA == spansB);
    CHECK(checkDocument(a) == std::nullopt);
}

TEST_CASE("importers refuse what validate would refuse, naming where", "[hostile][import]") {
    auto emptyLabel = formats::readDoccano(R"({"text":"Ana spoke.","label":[[0,3,""]]})");
    REQUIRE_FALSE(emptyLabel);
    CHECK(emptyLabel.error().message == "a span with an empty label");
    CHECK(emptyLabel.error().where == "line 1: /label/0");

    auto emptyId = formats::readDoccano(R"({"id":"","text":"Ana"})");
    REQUIRE_FALSE(emptyId);
    CHECK(emptyId.error().message == "a document needs a non-empty string id");

    auto clash = formats::readDoccano(R"({"text":"Ana said hi.","entities":[{"id":1,"start_offset":0,"end_offset":3,"label":"ACTOR"}],)"
                                      R"("relations":[{"id":1,"from_id":1,"to_id":1,"type":"ACTOR"}]})");
    REQUIRE_FALSE(clash);
    CHECK(clash.error().message == "\"ACTOR\" names a span and a relation; a label is one or the other");

    auto spanOnRelationLabel = formats::readDoccano(R"({"text":"Ana spoke.","label":[[0,3,"SPEAKER"]]})");
    REQUIRE_FALSE(spanOnRelationLabel);
    CHECK(spanOnRelationLabel.error().message == "\"SPEAKER\" names a relation and a span; a label is one or the other");

    auto backwards = formats::readBrat("Ana spoke.", "T1\tACTOR 5 6;0 1\tp A\n", "doc");
    REQUIRE_FALSE(backwards);
    CHECK(backwards.error().line == 1);
}

TEST_CASE("brat and CoNLL refuse labels they cannot carry; brat drops notes with line breaks, counted", "[hostile][write]") {
    auto doc = formats::readSpanmarkJson(R"({"format":"spanmark","version":1,"document":{"id":"d","text":"May spoke."},)"
                                         R"("labels":[{"name":"ACT OR","kind":"span"}],"spans":[{"id":"s1","start":0,"end":3,"label":"ACT OR"}]})");
    REQUIRE(doc);
    std::vector<std::string> dropped;
    for (const char* format : {"brat", "conll"}) {
        auto files = formats::writeFormat({&doc.value()}, format, dropped);
        REQUIRE_FALSE(files);
        CHECK(files.error().where == "document d, label \"ACT OR\"");
    }
    CHECK(formats::writeFormat({&doc.value()}, "doccano", dropped));  // JSON formats carry any label

    auto noted = formats::readSpanmarkJson(R"({"format":"spanmark","version":1,"document":{"id":"d","text":"May spoke."},)"
                                           R"("spans":[{"id":"s1","start":0,"end":3,"label":"ACTOR","note":"a\nT9\tEVIL 0 3\tMay",)"
                                           R"("attributes":{"role":"the speaker","ok":"yes"}}]})");
    REQUIRE(noted);
    dropped.clear();
    const auto files = formats::writeBrat(noted.value(), dropped);
    CHECK(files.ann.find("EVIL") == std::string::npos);
    CHECK(files.ann.find("A1\tok T1 yes\n") != std::string::npos);
    CHECK(dropped == std::vector<std::string>{"1 span notes with line breaks (a brat note is one line)",
                                              "1 attributes whose name or value holds a space or a line break"});
}

TEST_CASE("ids are made safe before they name a file", "[hostile][write]") {
    CHECK(formats::fileNameFromId("sub/../../escaped") == "sub_.._.._escaped");
    CHECK(formats::fileNameFromId("..") == "_..");
    CHECK(formats::fileNameFromId("a\\b:c") == "a_b_c");
    const std::string longId(150, 'x');
    CHECK(formats::fileNameFromId(longId + "é" + longId).size() <= 200);
}

TEST_CASE("suggestions written straight to the file equal those applied as an edit", "[hostile][suggest]") {
    auto doc = formats::readPlainText("The mayor, Ana Lobo, said: “We will hire 2,500 people by 2027.” "
                                      "Lobo added that 40 percent would come from Lyon.", "note.txt");
    REQUIRE(doc);
    Document applied = doc.value();
    const suggest::Suggestions found = suggest::suggestFor(applied);
    REQUIRE(found.spans.size() >= 3);
    REQUIRE_FALSE(apply(applied, suggest::acceptEdit(applied, found.spans, found.relations, true, "all")));

    Document streamed = doc.value();
    auto accepted = suggest::acceptAll(streamed, suggest::suggestFor(streamed));
    REQUIRE(accepted);
    formats::ExtraAnnotations extra;
    extra.spanCount = accepted->spans.size();
    extra.span = [&](std::size_t i, Span& out) {
        out.id = "s" + std::to_string(accepted->firstSpanNumber + i);
        out.start = accepted->spans[i].range.begin;
        out.end = accepted->spans[i].range.end;
        out.label = accepted->spans[i].label;
        out.extraJson = suggest::suggestedMark(accepted->spans[i].rule);
    };
    extra.relationCount = accepted->relations.size();
    extra.relation = [&](std::size_t i, Relation& out) {
        const auto l = accepted->link(streamed, i);
        out = {"r" + std::to_string(accepted->firstRelationNumber + i), l.label, l.from, l.to, suggest::suggestedMark(l.rule)};
    };
    std::string written;
    formats::writeSpanmarkJson(streamed, formats::Layout::Pretty, [&](std::string_view p) { written += p; }, &extra);
    auto back = formats::readSpanmarkJson(written);
    REQUIRE(back);
    // The same spans (ids aside) and the same relations between the same places.
    auto places = [](const Document& d) {
        std::vector<std::string> out;
        d.annotations.forEachSpan([&](const Span& s) {
            out.push_back(std::to_string(s.start) + "-" + std::to_string(s.end) + s.label + s.extraJson);
        });
        d.annotations.forEachRelation([&](const Relation& r) {
            const Span* f = d.annotations.span(r.from);
            const Span* t = d.annotations.span(r.to);
            out.push_back(r.label + std::to_string(f->start) + ">" + std::to_string(t->start) + r.extraJson);
        });
        std::sort(out.begin(), out.end());
        return out;
    };
    auto appliedBack = formats::readSpanmarkJson(formats::writeSpanmarkJson(applied));
    REQUIRE(appliedBack);
    CHECK(places(back.value()) == places(appliedBack.value()));
}

TEST_CASE("Label Studio written a piece at a time is the same file", "[hostile][write]") {
    auto doc = formats::readDoccano(R"({"id":"d","text":"one two three","label":[[0,3,"A"],[4,7,"B"],[8,13,"A"]]})");
    REQUIRE(doc);
    std::vector<const Document*> docs = {&doc->front(), &doc->front()};
    std::vector<std::string> dropped;
    std::string pieces;
    std::size_t calls = 0;
    formats::writeLabelStudio(docs, dropped, [&](std::string_view p) {
        pieces += p;
        ++calls;
    });
    CHECK(pieces == formats::writeLabelStudio(docs, dropped));
    auto back = formats::readLabelStudio(pieces);
    REQUIRE(back);
    CHECK(back->documents.size() == 2);
    CHECK(back->documents[1].annotations.spanCount() == 3);
}
