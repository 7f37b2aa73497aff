#include "suggest/figures.hpp"

#include <optional>

#include "suggest/word_lists.hpp"

namespace spanmark::suggest {
namespace {

bool isDigit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool isCurrency(char32_t c) { return c == U'$' || c == U'€' || c == U'£' || c == U'¥' || c == U'₹'; }
bool isApostrophe(std::u32string_view gap) { return gap == U"’" || gap == U"'"; }

// A figure found at a word, and how it ends, so ranges and durations can join.
struct Found {
    Range range;
    std::size_t nextWord = 0;  // the first word after it
    bool bare = false;         // a number with nothing measured after it
    bool timeUnit = false;     // ends in hours, minutes, years …
};

class FigureFinder {
public:
    explicit FigureFinder(const Scan& scan) : s_(scan), n_(scan.wordCount()) {}

    std::vector<Range> run() {
        std::vector<Range> out;
        std::size_t i = 0;
        while (i < n_) {
            if (std::optional<Found> f = figureAt(i, true)) {
                out.push_back(f->range);
                i = f->nextWord;
            } else {
                ++i;
            }
        }
        return out;
    }

private:
    std::u32string_view low(std::size_t i) const { return s_.lower(i); }
    bool joined(std::size_t i) const { return s_.joinedBySpace(i); }
    bool allDigits(std::size_t i) const {
        for (std::size_t k = s_.word(i).begin; k < s_.word(i).end; ++k)
            if (!isDigit(s_.chars()[k])) return false;
        return true;
    }
    std::size_t value(std::size_t i) const {  // of an all-digit word, capped
        std::size_t v = 0;
        for (std::size_t k = s_.word(i).begin; k < s_.word(i).end && v < 100000; ++k) v = v * 10 + (s_.chars()[k] - U'0');
        return v;
    }
    bool isYear(std::size_t i) const {
        return i < n_ && allDigits(i) && s_.word(i).end - s_.word(i).begin == 4 && value(i) >= 1800 && value(i) <= 2100;
    }
    bool isDay(std::size_t i) const { return i < n_ && allDigits(i) && value(i) >= 1 && value(i) <= 31; }
    bool isMonth(std::size_t i) const { return i < n_ && s_.isCapitalised(i) && words::isMonth(low(i)); }
    bool numberWord(std::size_t i) const { return i < n_ && words::isNumberWord(low(i)); }
    // "eight" and also "eight-month": the part before a hyphen is a number.
    bool numberHead(std::size_t i) const {
        const std::u32string_view w = low(i);
        const std::size_t dash = w.find(U'-');
        return dash != std::u32string::npos && words::isNumberWord(std::u32string_view(w).substr(0, dash));
    }
    bool numberStart(std::size_t i) const {
        return i < n_ && (s_.startsWithDigit(i) || numberWord(i) || numberHead(i) || low(i) == U"a" || low(i) == U"half" ||
                          low(i) == U"hundreds" || low(i) == U"thousands" || low(i) == U"dozens" ||
                          low(i) == U"millions" || low(i) == U"billions");
    }
    // A word that can belong to the noun phrase a number measures.
    bool attachable(std::size_t i) const {
        if (i >= n_ || s_.isCapitalised(i) || s_.startsWithDigit(i)) return false;
        const std::u32string_view w = low(i);
        if (words::endsNounPhrase(w) || words::isNumberWord(w) || words::isMagnitude(w)) return false;
        const bool past = w.size() > 4 && w.ends_with(U"ed");
        const bool adverb = w.size() > 4 && w.ends_with(U"ly");
        return !past && !adverb;
    }

    // Words that may stand between a number and the plural noun it counts.
    bool leadsPlural(std::size_t i) const {
        if (i >= n_ || s_.isCapitalised(i)) return false;
        const std::u32string_view w = low(i);
        return w == U"more" || w == U"fewer" || w == U"new" || (w.size() > 4 && w.ends_with(U"ed"));
    }

    // "one" is a pronoun as often as a number: "one of them", "no one", "one day".
    bool pronounOne(std::size_t i) const {
        if (low(i) != U"one") return false;
        // "one or two", "one to three" count
        if (i + 2 < n_ && joined(i) && (low(i + 1) == U"or" || low(i + 1) == U"to") && numberWord(i + 2)) return false;
        if (i > 0 && joined(i - 1)) {
            static const std::u32string before[] = {U"no", U"any", U"every", U"each", U"the", U"this", U"that",
                                                    U"which", U"only", U"someone", U"another"};
            for (const auto& b : before)
                if (low(i - 1) == b) return true;
        }
        if (i + 1 < n_ && joined(i)) {
            static const std::u32string after[] = {U"of", U"day", U"another", U"by", U"way", U"hand", U"time"};
            for (const auto& a : after)
                if (low(i + 1) == a) return true;
        }
        return false;
    }

