#pragma once
// Writing JSON text directly: the file writer is on the save path of 1 MB
// documents with 50,000 spans, where building a DOM first costs more than
// the writing itself.
#include <cstdint>
#include <string>
#include <string_view>

namespace spanmark::formats {

// Appends s as a JSON string literal; UTF-8 passes through unescaped.
void appendJsonString(std::string& out, std::string_view s);
void appendJsonNumber(std::string& out, std::uint64_t n);

}  // namespace spanmark::formats
