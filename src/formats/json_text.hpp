#pragma once
// Writing JSON text directly: the file writer is on the save path of 1 MB
// documents with 50,000 spans, where building a DOM first costs more than
// the writing itself.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace spanmark::formats {

// Appends s as a JSON string literal; UTF-8 passes through unescaped.
void appendJsonString(std::string& out, std::string_view s);
void appendJsonNumber(std::string& out, std::uint64_t n);

// Where a writer's text goes, a piece at a time: a file being written, or a
// string. Writers that stream hand it their buffer whenever it passes
// kSinkChunk bytes, so the output of a million spans is never one string.
using TextSink = std::function<void(std::string_view)>;
constexpr std::size_t kSinkChunk = 1 << 20;

// The same for a long string, handing `out` to the sink (when there is one)
// as it fills.
void appendJsonString(std::string& out, std::string_view s, const TextSink* sink);

// Passes `buffer` on and empties it once it holds kSinkChunk bytes.
inline void flushIfFull(std::string& buffer, const TextSink& sink) {
    if (buffer.size() < kSinkChunk) return;
    sink(buffer);
    buffer.clear();
}

}  // namespace spanmark::formats
