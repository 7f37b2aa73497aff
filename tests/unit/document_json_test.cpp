#include <catch_amalgamated.hpp>

#include "core/sha256.hpp"
#include "formats/document_json.hpp"
#include "unicode_samples.hpp"

using namespace spanmark;

TEST_CASE("plain text loads as a document with a BOM dropped", "[formats]") {
    auto doc = formats::readAny("\xEF\xBB\xBFHello, port.", "notes/harbour.txt");
    REQUIRE(doc);
    CHECK(doc->id == "harbour");
    CHECK(doc->text.bytes() == "Hello, port.");
}

TEST_CASE("saving writes the v1 format with the text hash", "[formats]") {
    auto doc = formats::readPlainText(test::u8(u8"“Quoted” text"), "q");
    REQUIRE(doc);
    const std::string saved = formats::writeSpanmarkJson(doc.value());
    CHECK(saved.find("\"format\": \"spanmark\"") != std::string::npos);
    CHECK(saved.find(sha256Hex(doc->text.bytes())) != std::string::npos);
    auto again = formats::readAny(saved, "q.json");
    REQUIRE(again);
    CHECK(again->text.bytes() == doc->text.bytes());
    CHECK(formats::writeSpanmarkJson(again.value()) == saved);
}

TEST_CASE("broken JSON is refused with its line and column", "[formats]") {
    auto doc = formats::readAny("{\n  \"format\": \"spanmark\",\n  oops\n}", "bad.json");
    REQUIRE_FALSE(doc);
    CHECK(doc.error().where == "line 3, column 3");
}

TEST_CASE("invalid UTF-8 in a plain text names the byte", "[formats]") {
    auto doc = formats::readAny("fine\xFF", "bad.txt");
    REQUIRE_FALSE(doc);
    CHECK(doc.error().describe() == "byte 4: invalid UTF-8 sequence");
}
