#include "suggest/suggest.hpp"

#include <algorithm>
#include <tuple>

#include "core/search.hpp"
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


bool hasRelationFrom(const Document& doc, const Span& from, const std::string& label) {
    for (const Relation* r : doc.annotations.relationsOf(from.id))
        if (r->label == label && r->from == from.id) return true;
    return false;
}

bool spanLess(const SpanSuggestion& a, const SpanSuggestion& b) {
    return std::tie(a.range.begin, a.range.end, a.label) < std::tie(b.range.begin, b.range.end, b.label);
}

std::vector<Range> rangesOf(const Document& doc, const std::string& label) {
    std::vector<Range> out;
    doc.annotations.forEachSpan([&](const Span& s) {
        if (s.label == label) out.push_back({s.start, s.end});
    });
    return out;
}

std::string withSuggested(const std::string& extraJson, const std::string& rule) {
    const std::string key = "\"suggested\": \"" + rule + "\"";
    if (extraJson.empty() || extraJson == "{}") return "{" + key + "}";
    return extraJson.substr(0, extraJson.rfind('}')) + ", " + key + "}";
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

std::vector<SpanSuggestion> occurrencesOf(const Document& doc, const Span& labelled) {
    std::vector<SpanSuggestion> out;
    if (labelled.end - labelled.start < 2) return out;
    const Text& text = doc.text;
    auto capital = [&](std::size_t i) { return foldCase(text.at(i)) != text.at(i); };
    // Word before / after, across one space: capitalised means a longer name.
    auto nameGoesOn = [&](Range r) {
        if (!capital(r.begin)) return false;
        if (r.begin >= 2 && text.at(r.begin - 1) == U' ') {
            const std::size_t before = previousWordStart(text, r.begin - 1);
            std::u32string word;
            for (std::size_t k = before; k + 1 < r.begin; ++k) word += foldCase(text.at(k));
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
            if (std::find(l.from.begin(), l.from.end(), t.quote) != l.from.end() &&
                std::find(l.to.begin(), l.to.end(), t.actor) != l.to.end()) {
                t.speaker = l.name;
                break;
            }
        }
    }
    return t;
}

Suggestions suggestFor(const Document& doc, const Options& options) {
    const TargetLabels labels = targetLabels(doc);
    const Scan scan(doc.text);
    Suggestions out;
    if (options.figures && !labels.figure.empty())
        for (const Range& r : findFigures(scan)) out.spans.push_back({r, labels.figure, rule::figure});
    std::vector<Range> quotes;
    if (!labels.quote.empty()) {
        if (options.quotes)
            for (const Range& r : findQuotes(scan)) {
                out.spans.push_back({r, labels.quote, rule::quote});
                quotes.push_back(r);
            }
        for (const Range& r : rangesOf(doc, labels.quote)) quotes.push_back(r);
        std::sort(quotes.begin(), quotes.end(), [](const Range& a, const Range& b) {
            return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
        });
        quotes.erase(std::unique(quotes.begin(), quotes.end()), quotes.end());
    }
    if (options.speakers && !labels.speaker.empty()) {
        for (const Attribution& a : findSpeakers(scan, quotes, rangesOf(doc, labels.actor))) {
            out.spans.push_back({a.actor, labels.actor, rule::speaker});
            out.relations.push_back({labels.speaker, a.quote, labels.quote, a.actor, labels.actor, rule::speaker});
        }
    }
    if (options.propagation)
        for (SpanSuggestion& s : propagate(scan, doc)) out.spans.push_back(std::move(s));

    // One suggestion per place and label; the rules' own before propagation's.
    std::stable_sort(out.spans.begin(), out.spans.end(), spanLess);
    out.spans.erase(std::unique(out.spans.begin(), out.spans.end(),
                                [](const SpanSuggestion& a, const SpanSuggestion& b) {
                                    return a.range == b.range && a.label == b.label;
                                }),
                    out.spans.end());
    // Relations' actor ends must be suggested or existing; drop what is settled.
    dropSettled(out, doc);
    return out;
}

void dropSettled(Suggestions& suggestions, const Document& doc) {
    auto& spans = suggestions.spans;
    // A rule's span that overlaps another suggestion of its label from
    // propagation wins; two propagated strings that overlap keep the longer.
    std::vector<SpanSuggestion> kept;
    kept.reserve(spans.size());
    for (SpanSuggestion& s : spans) {
        if (settledBy(doc, s.range, s.label)) continue;
        if (s.rule == rule::propagation) {
            const bool shadowed = std::any_of(kept.rbegin(), kept.rend(), [&](const SpanSuggestion& k) {
                return k.label == s.label && k.range.end > s.range.begin && k.range.begin < s.range.end;
            });
            if (shadowed) continue;
        }
        kept.push_back(std::move(s));
    }
    spans = std::move(kept);
    auto& relations = suggestions.relations;
    relations.erase(std::remove_if(relations.begin(), relations.end(),
                                   [&](const RelationSuggestion& r) {
                                       const Span* from = doc.annotations.find(r.from.begin, r.from.end, r.fromLabel);
                                       if (from && hasRelationFrom(doc, *from, r.label)) return true;
                                       // An end that is neither a span nor a suggestion any more: rejected.
                                       auto present = [&](Range range, const std::string& label) {
                                           return doc.annotations.find(range.begin, range.end, label) ||
                                                  std::binary_search(spans.begin(), spans.end(),
                                                                     SpanSuggestion{range, label, {}}, spanLess);
                                       };
                                       return !present(r.from, r.fromLabel) || !present(r.to, r.toLabel);
                                   }),
                    relations.end());
}

Edit acceptEdit(const Document& doc, const std::vector<SpanSuggestion>& spans,
                const std::vector<RelationSuggestion>& relations, bool mark, std::string description) {
    Edit edit{std::move(description), {}};
    std::size_t spanNumber = doc.annotations.nextSpanNumber();
    std::vector<Span> added;
    auto idOf = [&](Range range, const std::string& label, const std::string& rule) -> std::string {
        if (const Span* s = doc.annotations.find(range.begin, range.end, label)) return s->id;
        for (const Span& s : added)
            if (s.start == range.begin && s.end == range.end && s.label == label) return s.id;
        Span s;
        s.id = "s" + std::to_string(spanNumber++);
        s.start = range.begin;
        s.end = range.end;
        s.label = label;
        if (mark) s.extraJson = withSuggested({}, rule);
        added.push_back(s);
        edit.operations.push_back(op::AddSpan{std::move(s)});
        return added.back().id;
    };
    for (const SpanSuggestion& s : spans) idOf(s.range, s.label, s.rule);
    std::string relationId = doc.nextRelationId();
    std::size_t relationNumber = std::stoul(relationId.substr(1));
    for (const RelationSuggestion& r : relations) {
        const std::string from = idOf(r.from, r.fromLabel, r.rule);
        const std::string to = idOf(r.to, r.toLabel, r.rule);
        bool exists = false;
        for (const Relation* old : doc.annotations.relationsOf(from))
            exists = exists || (old->label == r.label && old->from == from && old->to == to);
        if (exists) continue;
        Relation rel{"r" + std::to_string(relationNumber++), r.label, from, to, {}};
        if (mark) rel.extraJson = withSuggested({}, r.rule);
        edit.operations.push_back(op::AddRelation{std::move(rel)});
    }
    return edit;
}

}  // namespace spanmark::suggest
