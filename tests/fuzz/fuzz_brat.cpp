// libFuzzer target: the brat reader, with the input split at its first NUL
// byte into the .txt and the .ann; what it reads is written and read again.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "formats/brat.hpp"

#include "fuzz_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    const auto cut = input.find('\0');
    const std::string txt = cut == std::string::npos ? input : input.substr(0, cut);
    const std::string ann = cut == std::string::npos ? std::string() : input.substr(cut + 1);
    auto r = spanmark::formats::readBrat(txt, ann, "fuzz");
    if (r) spanmark::fuzz::mustRoundTrip(r->documents, "brat");
    return 0;
}
