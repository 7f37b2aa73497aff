#include "core/boundaries.hpp"
#include <algorithm>

#include "core/unicode.hpp"

namespace spanmark {
namespace {

using unicode::GraphemeBreak;

bool isControl(GraphemeBreak p) {
    return p == GraphemeBreak::Control || p == GraphemeBreak::CR || p == GraphemeBreak::LF;
}

class Words {
public:
    explicit Words(const Text& text) : text_(text) {}

    bool letter(std::size_t i) const { return i < text_.size() && unicode::isWordCharacter(text_.at(i)); }
    // A character that belongs to a word: a letter, or a joiner between two.
    bool inWord(std::size_t i) const {
        if (i >= text_.size()) return false;
        const char32_t c = text_.at(i);
        if (unicode::isWordCharacter(c)) return true;
        return isWordJoiner(c) && i > 0 && letter(i - 1) && letter(i + 1);
    }
    std::size_t startOf(std::size_t i) const {
        while (i > 0 && inWord(i - 1)) --i;
        return i;
    }
    std::size_t endOf(std::size_t i) const {
        while (i < text_.size() && inWord(i)) ++i;
        return i;
    }

private:
    const Text& text_;
};

Range alignToGraphemes(const Text& text, Range r) {
    if (!isGraphemeBoundary(text, r.begin)) r.begin = previousGraphemeBoundary(text, r.begin);
    if (!isGraphemeBoundary(text, r.end)) r.end = nextGraphemeBoundary(text, r.end);
    return r;
}

}  // namespace

bool isWordJoiner(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011 || c == '.' || c == ','; }

bool isGraphemeBoundary(const Text& text, std::size_t pos) {
    if (pos == 0 || pos >= text.size()) return true;
    const char32_t a = text.at(pos - 1), b = text.at(pos);
    const GraphemeBreak pa = unicode::graphemeBreak(a), pb = unicode::graphemeBreak(b);
    if (pa == GraphemeBreak::CR && pb == GraphemeBreak::LF) return false;                 // GB3
    if (isControl(pa) || isControl(pb)) return true;                                      // GB4, GB5
    if (pa == GraphemeBreak::L && (pb == GraphemeBreak::L || pb == GraphemeBreak::V ||
                                   pb == GraphemeBreak::LV || pb == GraphemeBreak::LVT))
        return false;                                                                      // GB6
    if ((pa == GraphemeBreak::LV || pa == GraphemeBreak::V) && (pb == GraphemeBreak::V || pb == GraphemeBreak::T))
        return false;                                                                      // GB7
    if ((pa == GraphemeBreak::LVT || pa == GraphemeBreak::T) && pb == GraphemeBreak::T) return false;  // GB8
    if (pb == GraphemeBreak::Extend || pb == GraphemeBreak::ZWJ) return false;            // GB9
    if (pb == GraphemeBreak::SpacingMark) return false;                                   // GB9a
    if (pa == GraphemeBreak::Prepend) return false;                                       // GB9b
    if (pa == GraphemeBreak::ZWJ && unicode::isExtendedPictographic(b)) {                 // GB11
        std::size_t i = pos - 1;
        while (i > 0 && unicode::graphemeBreak(text.at(i - 1)) == GraphemeBreak::Extend) --i;
        if (i > 0 && unicode::isExtendedPictographic(text.at(i - 1))) return false;
    }
    if (pa == GraphemeBreak::Regional_Indicator && pb == GraphemeBreak::Regional_Indicator) {  // GB12, GB13
        std::size_t count = 0;
        for (std::size_t i = pos; i > 0 && unicode::graphemeBreak(text.at(i - 1)) == GraphemeBreak::Regional_Indicator; --i)
            ++count;
        return count % 2 == 0;
    }
    return true;                                                                           // GB999
}

std::size_t nextGraphemeBoundary(const Text& text, std::size_t pos) {
    if (pos >= text.size()) return text.size();
    ++pos;
    while (!isGraphemeBoundary(text, pos)) ++pos;
    return pos;
}

std::size_t previousGraphemeBoundary(const Text& text, std::size_t pos) {
    if (pos == 0) return 0;
    pos = std::min(pos, text.size()) - 1;
    while (!isGraphemeBoundary(text, pos)) --pos;
    return pos;
}

Range snapToWords(const Text& text, Range selection) {
    if (selection.end > text.size()) selection.end = text.size();
    if (selection.begin >= selection.end) return selection;
    Range r = selection;
    while (r.begin < r.end && unicode::isWhitespace(text.at(r.begin))) ++r.begin;
    while (r.end > r.begin && unicode::isWhitespace(text.at(r.end - 1))) --r.end;
    if (r.begin == r.end) return selection;
    const Words words(text);
    if (words.inWord(r.begin)) r.begin = words.startOf(r.begin);
    if (words.inWord(r.end - 1)) r.end = words.endOf(r.end - 1);
    return alignToGraphemes(text, r);
}

Range wordAt(const Text& text, std::size_t pos) {
    const Words words(text);
    std::size_t i = pos;
    if (!words.inWord(i)) {
        if (i == 0 || !words.inWord(i - 1)) return {pos, pos};
        --i;
    }
    return alignToGraphemes(text, {words.startOf(i), words.endOf(i)});
}

std::size_t nextWordEnd(const Text& text, std::size_t pos) {
    const Words words(text);
    while (pos < text.size() && !words.inWord(pos)) ++pos;
    return words.endOf(pos);
}

std::size_t previousWordStart(const Text& text, std::size_t pos) {
    const Words words(text);
    pos = std::min(pos, text.size());
    while (pos > 0 && !words.inWord(pos - 1)) --pos;
    return words.startOf(pos);
}

}  // namespace spanmark
