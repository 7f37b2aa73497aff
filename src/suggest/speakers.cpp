#include "suggest/speakers.hpp"

#include <algorithm>
#include <optional>
#include <unordered_set>

#include "suggest/word_lists.hpp"

namespace spanmark::suggest {
namespace {

bool isParticle(std::string_view w) {
    return w == "de" || w == "da" || w == "van" || w == "von" || w == "al" || w == "bin" || w == "del" ||
           w == "la" || w == "le" || w == "du" || w == "di" || w == "der" || w == "ter";
}

// Last words that make a capitalised run an organisation or a place.
bool isInstitution(std::string_view w) {
    static const std::unordered_set<std::string> s{
        "company", "office", "assembly", "union", "river", "council", "ministry", "party", "authority",
        "bank", "association", "federation", "marathon", "club", "street", "road", "valley", "falls",
        "mill", "court", "police", "university", "hospital", "group", "agency", "institute", "committee",
        "department", "senate", "parliament", "government", "corporation", "lines", "airport", "station",
        "square", "bridge", "lake", "sea", "ocean", "mountains", "hills", "island", "islands", "city",
        "county", "province", "state", "republic", "kingdom", "times", "news", "fund", "service",
        "network", "trust", "foundation", "school", "church", "centre", "center", "port", "harbour"};
    return s.count(std::string(w)) > 0;
}

bool endsSentence(std::string_view gap) {
    return gap.find_first_of(".!?\n\r;") != std::string_view::npos;  // ASCII: never inside a longer character
}

bool hasQuotationMark(std::string_view gap) {
    if (gap == "'") return false;  // an apostrophe inside a word: "company's"
    return anyCodePoint(gap, [](char32_t c) { return isQuotationMark(c) && c != U'\u2019'; });
}

class SpeakerFinder {
public:
    SpeakerFinder(const Scan& scan, const std::vector<Range>& quotes, const std::vector<Range>& actors)
        : s_(scan), n_(scan.wordCount()), quotes_(quotes), actors_(actors) {
        furthestEnd_.reserve(quotes_.size());
        for (const Range& q : quotes_) furthestEnd_.push_back(std::max(q.end, furthestEnd_.empty() ? 0 : furthestEnd_.back()));
        std::sort(actors_.begin(), actors_.end(), [](const Range& a, const Range& b) { return a.begin < b.begin; });
        mentions_ = findMentions(scan);
        // Indices, counted first: a copy of each person's mention doubled their memory.
        auto isPerson = [&](const Mention& m) { return m.person && !insideQuote(m.range()); };
        persons_.reserve(static_cast<std::size_t>(std::count_if(mentions_.begin(), mentions_.end(), isPerson)));
        for (std::size_t i = 0; i < mentions_.size(); ++i)
            if (isPerson(mentions_[i])) persons_.push_back(static_cast<std::uint32_t>(i));
    }

    std::vector<Attribution> run() {
        std::vector<Attribution> out;
        out.reserve(quotes_.size());  // at most one each; doubling would leave room for twice as many
        std::optional<Attribution> previous;
        std::size_t outerEnd = 0;
        for (const Range& q : quotes_) {
            const bool nested = q.end <= outerEnd;
            if (!nested) outerEnd = q.end;
            bool decided = false;  // named by a role no one named holds: no speaker rather than a guess
            std::optional<Range> speaker = after(q, decided);
            if (decided && !speaker) {
                if (!nested) previous.reset();
                continue;
            }
            if (!speaker) speaker = before(q);
            if (!speaker) speaker = embedded(q);
            if (!speaker && !nested && previous && sameParagraph(previous->quote.end, q.begin)) speaker = previous->actor;
            if (!speaker) {
                if (!nested) previous.reset();
                continue;
            }
            Attribution a{q, asActor(*speaker)};
            out.push_back(a);
            if (!nested) previous = a;
        }
        return out;
    }

private:
    std::string_view low(std::size_t i) const { return s_.lower(i); }

    // Some quote starting at or before r contains it exactly when the
    // furthest end among the quotes starting at or before r reaches r's end.
    bool insideQuote(const Range& r) const {
        const auto it = std::upper_bound(quotes_.begin(), quotes_.end(), r.begin,
                                         [](std::size_t p, const Range& q) { return p < q.begin; });
        const std::size_t count = static_cast<std::size_t>(it - quotes_.begin());
        return count > 0 && furthestEnd_[count - 1] >= r.end;
    }

    bool sameParagraph(std::size_t from, std::size_t to) const {
        return s_.slice(from, to).find_first_of("\n\r") == std::string_view::npos;
    }

