#pragma once
// The lines of a JSONL text (or any line-per-record file) as views into it,
// numbered as a person counts them: the one walk every reader of records uses.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace spanmark::formats {

// Calls visit(text, line) for each line of a JSONL text holding more than
// blanks (numbered from 1, blank lines counted); a visit that returns an
// error ends the walk with it.
template <class Visit>
std::optional<Error> forEachFilledLine(std::string_view input, Visit visit) {
    std::size_t line = 0, begin = 0;
    while (begin < input.size()) {
        std::size_t end = input.find('\n', begin);
        if (end == std::string_view::npos) end = input.size();
        ++line;
        const std::string_view text = input.substr(begin, end - begin);
        begin = end + 1;
        if (text.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        if (auto error = visit(text, line)) return error;
    }
    return std::nullopt;
}

// The lines holding more than blanks, each copied out.
inline std::vector<std::string> filledLines(std::string_view input) {
    std::vector<std::string> out;
    forEachFilledLine(input, [&](std::string_view line, std::size_t) -> std::optional<Error> {
        out.emplace_back(line);
        return std::nullopt;
    });
    return out;
}

}  // namespace spanmark::formats
