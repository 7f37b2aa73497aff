// libFuzzer target: the labelstudio reader refuses or reads any bytes; what it reads
// is written back out and read again without a crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "formats/labelstudio.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    auto r = spanmark::formats::readLabelStudio(input);
    if (r) {
        std::vector<const spanmark::Document*> docs;
        for (const auto& d : r->documents) docs.push_back(&d);
        std::vector<std::string> dropped;
        if (!docs.empty() && !spanmark::formats::readLabelStudio(spanmark::formats::writeLabelStudio(docs, dropped))) std::abort();
    }
    return 0;
}