    // An existing ACTOR span that overlaps the name stands for it.
    Range asActor(Range name) const {
        auto it = std::lower_bound(actors_.begin(), actors_.end(), name.end,
                                   [](const Range& a, std::size_t p) { return a.begin < p; });
        while (it != actors_.begin()) {
            --it;
            if (it->end > name.begin) return *it;
            if (it->begin + 1000 < name.begin) break;
        }
        return name;
    }

    std::optional<Range> mentionStartingAt(std::size_t word) const {
        auto it = std::lower_bound(mentions_.begin(), mentions_.end(), word,
                                   [](const Mention& m, std::size_t w) { return m.firstWord < w; });
        if (it != mentions_.end() && it->firstWord == word) return it->range();
        return std::nullopt;
    }
    std::optional<Range> mentionEndingAt(std::size_t word) const {
        auto it = std::lower_bound(mentions_.begin(), mentions_.end(), word,
                                   [](const Mention& m, std::size_t w) { return m.lastWord < w; });
        if (it != mentions_.end() && it->lastWord == word) return it->range();
        return std::nullopt;
    }
    const Mention* mentionAt(std::size_t word) const {
        auto it = std::upper_bound(mentions_.begin(), mentions_.end(), word,
                                   [](std::size_t w, const Mention& m) { return w < m.firstWord; });
        if (it == mentions_.begin()) return nullptr;
        --it;
        return it->lastWord >= word ? &*it : nullptr;
    }

    // The nearest person named before `pos`, outside quotes.
    std::optional<Range> resolvePronoun(std::size_t pos) const {
        auto it = std::lower_bound(persons_.begin(), persons_.end(), pos,
                                   [&](std::uint32_t m, std::size_t p) { return mentions_[m].end <= p; });
        std::optional<Range> best;
        if (it != persons_.begin()) best = mentions_[*std::prev(it)].range();
        // An ACTOR the annotator marked counts as a person too.
        auto a = std::lower_bound(actors_.begin(), actors_.end(), pos,
                                  [](const Range& r, std::size_t p) { return r.end <= p; });
        if (a != actors_.begin() && !insideQuote(*std::prev(a)) && (!best || std::prev(a)->end > best->end))
            best = *std::prev(a);
        return best;
    }

    std::optional<Range> subject(std::size_t word, std::size_t quoteBegin) const {
        if (words::isPronoun(low(word))) return resolvePronoun(quoteBegin);
        if (auto m = mentionEndingAt(word)) return m;
        return std::nullopt;
    }

    // “…,” said X / “…,” X said / “…,” she said / “…,” according to X / “…,” the minister said
    std::optional<Range> after(const Range& q, bool& decided) const {
        const std::size_t a = s_.wordAtOrAfter(q.end);
        if (a >= n_) return std::nullopt;
        const std::string_view lead = s_.slice(q.end, s_.word(a).begin);
        if (endsSentence(lead) || hasQuotationMark(lead)) return std::nullopt;
        if (low(a) == "according" && a + 1 < n_ && low(a + 1) == "to") return nameAfter(a + 2, q.begin, decided);
        if (words::isSpeechVerb(low(a))) return nameAfter(a + 1, q.begin, decided);
        // X said: the subject runs from word a to just before a speech verb.
        for (std::size_t v = a + 1; v < n_ && v <= a + 6; ++v) {
            if (endsSentence(s_.gapBefore(v)) || hasQuotationMark(s_.gapBefore(v))) break;
            if (!words::isSpeechVerb(low(v))) continue;
            if (!s_.joinedBySpace(v - 1)) {
                // “…,” Mira Oduya, 54, said / “…,” Mira Oduya, a dairy farmer, told the inquiry
                const Mention* m = mentionAt(a);
                if (m && m->firstWord == a && m->lastWord + 1 < v && s_.gapBefore(m->lastWord + 1).find(',') != std::string_view::npos)
                    return m->range();
                break;
            }
            if (words::isPronoun(low(v - 1)) && v - 1 == a) return resolvePronoun(q.begin);
            if (low(a) == "the") {
                if (auto title = roleBefore(a + 1, v)) {
                    decided = true;
                    return resolveRole(*title, q.begin);
                }
            }
            if (auto m = mentionEndingAt(v - 1)) {
                const Mention* mention = mentionAt(v - 1);
                if (mention && mention->firstWord >= a) return m;
            }
            break;
        }
        return std::nullopt;
    }

