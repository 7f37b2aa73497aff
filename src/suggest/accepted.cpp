#include "suggest/accepted.hpp"

#include <algorithm>
#include <unordered_map>

namespace spanmark::suggest {
std::string suggestedMark(const std::string& rule) { return "{\"suggested\": \"" + rule + "\"}"; }

Result<Accepted> acceptAll(const Document& doc, Suggestions&& found) {
    Accepted out;
    out.spans = std::move(found.spans);
    // A relation brings its quote and actor with it when they are not spans yet.
    out.spans.reserve(out.spans.size() + 2 * found.relations.size());
    for (const RelationSuggestion& r : found.relations) {
        out.spans.push_back({r.from, r.fromLabel, r.rule});
        out.spans.push_back({r.to, r.toLabel, r.rule});
    }
    std::erase_if(out.spans, [&](const SpanSuggestion& s) { return doc.annotations.find(s.range.begin, s.range.end, s.label); });
    std::stable_sort(out.spans.begin(), out.spans.end(), spanOrder);
    out.spans.erase(std::unique(out.spans.begin(), out.spans.end(), samePlace), out.spans.end());
    out.spans.shrink_to_fit();

    std::unordered_map<std::string, const Label*> labels;
    for (const Label& l : doc.labels) labels.emplace(l.name, &l);
    for (const SpanSuggestion& s : out.spans) {
        auto l = labels.find(s.label);
        if (l == labels.end() || l->second->kind != LabelKind::Span)
            return Error{"label " + s.label, "the rules suggest " + s.label + " spans, which this document's label set has no span label for"};
    }
    out.firstSpanNumber = doc.annotations.nextSpanNumber();
    auto idOf = [&](Range range, const std::string& label) {
        if (const Span* s = doc.annotations.find(range.begin, range.end, label)) return s->id;
        const SpanSuggestion key{range, label, {}};
        auto at = std::lower_bound(out.spans.begin(), out.spans.end(), key, spanOrder);
        return "s" + std::to_string(out.firstSpanNumber + static_cast<std::size_t>(at - out.spans.begin()));
    };
    const std::string next = doc.nextRelationId();
    out.firstRelationNumber = std::stoul(next.substr(1));
    for (const RelationSuggestion& r : found.relations) {
        auto l = labels.find(r.label);
        if (l == labels.end() || l->second->kind != LabelKind::Relation || !relationAllows(*l->second, r.fromLabel, r.toLabel))
            return Error{"label " + r.label, "the rules suggest " + r.label + " from " + r.fromLabel + " to " + r.toLabel +
                                                 ", which this document's label set does not allow"};
        Accepted::Link link{r.label, idOf(r.from, r.fromLabel), idOf(r.to, r.toLabel), r.rule};
        if (!doc.annotations.hasRelation(link.label, link.from, link.to)) out.relations.push_back(std::move(link));
    }
    found.relations = {};  // the links hold what is needed; a 20 MB text has 175,000 of them
    return out;
}

}  // namespace spanmark::suggest
