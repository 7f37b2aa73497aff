#include "formats/tokens.hpp"

#include <algorithm>

#include "core/boundaries.hpp"
#include "core/unicode.hpp"

namespace spanmark::formats {

std::vector<Token> tokenize(const Text& text, std::vector<std::size_t> edges) {
    std::sort(edges.begin(), edges.end());
    std::vector<Token> out;
    const std::size_t n = text.size();
    auto edge = edges.begin();
    std::size_t i = 0;
    while (i < n) {
        if (unicode::isWhitespace(text.at(i))) {
            ++i;
            continue;
        }
        std::size_t end;
        if (unicode::isWordCharacter(text.at(i))) {
            const Range w = wordAt(text, i);
            end = std::max(w.end, i + 1);
        } else {
            end = nextGraphemeBoundary(text, i);
        }
        // Cut at a span edge that falls inside the token.
        while (edge != edges.end() && *edge <= i) ++edge;
        if (edge != edges.end() && *edge < end) end = *edge;
        out.push_back({i, end});
        i = end;
    }
    return out;
}

bool isLineToken(std::string_view name) {
    if (name.empty()) return false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (c <= 0x20 || c == 0x7f) return false;
        // U+0085 (NEL), U+00A0 and the C1 controls; U+2028/U+2029 (line and paragraph separators)
        if (c == 0xC2 && i + 1 < name.size() && static_cast<unsigned char>(name[i + 1]) <= 0xA0) return false;
        if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(name[i + 2]) == 0xA8 || static_cast<unsigned char>(name[i + 2]) == 0xA9))
            return false;
    }
    return true;
}

std::optional<Error> checkLineLabels(const Document& doc, const char* format) {
    for (const Label& l : doc.labels) {
        if (isLineToken(l.name)) continue;
        return Error{"document " + doc.id + ", label \"" + l.name + "\"",
                     std::string("the label holds a space, a line break or a control character, which ") + format +
                         " cannot carry in a label; rename it, or export to spanmark, doccano, Label Studio or spaCy"};
    }
    return std::nullopt;
}

}  // namespace spanmark::formats
