#pragma once
// Reading members of other tools' JSON without trusting their types:
// nlohmann's value() throws when a member has an unexpected type.
#include <nlohmann/json.hpp>
#include <string>

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

}  // namespace spanmark::formats