    // The name after a speech verb, in the same clause: "said Ruth Moss",
    // "said the regional fire chief, Martin Cole", "said he", "said the mayor",
    // "said Northline Rail managing director Joan Stavros" (the person, not the company).
    std::optional<Range> nameAfter(std::size_t b, std::size_t quoteBegin, bool& decided) const {
        if (b < n_ && low(b) == "the") {
            std::size_t end = b + 1;
            while (end < n_ && end < b + 5 && s_.joinedBySpace(end - 1) && !s_.isCapitalised(end)) ++end;
            const bool nameFollows = end < n_ && !endsSentence(s_.gapBefore(end)) && mentionAt(end) != nullptr;
            if (auto title = roleBefore(b + 1, end); title && !nameFollows) {
                decided = true;
                return resolveRole(*title, quoteBegin);
            }
        }
        for (std::size_t w = b; w < n_ && w < b + 8; ++w) {
            if (w > b && (endsSentence(s_.gapBefore(w)) || hasQuotationMark(s_.gapBefore(w)))) break;
            if (w == b && words::isPronoun(low(w))) return resolvePronoun(quoteBegin);
            if (const Mention* m = mentionAt(w)) {
                // A company and then its officer's title and name: the officer speaks.
                if (const Mention* next = mentionAt(m->lastWord + 1);
                    next && next->person && next->firstWord == m->lastWord + 1 && s_.joinedBySpace(m->lastWord) &&
                    (!m->person || !s_.isCapitalised(next->firstWord)))
                    return next->range();
                return m->range();
            }
        }
        return std::nullopt;
    }

    // A role in lower case over words [first, end): "minister", "health minister",
    // "county’s police chief"; its last word is a title. The title, or nullopt.
    std::optional<std::string_view> roleBefore(std::size_t first, std::size_t end) const {
        if (first >= end || end - first > 4) return std::nullopt;
        for (std::size_t w = first; w < end; ++w)
            if (s_.isCapitalised(w) || (w + 1 < end && !s_.joinedBySpace(w))) return std::nullopt;
        if (!words::isTitle(low(end - 1))) return std::nullopt;
        return low(end - 1);
    }

    // The nearest mention before `pos`, outside quotes, that holds the role: "Health Minister
    // Ivo Brandt" for "the minister", or "Ivo Brandt, the health minister,".
    std::optional<Range> resolveRole(std::string_view title, std::size_t pos) const {
        auto it = std::lower_bound(persons_.begin(), persons_.end(), pos,
                                   [&](std::uint32_t m, std::size_t p) { return mentions_[m].end <= p; });
        for (int looked = 0; it != persons_.begin() && looked < 200; ++looked) {
            const Mention& m = mentions_[*--it];
            for (std::size_t w = m.firstWord; w <= m.lastWord; ++w)
                if (low(w) == title) return m.range();
            // An apposition after it: ", the health minister," / ", a minister".
            const std::size_t after = m.lastWord + 1;
            if (after + 1 < n_ && s_.gapBefore(after).find(',') != std::string_view::npos &&
                (low(after) == "the" || low(after) == "a" || low(after) == "an"))
                for (std::size_t w = after + 1; w < n_ && w <= after + 4; ++w) {
                    if (low(w) == title) return m.range();
                    if (!s_.joinedBySpace(w)) break;
                }
        }
        return std::nullopt;
    }

    // The last word before a position, and what lies between them.
    struct Lead {
        std::size_t word;
        std::string_view gap;
    };
    std::optional<Lead> leadInto(std::size_t pos) const {
        const std::size_t next = s_.wordAtOrAfter(pos);
        if (next == 0) return std::nullopt;
        const std::size_t p = next - 1;
        return Lead{p, s_.slice(s_.word(p).end, pos)};
    }

    // X said: “…” / X told reporters, “…”
    std::optional<Range> before(const Range& q) const {
        const std::optional<Lead> into = leadInto(q.begin);
        if (!into) return std::nullopt;
        const std::size_t p = into->word;
        const std::string_view lead = into->gap;
        if (endsSentence(lead) || lead.find_first_of(":,") == std::string_view::npos) return std::nullopt;
        for (std::size_t v = p + 1; v-- > 0 && v + 4 > p;) {
            if (words::isSpeechVerb(low(v))) {
                if (v == 0) return std::nullopt;
                if (s_.joinedBySpace(v - 1)) return subject(v - 1, q.begin);
                return clauseSubject(v);
            }
            if (v == 0 || endsSentence(s_.gapBefore(v))) break;
        }
        return std::nullopt;
    }

    // X, who has piloted ships here for 30 years, said: the sentence's first
    // name before the verb that a comma follows.
    std::optional<Range> clauseSubject(std::size_t verb) const {
        std::size_t start = verb;
        while (start > 0 && start + 40 > verb && !s_.startsSentence(start)) --start;
        for (std::size_t w = start; w < verb; ++w)
            if (const Mention* m = mentionAt(w); m && m->lastWord + 1 < verb) {
                if (s_.gapBefore(m->lastWord + 1).find(',') != std::string_view::npos) return m->range();
                w = m->lastWord;
            }
        return std::nullopt;
    }

