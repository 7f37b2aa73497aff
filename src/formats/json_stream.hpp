#pragma once
// Every JSON reader's parser: nlohmann's SAX parser feeding a DOM builder
// that refuses what the DOM would take silently or pay for later. Nesting
// deeper than kMaxJsonDepth is refused while parsing (copying, dumping and
// freeing a DOM recurse, so depth is bounded before any of them runs); a key
// given twice in one object is refused (nlohmann would keep the last); a
// number too large for a double, which nlohmann's parser stops at, is said so.
// One top-level array may be streamed: its elements are handed to a callback
// one at a time and dropped, so a file with 50,000 spans never holds 50,000
// span objects at once. Errors come back as values with a line and column.
#include <cstddef>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace spanmark::formats {

constexpr std::size_t kMaxJsonDepth = 512;

struct ParsedJson {
    nlohmann::json root;  // the streamed array is left empty in it
    bool complete = false;  // false: see `error`, or the callback stopped the parse
    bool syntax = false;    // the error is in the JSON's syntax (not a refused depth, key or number)
    Error error;
};

// `onElement` gets each element and the root as built so far (the members
// before the streamed array); it returns false to stop the parse.
// `firstLine` numbers the lines of a JSONL record in its file.
using OnElement = std::function<bool(nlohmann::json&& element, const nlohmann::json& root)>;
ParsedJson parseStreaming(std::string_view input, const std::string& streamedKey, const OnElement& onElement,
                          std::size_t firstLine = 1);

// The whole value, or where and why it is refused.
Result<nlohmann::json> parseJson(std::string_view input, std::size_t firstLine = 1);
// The same, telling a syntax error (JSONL read as one value fails so) from a refusal.
ParsedJson parseJsonValue(std::string_view input, std::size_t firstLine = 1);

// For scans of JSON text that may be cut anywhere (locating a refusal, the
// keys of a file's first record): the index of the quote that closes the
// string whose opening quote is at `open` (input.size() when cut off), and
// whether the string closed at `close` is a key (a ':' follows, after whitespace).
std::size_t jsonStringEnd(std::string_view input, std::size_t open);
bool isJsonKey(std::string_view input, std::size_t close);

// Line and column (in characters) of a byte, for people and editors.
Error locatedError(std::string_view input, std::size_t byte, std::size_t firstLine, std::string message);

}  // namespace spanmark::formats
