#pragma once
// Reading members of other tools' JSON without trusting their types:
// nlohmann's value() throws when a member has an unexpected type.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "formats/json_stream.hpp"
#include "formats/lines.hpp"

namespace spanmark::formats {

inline std::string stringOr(const nlohmann::json& object, const char* key, const std::string& fallback) {
    if (!object.is_object()) return fallback;
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : fallback;
}

inline bool boolOr(const nlohmann::json& object, const char* key, bool fallback) {
    if (!object.is_object()) return fallback;
    auto it = object.find(key);
    return it != object.end() && it->is_boolean() ? it->get<bool>() : fallback;
}

// The records of a file that holds one object or an array of them (doccano's
// and Label Studio's exports): the array, or the object as a list of one;
// an empty list for anything else.
inline nlohmann::json recordList(nlohmann::json&& value) {
    if (value.is_array()) return std::move(value);
    nlohmann::json list = nlohmann::json::array();
    if (value.is_object()) list.push_back(std::move(value));
    return list;
}

// Calls visit(json, line) for each non-blank line of a JSONL text; a line
// that is not JSON (or is refused by parseJson) ends the walk with that error.
template <class Visit>
std::optional<Error> forEachJsonLine(std::string_view input, Visit visit) {
    return forEachFilledLine(input, [&](std::string_view text, std::size_t line) -> std::optional<Error> {
        auto j = parseJson(text, line);
        if (!j) return j.error();
        return visit(j.value(), line);
    });
}

}  // namespace spanmark::formats
