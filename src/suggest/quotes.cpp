#include "suggest/quotes.hpp"

#include <algorithm>

#include "core/unicode.hpp"
#include "core/utf8.hpp"

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

// A place in the text: its code point (what ranges count) and its byte.
struct Pos {
    std::size_t cp = 0;
    std::size_t byte = 0;
};

class QuoteFinder {
public:
    explicit QuoteFinder(const Scan& scan) : scan_(scan), b_(scan.text().bytes()) {}

    std::vector<Range> run() {
        for (Pos p; p.byte < b_.size();) {
            const char32_t c = at(p);
            if (isBreak(c)) {
                p = paragraphBreak(p);
                continue;
            }
            step(p, c);
            p = next(p);
        }
        std::sort(out_.begin(), out_.end(), [](const Range& a, const Range& b) {
            return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
        });
        return out_;
    }

private:
    Pos next(Pos p) const {
        return {p.cp + 1, p.byte + static_cast<std::size_t>(utf8::sequenceLength(static_cast<unsigned char>(b_[p.byte])))};
    }
    char32_t at(Pos p) const { return p.byte < b_.size() ? utf8::decode(b_, p.byte).codePoint : U' '; }
    char32_t after(Pos p) const { return p.byte < b_.size() ? at(next(p)) : U' '; }
    char32_t before(Pos p) const { return p.byte > 0 ? utf8::decodeBefore(b_, p.byte).codePoint : U' '; }
    bool top(char32_t close) const { return !open_.empty() && (open_.back().close == close || open_.back().closeAlso == close); }
    // An opening mark follows a space, the start, a bracket, a dash or another opening mark.
    bool opensHere(Pos p) const {
        const char32_t b = before(p);
        return (isSpace(b) || b == U'(' || b == U'[' || b == U'—' || b == U'–' || b == U'\u201C' || b == U'\u2018' ||
                b == U'\u00AB' || b == U'"' || b == U'\u201E') &&
               !isSpace(after(p));
    }
    void push(char32_t mark, char32_t close, Pos p, char32_t also = 0) { open_.push_back({mark, close, also, p.cp}); }
    void close(Pos where) {
        const std::size_t p = where.cp;
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
    bool closesSingle(Pos p) const {
        if (isLetter(after(p))) return false;
        if (!isLetter(before(p))) return true;
        // Bounded, so a book-length paragraph full of apostrophes stays linear.
        const std::size_t limit = p.cp + kLookahead;
        for (Pos q = next(p); q.byte < b_.size() && q.cp < limit && !isBreak(at(q)); q = next(q)) {
            const char32_t c = at(q);
            if (c == U'\u2018' || (c == U'\'' && opensHere(q))) return true;  // a new quote opens first
            if (isSingleClose(c) && !isLetter(after(q))) return false;
        }
        return true;
    }

    void step(Pos p, char32_t c) {
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
                else if (opensHere(p) && isLetter(after(p))) push(c, c, p);
                break;
            default:
                break;
        }
    }

    // At a line break: a quote still open continues only when the next
    // paragraph opens with its mark again; otherwise it was never closed.
    // Returns where the scan goes on: past the whitespace, and past the reopening mark.
    Pos paragraphBreak(Pos p) {
        Pos q = p;
        while (q.byte < b_.size() && isSpace(at(q))) q = next(q);
        if (open_.empty()) return q;
        if (q.byte < b_.size() && at(q) == open_.back().mark && open_.size() == 1) return next(q);
        open_.clear();
        return q;
    }

    const Scan& scan_;
    const std::string_view b_;
    std::vector<Open> open_;
    std::vector<Range> out_;
};

}  // namespace

std::vector<Range> findQuotes(const Scan& scan) { return QuoteFinder(scan).run(); }

}  // namespace spanmark::suggest
