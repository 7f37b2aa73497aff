#include "suggest/propagation.hpp"

#include <algorithm>
#include <unordered_map>

#include "suggest/word_lists.hpp"

namespace spanmark::suggest {
namespace {

struct Surface {
    std::string_view text;
    std::size_t words = 0;
    std::string label;
};

std::uint64_t hashOf(std::string_view s) {
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a
    for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
}

}  // namespace

std::vector<SpanSuggestion> propagate(const Scan& scan, const Document& doc) {
    // Labelled surfaces that start and end on word edges, by the hash of their first word.
    std::unordered_map<std::uint64_t, std::vector<Surface>> byFirstWord;
    doc.annotations.forEachSpan([&](const Span& span) {
        const std::size_t first = scan.wordAtOrAfter(span.start);
        if (first >= scan.wordCount() || scan.word(first).begin != span.start) return;
        std::size_t last = first;
        while (last + 1 < scan.wordCount() && scan.word(last + 1).end <= span.end) ++last;
        if (scan.word(last).end != span.end) return;
        auto& list = byFirstWord[hashOf(scan.wordText(first))];
        Surface surface{scan.wordsText(first, last), last - first + 1, span.label};
        const bool known = std::any_of(list.begin(), list.end(), [&](const Surface& s) {
            return s.text == surface.text && s.label == surface.label;
        });
        if (!known) list.push_back(surface);
    });
    std::vector<SpanSuggestion> out;
    if (byFirstWord.empty()) return out;
    for (std::size_t i = 0; i < scan.wordCount(); ++i) {
        const Word& w = scan.word(i);
        auto it = byFirstWord.find(hashOf(scan.wordText(i)));
        if (it == byFirstWord.end()) continue;
        for (const Surface& s : it->second) {
            const std::size_t lastWord = i + s.words - 1;
            if (lastWord >= scan.wordCount()) continue;
            const std::size_t end = scan.word(lastWord).end;
            if (scan.wordsText(i, lastWord) != s.text) continue;
            // "Ruiz" inside "Ana Ruiz" is part of a longer name, not another mention.
            if (scan.isCapitalised(i) && ((i > 0 && scan.gapBefore(i) == " " && scan.isCapitalised(i - 1) &&
                                           !words::isCapitalisedFunctionWord(scan.lower(i - 1))) ||
                                          (scan.gapAfter(lastWord) == " " && scan.isCapitalised(lastWord + 1))))
                continue;
            out.push_back({{w.begin, end}, s.label, rule::propagation});
        }
    }
    return out;
}

}  // namespace spanmark::suggest