    // The words of the number itself, from i; returns the word after it (i when none).
    std::size_t numberEnd(std::size_t i, bool& fraction) const {
        fraction = false;
        if (s_.startsWithDigit(i)) {
            std::size_t j = i + 1;
            while (j < n_ && s_.gapAfter(j - 1) == U":" && allDigits(j)) ++j;  // 2:24:09
            if (j < n_ && joined(j - 1) && words::isMagnitude(low(j))) ++j;      // 2.1 million
            return j;
        }
        const std::u32string_view w = low(i);
        if (w == U"half" && i + 2 < n_ && joined(i) && joined(i + 1) && low(i + 1) == U"a" &&
            words::isMagnitude(low(i + 2)))
            return i + 3;  // half a million
        if (w == U"a") {
            if (i + 1 < n_ && joined(i) && words::isMagnitude(low(i + 1)) && low(i + 1).size() > 2) return i + 2;
            const bool part = i + 1 < n_ && joined(i) &&
                              (low(i + 1) == U"quarter" || low(i + 1) == U"third" || low(i + 1) == U"half");
            // "a third" of something, not "a third title"
            if (part && !(joined(i + 1) && attachable(i + 2))) {
                fraction = true;
                return i + 2;
            }
            return i;
        }
        if (!numberWord(i) && !words::isMagnitude(w)) return i;
        if (pronounOne(i)) return i;
        std::size_t j = i + 1;
        while (j < n_ && joined(j - 1)) {
            if (numberWord(j) || words::isMagnitude(low(j))) {
                ++j;
            } else if (low(j) == U"and" && j + 1 < n_ && joined(j) && numberWord(j + 1) &&
                       words::isMagnitude(low(j - 1))) {
                j += 2;  // one hundred and twenty
            } else if (low(j) == U"of" && j + 1 < n_ && joined(j) && words::isMagnitude(low(j - 1)) &&
                       words::isMagnitude(low(j + 1))) {
                j += 2;  // hundreds of thousands
            } else {
                break;
            }
        }
        return j;
    }

    // Words that make the amount approximate or bounded belong to the figure.
    std::size_t modifierStart(std::size_t i) const {
        auto before = [&](std::size_t k, std::initializer_list<std::u32string_view> phrase) {
            if (k < phrase.size()) return false;
            std::size_t w = k - phrase.size();
            for (std::u32string_view p : phrase) {
                if (low(w) != p) return false;
                const std::u32string_view gap = s_.gapAfter(w);
                const bool last = w + 1 == k;
                if (!joined(w) && !(last && (gap == U" $" || gap == U" €" || gap == U" £" || gap == U" ¥"))) return false;
                ++w;
            }
            return true;
        };
        if (before(i, {U"as", U"many", U"as"}) || before(i, {U"as", U"much", U"as"}) || before(i, {U"as", U"few", U"as"}))
            return i - 3;
        if (before(i, {U"at", U"least"}) || before(i, {U"at", U"most"}) || before(i, {U"more", U"than"}) ||
            before(i, {U"less", U"than"}) || before(i, {U"fewer", U"than"}) || before(i, {U"up", U"to"}))
            return i - 2;
        if (before(i, {U"about"}) || before(i, {U"around"}) || before(i, {U"nearly"}) || before(i, {U"almost"}) ||
            before(i, {U"roughly"}) || before(i, {U"approximately"}) || before(i, {U"some"}))
            return i - 1;
        return i;
    }

