// libFuzzer target: any bytes given to the spanmark reader (JSON, JSONL
// corpus, plain text) are refused with a located error or loaded; a loaded
// document must save and load back to the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "formats/document_json.hpp"

#include "fuzz_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    auto doc = spanmark::formats::readAny(input, "fuzz.json");
    if (doc) {
        if (spanmark::checkDocument(doc.value())) std::abort();  // read means valid
        const std::string saved = spanmark::formats::writeSpanmarkJson(doc.value());
        auto again = spanmark::formats::readSpanmarkJson(saved);
        if (!again || spanmark::formats::writeSpanmarkJson(again.value()) != saved) std::abort();
    } else if (doc.error().message.empty()) {
        std::abort();  // every refusal says what is wrong
    }
    std::istringstream corpus(input);
    (void)spanmark::formats::readCorpus(corpus, [](spanmark::Document&&, std::size_t) { return true; });
    (void)spanmark::formats::readLabelsFile(input);
    return 0;
}
