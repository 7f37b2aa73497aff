#include "suggest/quotes.hpp"

#include <algorithm>

#include "core/unicode.hpp"

namespace spanmark::suggest {
namespace {

struct Open {
    char32_t mark;
    char32_t close;
    char32_t closeAlso;  // „…” as well as „…“
    std::size_t at;
};

bool isLetter(char32_t c) { return unicode::isWordCharacter(c); }
bool isBreak(char32_t c) { return c == U'\n' || c == U'\r' || c == U'\u2029'; }
bool isSingleClose(char32_t c) { return c == U'\u2019' || c == U'\''; }
constexpr std::size_t kLookahead = 4000;  // characters; a quoted paragraph is shorter

class QuoteFinder {
public:
    explicit QuoteFinder(const Scan& scan) : scan_(scan), c_(scan.chars()) {}

    std::vector<Range> run() {
        for (std::size_t p = 0; p < c_.size(); ++p) {
            const char32_t c = c_[p];
            if (isBreak(c)) {
                p = paragraphBreak(p);
                continue;
            }
            step(p, c);
        }
        std::sort(out_.begin(), out_.end(), [](const Range& a, const Range& b) {
            return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
        });
        return out_;
    }

private:
    char32_t at(std::size_t p) const { return p < c_.size() ? c_[p] : U' '; }
    char32_t before(std::size_t p) const { return p > 0 ? c_[p - 1] : U' '; }
    bool top(char32_t close) const { return !open_.empty() && (open_.back().close == close || open_.back().closeAlso == close); }
    // An opening mark follows a space, the start, a bracket, a dash or another opening mark.
    bool opensHere(std::size_t p) const {
        const char32_t b = before(p);
        return (isSpace(b) || b == U'(' || b == U'[' || b == U'—' || b == U'–' || b == U'\u201C' || b == U'\u2018' ||
                b == U'\u00AB' || b == U'"' || b == U'\u201E') &&
               !isSpace(at(p + 1));
    }
    void push(char32_t mark, char32_t close, std::size_t p, char32_t also = 0) { open_.push_back({mark, close, also, p}); }
    void close(std::size_t p) {
        const std::size_t begin = open_.back().at;
        open_.pop_back();
        std::size_t words = 0;
        for (std::size_t k = scan_.wordAtOrAfter(begin); k < scan_.wordCount() && scan_.word(k).end <= p && words < 2; ++k)
            ++words;
        if (words >= 2) out_.push_back({begin, p + 1});
    }

    // A closing single quote is also an apostrophe. Between letters it is one
    // (didn’t); after a letter and before a space it may be either (the
    // runners’ bags), so it closes only if no later mark in the paragraph
    // could close the quote instead.
    bool closesSingle(std::size_t p) const {
        if (isLetter(at(p + 1))) return false;
        if (!isLetter(before(p))) return true;
        // Bounded, so a book-length paragraph full of apostrophes stays linear.
        const std::size_t limit = std::min(c_.size(), p + kLookahead);
        for (std::size_t q = p + 1; q < limit && !isBreak(c_[q]); ++q) {
            if (c_[q] == U'\u2018' || (c_[q] == U'\'' && opensHere(q))) return true;  // a new quote opens first
            if (isSingleClose(c_[q]) && !isLetter(at(q + 1))) return false;
        }
        return true;
    }

    void step(std::size_t p, char32_t c) {
        switch (c) {
            case U'\u201C':  // “ opens, or closes „
                if (top(c)) close(p);
                else push(c, U'\u201D', p);
                break;
            case U'\u201D':  // ”
                if (top(c)) close(p);
                break;
            case U'\u201E':  // „
                push(c, U'\u201C', p, U'\u201D');
                break;
            case U'\u00AB':  // «
                push(c, U'\u00BB', p);
                break;
            case U'\u00BB':  // »
                if (top(c)) close(p);
                break;
            case U'\u201A':  // ‚
                push(c, U'\u2018', p);
                break;
            case U'\u2018':  // ‘ opens, or closes ‚
                if (top(c)) close(p);
                else push(c, U'\u2019', p);
                break;
            case U'\u2019':
                if (top(c) && closesSingle(p)) close(p);
                break;
            case U'"':
                if (top(c) && !isSpace(before(p))) close(p);
                else if (opensHere(p)) push(c, c, p);
                break;
            case U'\'':
                if (top(c) && !isSpace(before(p)) && closesSingle(p)) close(p);
                else if (opensHere(p) && isLetter(at(p + 1))) push(c, c, p);
                break;
            default:
                break;
        }
    }

    // At a line break: a quote still open continues only when the next
    // paragraph opens with its mark again; otherwise it was never closed.
    std::size_t paragraphBreak(std::size_t p) {
        std::size_t q = p;
        while (q < c_.size() && isSpace(c_[q])) ++q;
        if (open_.empty()) return q > p ? q - 1 : p;
        if (q < c_.size() && c_[q] == open_.back().mark && open_.size() == 1) return q;  // skip the reopening mark
        open_.clear();
        return q > p ? q - 1 : p;
    }

    const Scan& scan_;
    const std::u32string& c_;
    std::vector<Open> open_;
    std::vector<Range> out_;
};

}  // namespace

std::vector<Range> findQuotes(const Scan& scan) { return QuoteFinder(scan).run(); }

}  // namespace spanmark::suggest
