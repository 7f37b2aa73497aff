#pragma once
// Parses JSON into nlohmann's DOM, except the elements of one top-level
// array, which are handed to a callback one at a time and then dropped.
// A file with 50,000 spans so never holds 50,000 span objects at once, and a
// syntax error comes back as a value with its byte position, not a throw.
#include <cstddef>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace spanmark::formats {

struct JsonSyntaxError {
    std::size_t byte = 0;  // where the parser stopped
    std::string message;
};

struct StreamedJson {
    nlohmann::json root;              // the streamed array is left empty in it
    bool complete = false;            // false: see `error`, or the callback stopped the parse
    JsonSyntaxError error;
};

// `onElement` returns false to stop the parse.
StreamedJson parseStreaming(std::string_view input, const std::string& streamedKey,
                            const std::function<bool(nlohmann::json&&)>& onElement);

}  // namespace spanmark::formats