    // A few words quoted inside the reporter's sentence: X said his side had
    // been ‘too slow’ / X called the strike “deeply disappointing”. The
    // speaker is the sentence's first person before its speech verb.
    std::optional<Range> embedded(const Range& q) const {
        const std::optional<Lead> into = leadInto(q.begin);
        if (!into) return std::nullopt;
        const std::size_t p = into->word;
        const std::string_view lead = into->gap;
        if (!allCodePoints(lead, [](char32_t c) { return isSpace(c); })) return std::nullopt;
        std::size_t start = p;
        while (start > 0 && start + 40 > p && !s_.startsSentence(start)) --start;
        std::optional<std::size_t> verb;
        for (std::size_t w = start; w <= p; ++w)
            if (words::isSpeechVerb(low(w)) || low(w) == "called" || low(w) == "described") {
                verb = w;
                break;
            }
        if (!verb) return std::nullopt;
        if (words::isPronoun(low(start)) && start + 1 == *verb) return resolvePronoun(q.begin);
        for (std::size_t w = start; w < *verb; ++w)
            if (const Mention* m = mentionAt(w); m && m->person) return m->range();
        return std::nullopt;
    }

    const Scan& s_;
    const std::size_t n_;
    const std::vector<Range>& quotes_;
    std::vector<std::size_t> furthestEnd_;  // of quotes_[0..i]
    std::vector<Range> actors_;
    std::vector<Mention> mentions_;
    std::vector<std::uint32_t> persons_;  // in mentions_
};

}  // namespace

std::vector<Mention> findMentions(const Scan& s) {
    std::vector<Mention> out;
    std::unordered_set<std::string> surnames;
    const std::size_t n = s.wordCount();
    auto nameWord = [&](std::size_t i) {
        return i < n && s.isCapitalised(i) && !words::isCapitalisedFunctionWord(s.lower(i)) &&
               !words::isMonth(s.lower(i));
    };
    for (std::size_t i = 0; i < n; ++i) {
        if (!nameWord(i)) continue;
        std::size_t j = i;
        while (j + 1 < n && s.joinedBySpace(j)) {
            if (nameWord(j + 1)) ++j;
            else if (isParticle(s.lower(j + 1)) && j + 2 < n && s.joinedBySpace(j + 1) && nameWord(j + 2)) j += 2;
            else break;
        }
        // Titles inside the run ("Finance Minister Ana Ruiz") and before it
        // in lower case ("chief executive Roger Hale", "Race director Alun Pryce").
        std::size_t nameStart = i;
        for (std::size_t k = i; k <= j; ++k)
            if (words::isTitle(s.lower(k))) nameStart = k + 1;
        std::size_t first = i;
        bool tookTitle = false;
        while (first > 0 && s.joinedBySpace(first - 1) && words::isTitle(s.lower(first - 1)) && !s.isCapitalised(first - 1)) {
            --first;
            tookTitle = true;
        }
        // A lower-case title's own modifiers: "Art crime expert Hendrik Wouters" at a
        // sentence's start, "said union spokeswoman Lucía Navarro" after a speech verb.
        if (tookTitle) {
            std::size_t k = first;
            while (k > 0 && first - k < 2 && s.joinedBySpace(k - 1) && !s.isCapitalised(k - 1) &&
                   !words::endsNounPhrase(s.lower(k - 1)) && !words::isSpeechVerb(s.lower(k - 1)))
                --k;
            if (k < first && k > 0 && s.joinedBySpace(k - 1) && nameWord(k - 1) && s.startsSentence(k - 1)) first = k - 1;
            else if (k < first && k > 0 && words::isSpeechVerb(s.lower(k - 1))) first = k;
        }
        if (tookTitle && first > 0 && s.joinedBySpace(first - 1) && nameWord(first - 1) &&
            (s.startsSentence(first - 1) || words::isTitle(s.lower(first - 1))))
            --first;
        const std::size_t nameWords = nameStart <= j ? j - nameStart + 1 : 0;
        if (nameWords == 0) {
            i = j;
            continue;
        }
        const std::string_view last = s.lower(j);
        bool person = false;
        if (!isInstitution(last)) {
            if (nameWords >= 2 || (nameWords == 1 && (nameStart > i || tookTitle))) {
                person = true;
                surnames.insert(std::string(last));
            } else if (surnames.count(std::string(last))) {
                person = true;
            }
        }
        // A one-word name at the start of a sentence is a name only if it is a known surname.
        if (nameWords == 1 && j == i && s.startsSentence(i) && !person) {
            i = j;
            continue;
        }
        out.push_back({s.word(first).begin, s.word(j).end, static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(j), person});
        i = j;
    }
    out.shrink_to_fit();  // kept through the whole speaker search
    return out;
}

std::vector<Attribution> findSpeakers(const Scan& scan, const std::vector<Range>& quotes, const std::vector<Range>& actors) {
    return SpeakerFinder(scan, quotes, actors).run();
}

}  // namespace spanmark::suggest