    std::optional<Found> figureAt(std::size_t i, bool outermost) const {
        // Month first: March 14, March 14, 2025, March 2022.
        if (isMonth(i) && i + 1 < n_ && joined(i) && (isDay(i + 1) || isYear(i + 1))) {
            std::size_t j = i + 2;
            if (!isYear(i + 1) && j < n_ && s_.gapAfter(j - 1) == U", " && isYear(j)) ++j;
            return Found{{s_.word(i).begin, s_.word(j - 1).end}, j, false, false};
        }
        if (!numberStart(i)) return std::nullopt;
        const std::u32string_view w = low(i);
        if (s_.startsWithDigit(i) && (w.ends_with(U"st") || w.ends_with(U"nd") || w.ends_with(U"rd") || w.ends_with(U"th")))
            return std::nullopt;  // 52nd is an ordinal
        // 71-year-old, 30-kilometre, eight-month: the number and its unit are one word.
        if (w.find(U'-') != std::u32string::npos && !words::isNumberWord(w)) {
            const std::size_t dash = w.find(U'-');
            const std::u32string_view head = std::u32string_view(w).substr(0, dash);
            bool digits = !head.empty();
            for (char32_t c : head) digits = digits && isDigit(c);
            if (!digits && !words::isNumberWord(head)) return std::nullopt;
            return Found{{s_.word(i).begin, s_.word(i).end}, i + 1, false, false};
        }
        // Day first: 14 March, 1 June 2026.
        if (isDay(i) && i + 1 < n_ && joined(i) && isMonth(i + 1)) {
            std::size_t j = i + 2;
            if (j < n_ && joined(j - 1) && isYear(j)) ++j;
            return Found{{s_.word(i).begin, s_.word(j - 1).end}, j, false, false};
        }
        bool fraction = false;
        const std::size_t j = numberEnd(i, fraction);
        if (j == i) return std::nullopt;
        std::size_t begin = s_.word(i).begin;
        // An amount of money is whole: "$3.2 billion chip factory" measures no factories.
        const bool money = begin > 0 && isCurrency(s_.chars()[begin - 1]);
        if (money) --begin;
        std::size_t end = s_.word(j - 1).end;
        std::size_t k = j;
        bool bare = true, timeUnit = false;
        const bool year = j == i + 1 && isYear(i) && begin == s_.word(i).begin;
        const std::u32string_view gap = j - 1 < n_ ? s_.gapAfter(j - 1) : std::u32string_view{};
        if (!gap.empty() && gap.front() == U'%') {
            ++end;
            bare = false;
        } else if (k < n_ && joined(k - 1) && low(k) == U"percent") {
            end = s_.word(k++).end;
            bare = false;
        } else if (k + 1 < n_ && joined(k - 1) && joined(k) && low(k) == U"per" && low(k + 1) == U"cent") {
            end = s_.word(k + 1).end;
            k += 2;
            bare = false;
        } else if (k < n_ && joined(k - 1) && (low(k) == U"a.m" || low(k) == U"p.m")) {
            end = s_.word(k++).end;
            if (end < s_.chars().size() && s_.chars()[end] == U'.') ++end;
            bare = false;
        } else if (k + 1 < n_ && joined(k - 1) && low(k) == U"o" && isApostrophe(s_.gapAfter(k)) &&
                   low(k + 1) == U"clock") {
            end = s_.word(k + 1).end;
            k += 2;
            bare = false;
        } else if (!year && !fraction && !money && k + 1 < n_ && joined(k - 1) && joined(k) && leadsPlural(k) &&
                   attachable(k + 1) && low(k + 1).ends_with(U"s")) {
            end = s_.word(k + 1).end;  // "212 planned operations", "two more strikes"
            k += 2;
            bare = false;
            timeUnit = words::isTimeUnit(low(k - 1));
        } else if (!year && !fraction && !money && attachable(k) && joined(k - 1)) {
            end = s_.word(k++).end;
            bare = false;
            const std::u32string_view head = low(k - 1);
            timeUnit = words::isTimeUnit(head);
            const bool headNoun = words::isUnit(head) || head.ends_with(U"s");
            if (!headNoun && attachable(k) && joined(k - 1)) {
                end = s_.word(k++).end;
                timeUnit = words::isTimeUnit(low(k - 1));
            }
        }
        Found found{{begin, end}, k, bare, timeUnit};
        if (!outermost) return found;
        std::size_t start = modifierStart(i);
        const bool afterFrom = i > 0 && low(i - 1) == U"from";
        // Ranges: "twelve to eighteen hours", "one or two", "between 20 and 40 percent".
        const bool between = i > 0 && low(i - 1) == U"between" && joined(i - 1);
        if (bare && k + 1 < n_ && joined(k - 1) && joined(k) && !afterFrom &&
            (low(k) == U"to" || low(k) == U"or" || (between && low(k) == U"and") ||
             (low(k) == U"in" && numberStart(k + 1) && !isYear(k + 1)))) {
            if (std::optional<Found> second = figureAt(k + 1, false)) {
                found.range.end = second->range.end;
                found.nextWord = second->nextWord;
                found.timeUnit = second->timeUnit;
                if (between) start = i - 1;
            }
        }
        // Durations: "two hours, six minutes and 41 seconds".
        while (found.timeUnit && found.nextWord < n_) {
            const std::size_t last = found.nextWord - 1;
            const std::u32string_view g = s_.gapAfter(last);
            std::size_t next = found.nextWord;
            if (g == U" " && low(next) == U"and" && joined(next)) ++next;
            else if (g == U", " && low(next) == U"and" && joined(next)) ++next;
            else if (g != U", ") break;
            std::optional<Found> part = figureAt(next, false);
            if (!part || !part->timeUnit) break;
            found.range.end = part->range.end;
            found.nextWord = part->nextWord;
        }
        found.range.begin = start < i ? s_.word(start).begin : found.range.begin;
        return found;
    }

    const Scan& s_;
    const std::size_t n_;
};

}  // namespace

std::vector<Range> findFigures(const Scan& scan) { return FigureFinder(scan).run(); }

}  // namespace spanmark::suggest
