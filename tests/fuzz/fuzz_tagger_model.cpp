// libFuzzer target: the tagger's model file. Any bytes are read or refused
// with a place; a model that reads writes back to the same bytes, and tags a
// document with spans inside its text. Each input is tried as it is and with
// a correct checksum after it, so mutations get past the checksum to the parser.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "formats/document_json.hpp"
#include "suggest/tagger.hpp"

using namespace spanmark;

namespace {

void check(const std::string& bytes) {
    auto model = suggest::Tagger::load(bytes);
    if (!model) {
        if (model.error().where.rfind("byte ", 0) != 0 || model.error().message.empty()) std::abort();
        return;
    }
    if (model->save() != bytes) std::abort();
    static const Document doc = formats::readPlainText("Mayor Ana Lobo said in Faro on Monday that 25 boats “will sail”.", "fuzz").value();
    if (model->refusalFor(doc)) return;
    for (const auto& t : model->tag(doc))
        if (t.span.range.begin >= t.span.range.end || t.span.range.end > doc.text.size() || !(t.confidence >= 0 && t.confidence <= 1))
            std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    check(bytes);
    std::string summed = bytes;
    const std::uint64_t sum = suggest::fnv1a(bytes);
    for (int b = 0; b < 8; ++b) summed.push_back(static_cast<char>((sum >> (8 * b)) & 0xff));
    check(summed);
    return 0;
}
