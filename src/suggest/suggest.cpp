#include "suggest/suggest.hpp"
#include "suggest/tagger.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "core/search.hpp"
#include "core/unicode.hpp"
#include "core/utf8.hpp"
#include "suggest/accepted.hpp"
#include "suggest/figures.hpp"
#include "suggest/propagation.hpp"
#include "suggest/quotes.hpp"
#include "suggest/scan.hpp"
#include "suggest/speakers.hpp"
#include "suggest/word_lists.hpp"

namespace spanmark::suggest {
namespace {

bool spanLabel(const Document& doc, const std::string& name) {
    const Label* l = findLabel(doc.labels, name);
    return l && l->kind == LabelKind::Span;
}

std::vector<Range> rangesOf(const Document& doc, const std::string& label) {
    std::vector<Range> out;
    doc.annotations.forEachSpan([&](const Span& s) {
        if (s.label == label) out.push_back({s.start, s.end});
    });
    return out;
}

}  // namespace

bool settledBy(const Document& doc, Range r, const std::string& label) {
    bool settled = false;
    doc.annotations.forEachIntersecting(r.begin, r.end, [&](const Span& s) {
        if (s.label != label) return;
        const bool inside = s.start > r.begin && s.end < r.end;
        const bool around = s.start < r.begin && s.end > r.end;
        settled = settled || !(inside || around);
    });
    return settled;
}

bool relationSettled(const Document& doc, const RelationSuggestion& r,
                     const std::function<bool(Range, const std::string&)>& suggested) {
    if (const Span* quote = doc.annotations.find(r.from.begin, r.from.end, r.fromLabel))
        for (const Relation* x : doc.annotations.relationsOf(quote->id))
            if (x->label == r.label && x->from == quote->id) return true;
    auto present = [&](Range range, const std::string& label) {
        return doc.annotations.find(range.begin, range.end, label) || suggested(range, label);
    };
    return !present(r.from, r.fromLabel) || !present(r.to, r.toLabel);
}

std::vector<SpanSuggestion> occurrencesOf(const Document& doc, const Span& labelled) {
    std::vector<SpanSuggestion> out;
    if (labelled.end - labelled.start < 2) return out;
    const Text& text = doc.text;
    auto capital = [&](std::size_t i) { return foldCase(text.at(i)) != text.at(i); };
    // Word before / after, across one space: capitalised means a longer name.
    auto nameGoesOn = [&](Range r) {
        if (!capital(r.begin)) return false;
        // Only a word right before the space: "Seca. Vila" is two sentences, not one name.
        if (r.begin >= 2 && text.at(r.begin - 1) == U' ' && unicode::isWordCharacter(text.at(r.begin - 2))) {
            const std::size_t before = previousWordStart(text, r.begin - 1);
            std::string word;
            for (std::size_t k = before; k + 1 < r.begin; ++k) utf8::append(word, foldCase(text.at(k)));
            if (capital(before) && !words::isCapitalisedFunctionWord(word)) return true;
        }
        return r.end + 1 < text.size() && text.at(r.end) == U' ' && capital(r.end + 1);
    };
    for (const Range& r : findAll(text, text.slice(labelled.start, labelled.end), {true, true})) {
        if (r == Range{labelled.start, labelled.end} || nameGoesOn(r) || settledBy(doc, r, labelled.label)) continue;
        out.push_back({r, labelled.label, rule::propagation});
    }
    return out;
}

TargetLabels targetLabels(const Document& doc) {
    TargetLabels t;
    if (spanLabel(doc, "FIGURE")) t.figure = "FIGURE";
    if (spanLabel(doc, "QUOTE")) t.quote = "QUOTE";
    if (spanLabel(doc, "ACTOR")) t.actor = "ACTOR";
    if (!t.quote.empty() && !t.actor.empty()) {
        for (const Label& l : doc.labels) {
            if (l.kind != LabelKind::Relation) continue;
            if (relationAllows(l, t.quote, t.actor)) {
                t.speaker = l.name;
                break;
            }
        }
    }
    return t;
}

Run::Run(const Options& options) : options_(options) {}
Run::~Run() = default;
Run::Run(Run&&) noexcept = default;
Run& Run::operator=(Run&&) noexcept = default;

bool Run::step(const Document& doc) {
    if (scan_) scan_->attach(doc.text);
    switch (phase_++) {
    case 0:
        labels_ = targetLabels(doc);
        scan_ = std::make_unique<Scan>(doc.text);
        return false;
    case 1:
        if (options_.figures && !labels_.figure.empty()) figures_ = findFigures(*scan_);
        return false;
    case 2: {
        std::vector<Range> quotes;  // found and already marked, for the speakers
        if (!labels_.quote.empty()) {
            if (options_.quotes) foundQuotes_ = findQuotes(*scan_);
            quotes = foundQuotes_;
            for (const Range& r : rangesOf(doc, labels_.quote)) quotes.push_back(r);
            std::sort(quotes.begin(), quotes.end(), [](const Range& a, const Range& b) {
                return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
            });
            quotes.erase(std::unique(quotes.begin(), quotes.end()), quotes.end());
        }
        if (options_.speakers && !labels_.speaker.empty()) attributions_ = findSpeakers(*scan_, quotes, rangesOf(doc, labels_.actor));
        return false;
    }
    default: {
        std::vector<SpanSuggestion> propagated;
        if (options_.propagation) propagated = propagate(*scan_, doc);
        scan_.reset();
        // In the order the rules ran: of equal suggestions the first is kept (sortSpans).
        out_.spans.reserve(figures_.size() + foundQuotes_.size() + attributions_.size() + propagated.size());
        for (const Range& r : figures_) out_.spans.push_back({r, labels_.figure, rule::figure});
        for (const Range& r : foundQuotes_) out_.spans.push_back({r, labels_.quote, rule::quote});
        out_.relations.reserve(attributions_.size());
        for (const Attribution& a : attributions_) {
            out_.spans.push_back({a.actor, labels_.actor, rule::speaker});
            out_.relations.push_back({labels_.speaker, a.quote, labels_.quote, a.actor, labels_.actor, rule::speaker});
        }
        for (SpanSuggestion& s : propagated) out_.spans.push_back(std::move(s));
        figures_ = {};
        foundQuotes_ = {};
        attributions_ = {};
        sortSpans(out_.spans);
        dropSettled(out_, doc);
        return true;
    }
    }
}

Suggestions suggestFor(const Document& doc, const Options& options) {
    Run run(options);
    while (!run.step(doc)) {
    }
    return run.take();
}

void dropSettled(Suggestions& suggestions, const Document& doc) {
    auto& spans = suggestions.spans;
    // A rule's span wins over a propagated one of its label that overlaps
    // it; of two propagated strings that overlap, the first. Sorted by
    // start, an overlap is a start before the furthest end kept so far.
    // Kept in place (no second vector: a 20 MB text has hundreds of thousands of suggestions).
    std::map<std::string, std::size_t> furthestEnd;
    std::size_t kept = 0;
    for (SpanSuggestion& s : spans) {
        if (doc.annotations.find(s.range.begin, s.range.end, s.label) || settledBy(doc, s.range, s.label)) continue;
        std::size_t& end = furthestEnd[s.label];
        if (s.rule == rule::propagation && end > s.range.begin) continue;
        end = std::max(end, s.range.end);
        if (&spans[kept] != &s) spans[kept] = std::move(s);
        ++kept;
    }
    spans.erase(spans.begin() + static_cast<long>(kept), spans.end());
    auto& relations = suggestions.relations;
    relations.erase(std::remove_if(relations.begin(), relations.end(),
                                   [&](const RelationSuggestion& r) {
                                       return relationSettled(doc, r, [&](Range range, const std::string& label) {
                                           return std::binary_search(spans.begin(), spans.end(),
                                                                     SpanSuggestion{range, label, {}}, spanOrder);
                                       });
                                   }),
                    relations.end());
}

void mergeInto(Suggestions& into, Suggestions more, const Document& doc) {
    for (SpanSuggestion& s : more.spans) into.spans.push_back(std::move(s));
    for (RelationSuggestion& r : more.relations) into.relations.push_back(std::move(r));
    sortSpans(into.spans);
    std::stable_sort(into.relations.begin(), into.relations.end(), [](const RelationSuggestion& a, const RelationSuggestion& b) {
        return std::tie(a.from.begin, a.from.end, a.to.begin, a.to.end, a.label) <
               std::tie(b.from.begin, b.from.end, b.to.begin, b.to.end, b.label);
    });
    into.relations.erase(std::unique(into.relations.begin(), into.relations.end()), into.relations.end());
    dropSettled(into, doc);
}

void addTagged(Suggestions& into, const std::vector<TaggedSpan>& tagged, const Document& doc, double threshold) {
    std::vector<SpanSuggestion> kept;
    // The suggestions are sorted by start: those that overlap one start before it ends, and
    // no earlier than the longest suggestion of its label before it.
    std::map<std::string, std::size_t> longest;
    for (const SpanSuggestion& s : into.spans) longest[s.label] = std::max(longest[s.label], s.range.end - s.range.begin);
    for (const TaggedSpan& t : tagged) {
        if (t.confidence < threshold || settledBy(doc, t.span.range, t.span.label)) continue;
        const std::size_t reach = longest.count(t.span.label) ? longest[t.span.label] : 0;
        auto it = std::lower_bound(into.spans.begin(), into.spans.end(), t.span.range.end,
                                   [](const SpanSuggestion& s, std::size_t end) { return s.range.begin < end; });
        bool overlaps = false;
        while (it != into.spans.begin() && !overlaps) {
            --it;
            if (it->range.begin + reach <= t.span.range.begin) break;
            overlaps = it->label == t.span.label && it->range.end > t.span.range.begin;
        }
        if (overlaps) continue;
        kept.push_back(t.span);
        kept.back().confidence = static_cast<float>(t.confidence);
        kept.back().extraJson = confidenceMark(t.confidence);
    }
    for (SpanSuggestion& s : kept) into.spans.push_back(std::move(s));
    sortSpans(into.spans);
}

namespace {

// The rule a file's "suggested" key names, or empty when it has none.
std::string suggestedRule(const std::string& extraJson) {
    if (extraJson.find("\"suggested\"") == std::string::npos) return {};
    const std::string rule = markString(extraJson, "suggested");
    return rule.empty() ? std::string("file") : rule;
}

}  // namespace

Marked takeMarked(const Document& doc) {
    Marked out;
    out.removal.description = "turn marked suggestions into suggestions";
    std::set<std::string> kept;  // marked spans a hand-made relation points to
    doc.annotations.forEachRelation([&](const Relation& r) {
        if (!suggestedRule(r.extraJson).empty()) return;
        kept.insert(r.from);
        kept.insert(r.to);
    });
    doc.annotations.forEachRelation([&](const Relation& r) {
        const std::string rule = suggestedRule(r.extraJson);
        const Span* from = doc.annotations.span(r.from);
        const Span* to = doc.annotations.span(r.to);
        if (rule.empty() || !from || !to) return;
        out.suggestions.relations.push_back({r.label, {from->start, from->end}, from->label, {to->start, to->end}, to->label, rule});
        out.removal.operations.push_back(op::RemoveRelation{r});
    });
    doc.annotations.forEachSpan([&](const Span& s) {
        const std::string rule = suggestedRule(s.extraJson);
        if (rule.empty() || kept.count(s.id)) return;
        out.suggestions.spans.push_back({{s.start, s.end}, s.label, rule,
                                         withoutMark(withoutMark(withoutMark(s.extraJson, "suggested"), "difference"), "confidence"),
                                         markString(s.extraJson, "difference")});
        if (auto confidence = markNumber(s.extraJson, "confidence"))
            out.suggestions.spans.back().confidence = static_cast<float>(std::clamp(*confidence, 0.0, 1.0));
        out.removal.operations.push_back(op::RemoveSpan{s});
    });
    return out;
}

Edit acceptEdit(const Document& doc, const std::vector<SpanSuggestion>& spans,
                const std::vector<RelationSuggestion>& relations, bool mark, std::string description) {
    Edit edit{std::move(description), {}};
    std::size_t spanNumber = doc.annotations.nextSpanNumber();
    std::map<std::tuple<std::size_t, std::size_t, std::string>, std::string> added;
    auto idOf = [&](Range range, const std::string& label, const std::string& rule, const std::string& extra,
                    const std::string& difference) -> std::string {
        if (const Span* s = doc.annotations.find(range.begin, range.end, label)) return s->id;
        auto [at, isNew] = added.try_emplace({range.begin, range.end, label});
        if (!isNew) return at->second;
        Span s;
        s.id = "s" + std::to_string(spanNumber++);
        s.start = range.begin;
        s.end = range.end;
        s.label = label;
        s.extraJson = mark ? suggestedMark(rule, difference, extra) : extra;
        at->second = s.id;
        edit.operations.push_back(op::AddSpan{std::move(s)});
        return at->second;
    };
    for (const SpanSuggestion& s : spans) idOf(s.range, s.label, s.rule, s.extraJson, s.difference);
    std::string relationId = doc.nextRelationId();
    std::size_t relationNumber = std::stoul(relationId.substr(1));
    for (const RelationSuggestion& r : relations) {
        const std::string from = idOf(r.from, r.fromLabel, r.rule, {}, {});
        const std::string to = idOf(r.to, r.toLabel, r.rule, {}, {});
        if (doc.annotations.hasRelation(r.label, from, to)) continue;
        Relation rel{"r" + std::to_string(relationNumber++), r.label, from, to, {}};
        if (mark) rel.extraJson = suggestedMark(r.rule);
        edit.operations.push_back(op::AddRelation{std::move(rel)});
    }
    return edit;
}

}  // namespace spanmark::suggest
