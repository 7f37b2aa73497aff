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

}  // namespace spanmark::formats
