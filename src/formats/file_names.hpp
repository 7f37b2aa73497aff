#pragma once
// File names as the readers, the workspace and the command line use them:
// a document id from a name, a name from a document id, and tests of a
// name's ending.
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

// True for a name ending in .json or .jsonl (any case): such a file is JSON
// or an error, never a plain text to annotate.
inline bool namesJson(std::string_view name) {
    std::string tail(name.substr(name.size() > 6 ? name.size() - 6 : 0));
    for (char& c : tail) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return endsWith(tail, ".json") || endsWith(tail, ".jsonl");
}

// A document id made safe to be part of a file name in the output's folder:
// separators, control characters and a leading dot become "_", so an id
// such as "sub/../../x" cannot name a file outside it. Ids are otherwise
// kept, to stay recognisable; the caller says when one was changed.
inline std::string fileNameFromId(std::string_view id) {
    std::string out;
    for (char c : id) {
        const auto u = static_cast<unsigned char>(c);
        out += u < 0x20 || u == 0x7f || c == '/' || c == '\\' || c == ':' ? '_' : c;
    }
    if (out.empty() || out[0] == '.') out.insert(out.begin(), '_');
    if (out.size() > 200) {  // a file name has at most 255 bytes; no character is cut in two
        std::size_t end = 200;
        while (end > 0 && (static_cast<unsigned char>(out[end]) & 0xC0) == 0x80) --end;
        out.resize(end);
    }
    return out;
}

}  // namespace spanmark::formats
