#include "suggest/figures.hpp"

#include <algorithm>
#include <optional>

#include "suggest/word_lists.hpp"

namespace spanmark::suggest {
namespace {

bool isCurrency(char32_t c) { return c == U'$' || c == U'€' || c == U'£' || c == U'¥' || c == U'₹'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isApostrophe(std::string_view gap) { return gap == "’" || gap == "'"; }

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
    std::string_view low(std::size_t i) const { return s_.lower(i); }
    bool joined(std::size_t i) const { return s_.joinedBySpace(i); }
    bool allDigits(std::size_t i) const {
        const std::string_view w = s_.wordText(i);
        return std::all_of(w.begin(), w.end(), [](char c) { return isDigit(c); });
    }
    std::size_t value(std::size_t i) const {  // of an all-digit word, capped
        std::size_t v = 0;
        for (const char c : s_.wordText(i)) {
            if (v >= 100000) break;
            v = v * 10 + static_cast<std::size_t>(c - '0');
        }
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
        const std::string_view w = low(i);
        const std::size_t dash = w.find('-');
        return dash != std::string_view::npos && words::isNumberWord(w.substr(0, dash));
    }
    bool numberStart(std::size_t i) const {
        return i < n_ && (s_.startsWithDigit(i) || numberWord(i) || numberHead(i) || low(i) == "a" || low(i) == "half" ||
                          low(i) == "hundreds" || low(i) == "thousands" || low(i) == "dozens" ||
                          low(i) == "millions" || low(i) == "billions");
    }
    // A word that can belong to the noun phrase a number measures.
    bool attachable(std::size_t i) const {
        if (i >= n_ || s_.isCapitalised(i) || s_.startsWithDigit(i)) return false;
        const std::string_view w = low(i);
        if (words::endsNounPhrase(w) || words::isNumberWord(w) || words::isMagnitude(w)) return false;
        const bool past = codePointCount(w) > 4 && w.ends_with("ed");
        const bool adverb = codePointCount(w) > 4 && w.ends_with("ly");
        return !past && !adverb;
    }

    // Words that may stand between a number and the plural noun it counts.
    bool leadsPlural(std::size_t i) const {
        if (i >= n_ || s_.isCapitalised(i)) return false;
        const std::string_view w = low(i);
        return w == "more" || w == "fewer" || w == "new" || (codePointCount(w) > 4 && w.ends_with("ed"));
    }

    // "one" is a pronoun as often as a number: "one of them", "no one", "one day".
    bool pronounOne(std::size_t i) const {
        if (low(i) != "one") return false;
        // "one or two", "one to three" count
        if (i + 2 < n_ && joined(i) && (low(i + 1) == "or" || low(i + 1) == "to") && numberWord(i + 2)) return false;
        if (i > 0 && joined(i - 1)) {
            static const std::string before[] = {"no", "any", "every", "each", "the", "this", "that",
                                                    "which", "only", "someone", "another"};
            for (const auto& b : before)
                if (low(i - 1) == b) return true;
        }
        if (i + 1 < n_ && joined(i)) {
            static const std::string after[] = {"of", "day", "another", "by", "way", "hand", "time"};
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
            while (j < n_ && s_.gapAfter(j - 1) == ":" && allDigits(j)) ++j;  // 2:24:09
            if (j < n_ && joined(j - 1) && words::isMagnitude(low(j))) ++j;      // 2.1 million
            return j;
        }
        const std::string_view w = low(i);
        if (w == "half" && i + 2 < n_ && joined(i) && joined(i + 1) && low(i + 1) == "a" &&
            words::isMagnitude(low(i + 2)))
            return i + 3;  // half a million
        if (w == "a") {
            if (i + 1 < n_ && joined(i) && words::isMagnitude(low(i + 1)) && low(i + 1).size() > 2) return i + 2;
            const bool part = i + 1 < n_ && joined(i) &&
                              (low(i + 1) == "quarter" || low(i + 1) == "third" || low(i + 1) == "half");
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
            } else if (low(j) == "and" && j + 1 < n_ && joined(j) && numberWord(j + 1) &&
                       words::isMagnitude(low(j - 1))) {
                j += 2;  // one hundred and twenty
            } else if (low(j) == "of" && j + 1 < n_ && joined(j) && words::isMagnitude(low(j - 1)) &&
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
        auto before = [&](std::size_t k, std::initializer_list<std::string_view> phrase) {
            if (k < phrase.size()) return false;
            std::size_t w = k - phrase.size();
            for (std::string_view p : phrase) {
                if (low(w) != p) return false;
                const std::string_view gap = s_.gapAfter(w);
                const bool last = w + 1 == k;
                if (!joined(w) && !(last && (gap == " $" || gap == " €" || gap == " £" || gap == " ¥"))) return false;
                ++w;
            }
            return true;
        };
        if (before(i, {"as", "many", "as"}) || before(i, {"as", "much", "as"}) || before(i, {"as", "few", "as"}))
            return i - 3;
        if (before(i, {"at", "least"}) || before(i, {"at", "most"}) || before(i, {"more", "than"}) ||
            before(i, {"less", "than"}) || before(i, {"fewer", "than"}) || before(i, {"up", "to"}))
            return i - 2;
        if (before(i, {"about"}) || before(i, {"around"}) || before(i, {"nearly"}) || before(i, {"almost"}) ||
            before(i, {"roughly"}) || before(i, {"approximately"}) || before(i, {"some"}))
            return i - 1;
        return i;
    }

    std::optional<Found> figureAt(std::size_t i, bool outermost) const {
        // Month first: March 14, March 14, 2025, March 2022.
        if (isMonth(i) && i + 1 < n_ && joined(i) && (isDay(i + 1) || isYear(i + 1))) {
            std::size_t j = i + 2;
            if (!isYear(i + 1) && j < n_ && s_.gapAfter(j - 1) == ", " && isYear(j)) ++j;
            return Found{{s_.word(i).begin, s_.word(j - 1).end}, j, false, false};
        }
        if (!numberStart(i)) return std::nullopt;
        const std::string_view w = low(i);
        if (s_.startsWithDigit(i) && (w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w.ends_with("th")))
            return std::nullopt;  // 52nd is an ordinal
        // 71-year-old, 30-kilometre, eight-month: the number and its unit are one word.
        if (w.find('-') != std::string_view::npos && !words::isNumberWord(w)) {
            const std::size_t dash = w.find('-');
            const std::string_view head = w.substr(0, dash);
            bool digits = !head.empty();
            for (const char c : head) digits = digits && isDigit(c);
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
        const bool money = begin > 0 && isCurrency(s_.at(begin - 1));
        if (money) --begin;
        std::size_t end = s_.word(j - 1).end;
        std::size_t k = j;
        bool bare = true, timeUnit = false;
        const bool year = j == i + 1 && isYear(i) && begin == s_.word(i).begin;
        const std::string_view gap = j - 1 < n_ ? s_.gapAfter(j - 1) : std::string_view{};
        if (!gap.empty() && gap.front() == '%') {
            ++end;
            bare = false;
        } else if (k < n_ && joined(k - 1) && low(k) == "percent") {
            end = s_.word(k++).end;
            bare = false;
        } else if (k + 1 < n_ && joined(k - 1) && joined(k) && low(k) == "per" && low(k + 1) == "cent") {
            end = s_.word(k + 1).end;
            k += 2;
            bare = false;
        } else if (k < n_ && joined(k - 1) && (low(k) == "a.m" || low(k) == "p.m")) {
            end = s_.word(k++).end;
            if (end < s_.size() && s_.at(end) == U'.') ++end;
            bare = false;
        } else if (k + 1 < n_ && joined(k - 1) && low(k) == "o" && isApostrophe(s_.gapAfter(k)) &&
                   low(k + 1) == "clock") {
            end = s_.word(k + 1).end;
            k += 2;
            bare = false;
        } else if (!year && !fraction && !money && k + 1 < n_ && joined(k - 1) && joined(k) && leadsPlural(k) &&
                   attachable(k + 1) && low(k + 1).ends_with("s")) {
            end = s_.word(k + 1).end;  // "212 planned operations", "two more strikes"
            k += 2;
            bare = false;
            timeUnit = words::isTimeUnit(low(k - 1));
        } else if (!year && !fraction && !money && attachable(k) && joined(k - 1)) {
            end = s_.word(k++).end;
            bare = false;
            const std::string_view head = low(k - 1);
            timeUnit = words::isTimeUnit(head);
            const bool headNoun = words::isUnit(head) || head.ends_with("s");
            if (!headNoun && attachable(k) && joined(k - 1)) {
                end = s_.word(k++).end;
                timeUnit = words::isTimeUnit(low(k - 1));
            }
        }
        Found found{{begin, end}, k, bare, timeUnit};
        if (!outermost) return found;
        std::size_t start = modifierStart(i);
        const bool afterFrom = i > 0 && low(i - 1) == "from";
        // Ranges: "twelve to eighteen hours", "one or two", "between 20 and 40 percent".
        const bool between = i > 0 && low(i - 1) == "between" && joined(i - 1);
        if (bare && k + 1 < n_ && joined(k - 1) && joined(k) && !afterFrom &&
            (low(k) == "to" || low(k) == "or" || (between && low(k) == "and") ||
             (low(k) == "in" && numberStart(k + 1) && !isYear(k + 1)))) {
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
            const std::string_view g = s_.gapAfter(last);
            std::size_t next = found.nextWord;
            if (g == " " && low(next) == "and" && joined(next)) ++next;
            else if (g == ", " && low(next) == "and" && joined(next)) ++next;
            else if (g != ", ") break;
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
