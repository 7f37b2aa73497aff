#pragma once
// File names as the readers, the workspace and the command line use them:
// a document id from a name, and a test of a name's ending.
#include <string>
#include <string_view>

namespace spanmark::formats {

// A document id from a file name: its base name without the extension.
inline std::string idFromFileName(std::string_view name) {
    auto slash = name.find_last_of("/\\");
    if (slash != std::string_view::npos) name = name.substr(slash + 1);
    auto dot = name.find_last_of('.');
    if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
    return name.empty() ? std::string("document") : std::string(name);
}

inline bool endsWith(std::string_view s, std::string_view tail) {
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

}  // namespace spanmark::formats
