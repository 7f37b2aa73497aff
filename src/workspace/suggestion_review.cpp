#include "workspace/suggestion_review.hpp"

#include <algorithm>
#include <tuple>

#include "core/search.hpp"
#include "formats/document_json.hpp"
#include "suggest/accepted.hpp"
#include "suggest/suggest.hpp"
#include "workspace/layer_curation.hpp"

namespace spanmark::workspace {
namespace {

using suggest::RelationSuggestion;
using suggest::SpanSuggestion;

// More than a few spans in one edit is a bulk action (accept all, label all
// matches): propagating each would bury the person in suggestions.
constexpr std::size_t kMostSpansToPropagate = 3;

void widen(Range& window, Range r) {
    window.begin = std::min(window.begin, r.begin);
    window.end = std::max(window.end, r.end);
}

const Relation* relationOf(const Operation& operation) {
    if (const auto* a = std::get_if<op::AddRelation>(&operation)) return &a->relation;
    if (const auto* r = std::get_if<op::RemoveRelation>(&operation)) return &r->relation;
    return nullptr;
}

}  // namespace

void SuggestionReview::clear() {
    tally_.reset();
    variants_.reset();
    all_ = {};
    spanStates_.clear();
    relationStates_.clear();
    order_.clear();
    current_ = SIZE_MAX;
    longest_ = 0;
    curating_ = false;
}

void SuggestionReview::rebuild(const Document& doc) { adopt(suggest::suggestFor(doc)); }

void SuggestionReview::adopt(suggest::Suggestions suggestions) {
    clear();
    all_ = std::move(suggestions);
    spanStates_.assign(all_.spans.size(), {});
    relationStates_.assign(all_.relations.size(), {});
    for (const SpanSuggestion& s : all_.spans) {
        longest_ = std::max(longest_, s.range.end - s.range.begin);
        if (!s.difference.empty()) curating_ = true;
    }
    rebuildOrder();
}

void SuggestionReview::rebuildOrder() {
    order_.clear();
    order_.reserve(all_.spans.size() + all_.relations.size());
    for (std::size_t i = 0; i < all_.spans.size(); ++i) order_.push_back({false, i});
    for (std::size_t i = 0; i < all_.relations.size(); ++i) order_.push_back({true, i});
    auto key = [&](const Item& it) {
        if (it.relation) {
            const RelationSuggestion& r = all_.relations[it.index];
            return std::make_tuple(r.from.begin, 1, r.from.end);
        }
        const SpanSuggestion& s = all_.spans[it.index];
        return std::make_tuple(s.range.begin, 0, s.range.end);
    };
    std::stable_sort(order_.begin(), order_.end(), [&](const Item& a, const Item& b) { return key(a) < key(b); });
}

bool SuggestionReview::itemOpen(const Item& item) const {
    return item.relation ? relationStates_[item.index].open() : spanStates_[item.index].open();
}

bool SuggestionReview::spanSuggested(Range range, const std::string& label) const {
    auto it = std::lower_bound(all_.spans.begin(), all_.spans.end(), SpanSuggestion{range, label, {}}, suggest::spanOrder);
    return it != all_.spans.end() && samePlace(*it, SpanSuggestion{range, label, {}}) &&
           spanOpen(static_cast<std::size_t>(it - all_.spans.begin()));
}

void SuggestionReview::settleSpans(const Document& doc, Range changed, Range& window) {
    const std::size_t from = changed.begin > longest_ ? changed.begin - longest_ : 0;
    auto it = std::lower_bound(all_.spans.begin(), all_.spans.end(), from,
                               [](const SpanSuggestion& s, std::size_t p) { return s.range.begin < p; });
    std::vector<std::string> differences;
    for (; it != all_.spans.end() && it->range.begin < changed.end; ++it) {
        if (it->range.end <= changed.begin) continue;
        spanStates_[static_cast<std::size_t>(it - all_.spans.begin())].settled = suggest::settledBy(doc, it->range, it->label);
        if (!it->difference.empty()) differences.push_back(it->difference);
    }
    if (differences.empty()) return;
    settleDifferences(doc, differences);
    for (const std::string& d : differences)
        for (std::size_t i : variantsOf(d)) widen(window, all_.spans[i].range);
}

void SuggestionReview::settleDifferences(const Document& doc, const std::vector<std::string>& touched) {
    for (const std::string& d : touched) {
        bool chosen = false;
        for (std::size_t i : variantsOf(d)) {
            const SpanSuggestion& v = all_.spans[i];
            if (doc.annotations.find(v.range.begin, v.range.end, v.label)) chosen = true;
        }
        for (std::size_t i : variantsOf(d))
            spanStates_[i].settled = chosen || suggest::settledBy(doc, all_.spans[i].range, all_.spans[i].label);
    }
}

const std::vector<std::size_t>& SuggestionReview::variantsOf(const std::string& difference) const {
    if (!variants_) {
        variants_.emplace();
        for (std::size_t i = 0; i < all_.spans.size(); ++i)
            if (!all_.spans[i].difference.empty()) (*variants_)[all_.spans[i].difference].push_back(i);
    }
    static const std::vector<std::size_t> none;
    auto it = variants_->find(difference);
    return it == variants_->end() ? none : it->second;
}

void SuggestionReview::settleRelations(const Document& doc, std::optional<Range> window) {
    // An end the person rejected, or replaced by a span of other bounds, takes the speaker with it.
    auto suggested = [&](Range range, const std::string& label) { return spanSuggested(range, label); };
    auto meets = [&](Range r) { return r.begin < window->end && r.end > window->begin; };
    for (std::size_t i = 0; i < all_.relations.size(); ++i)
        if (!window || meets(all_.relations[i].from) || meets(all_.relations[i].to))
            relationStates_[i].settled = suggest::relationSettled(doc, all_.relations[i], suggested);
}

void SuggestionReview::propagate(const Document& doc, const Span& labelled) {
    const std::optional<Place> current = currentPlace();
    bool added = false;
    for (const SpanSuggestion& s : suggest::occurrencesOf(doc, labelled)) {
        auto at = std::lower_bound(all_.spans.begin(), all_.spans.end(), s, suggest::spanOrder);
        const std::size_t index = static_cast<std::size_t>(at - all_.spans.begin());
        if (at != all_.spans.end() && samePlace(*at, s)) {
            spanStates_[index].orphaned = false;  // known already: open again unless rejected
            continue;
        }
        all_.spans.insert(at, s);
        variants_.reset();  // the indices after `at` moved
        spanStates_.insert(spanStates_.begin() + static_cast<std::ptrdiff_t>(index), State{});
        longest_ = std::max(longest_, s.range.end - s.range.begin);
        added = true;
    }
    if (!added) return;
    rebuildOrder();
    findCurrent(current);
}

std::optional<SuggestionReview::Place> SuggestionReview::currentPlace() const {
    if (current_ >= order_.size()) return std::nullopt;
    return Place{order_[current_].relation, itemRange(order_[current_])};
}

// Positions in order_ refer to indices that moved: find the current item again.
void SuggestionReview::findCurrent(const std::optional<Place>& place) {
    current_ = SIZE_MAX;
    if (!place) return;
    for (std::size_t k = 0; k < order_.size(); ++k)
        if (order_[k].relation == place->relation && itemRange(order_[k]) == place->range) {
            current_ = k;
            return;
        }
}

// A string lost its label (deleted, relabelled, or its labelling undone): if
// no span of that label carries the string any more, what was propagated from
// it goes too.
void SuggestionReview::unpropagate(const Document& doc, const Span& unlabelled) {
    const std::string_view surface = doc.text.slice(unlabelled.start, unlabelled.end);
    for (const Range& r : findAll(doc.text, surface, {true, true}))
        if (doc.annotations.find(r.begin, r.end, unlabelled.label)) return;
    for (std::size_t i = 0; i < all_.spans.size(); ++i) {
        const SpanSuggestion& s = all_.spans[i];
        if (s.rule == suggest::rule::propagation && s.label == unlabelled.label &&
            doc.text.slice(s.range.begin, s.range.end) == surface)
            spanStates_[i].orphaned = true;
    }
}

void SuggestionReview::afterEdit(const Document& doc, const Edit& edit, bool undone) {
    tally_.reset();
    if (all_.spans.empty() && all_.relations.empty() && undone) return;
    std::vector<const Span*> labelled, unlabelled;
    bool labelsChanged = false;
    // Where the speaker suggestions may have changed: the edit's spans, the
    // ends of its relations, and the variants of the differences it touched.
    Range window{SIZE_MAX, 0};
    auto touch = [&](Range r) {
        settleSpans(doc, r, window);
        widen(window, r);
    };
    for (const Operation& operation : edit.operations) {
        if (const auto* a = std::get_if<op::AddSpan>(&operation)) {
            touch({a->span.start, a->span.end});
            (undone ? unlabelled : labelled).push_back(&a->span);
        } else if (const auto* r = std::get_if<op::RemoveSpan>(&operation)) {
            touch({r->span.start, r->span.end});
            (undone ? labelled : unlabelled).push_back(&r->span);
        } else if (const auto* c = std::get_if<op::ChangeSpan>(&operation)) {
            touch({c->before.start, c->before.end});
            touch({c->after.start, c->after.end});
            const Span& was = undone ? c->after : c->before;
            const Span& now = undone ? c->before : c->after;
            if (was.label != now.label || was.start != now.start || was.end != now.end) {
                unlabelled.push_back(&was);
                labelled.push_back(&now);
            }
        } else if (const Relation* rel = relationOf(operation)) {
            // An end removed in the same step is in the window by its RemoveSpan.
            for (const std::string* id : {&rel->from, &rel->to})
                if (const Span* end = doc.annotations.span(*id)) widen(window, {end->start, end->end});
        } else if (const auto* m = std::get_if<op::ChangeMeta>(&operation)) {
            followRejections(doc, m->before, m->after, window);
        } else if (std::holds_alternative<op::ChangeLabels>(operation)) {
            labelsChanged = true;
        }
    }
    if (labelsChanged) settleSpans(doc, {0, doc.text.size() + 1}, window);
    // Propagation settles suggestions anywhere in the text: then every speaker is looked at again.
    bool everywhere = labelsChanged;
    if (unlabelled.size() <= kMostSpansToPropagate)
        for (const Span* s : unlabelled) {
            unpropagate(doc, *s);
            everywhere = true;
        }
    if (labelled.size() <= kMostSpansToPropagate && !curating_)
        for (const Span* s : labelled) {
            propagate(doc, *s);
            everywhere = true;
        }
    if (everywhere) settleRelations(doc);
    else if (window.begin < window.end) settleRelations(doc, window);
}

std::size_t SuggestionReview::openCount() const {
    std::size_t n = 0;
    for (const auto& [label, count] : openByLabel()) n += count;
    return n;
}

// Counted once per change, not per call: the side panel asks every frame.
const SuggestionReview::Tally& SuggestionReview::tally() const {
    if (tally_) return *tally_;
    Tally& out = tally_.emplace();
    // Thousands of suggestions share a few labels: one map lookup per run of a label.
    const std::string* label = nullptr;
    std::size_t run = 0;
    for (std::size_t i = 0; i < all_.spans.size(); ++i) {
        if (!spanOpen(i)) continue;
        out.tagged += all_.spans[i].rule == suggest::rule::tagger;
        if (!label || *label != all_.spans[i].label) {
            if (label) out.byLabel[*label] += run;
            label = &all_.spans[i].label;
            run = 0;
        }
        ++run;
    }
    if (label) out.byLabel[*label] += run;
    for (std::size_t i = 0; i < all_.relations.size(); ++i)
        if (relationStates_[i].open()) ++out.byLabel[all_.relations[i].label];
    return out;
}

std::map<std::string, std::size_t> SuggestionReview::openByLabel() const { return tally().byLabel; }

Range SuggestionReview::itemRange(const Item& item) const {
    if (!item.relation) return all_.spans[item.index].range;
    const RelationSuggestion& r = all_.relations[item.index];
    return {std::min(r.from.begin, r.to.begin), std::max(r.from.end, r.to.end)};
}

std::size_t SuggestionReview::itemPosition(const Item& item) const {
    return item.relation ? all_.relations[item.index].from.begin : all_.spans[item.index].range.begin;
}

bool SuggestionReview::step(int direction, std::size_t position) {
    const std::size_t n = order_.size();
    if (n == 0) return false;
    // The cursor to move from: the current item (open, or just closed), or
    // else the gap before the first item at or after `position`.
    std::size_t cursor;
    if (current_ < n) {
        cursor = current_;
    } else {
        const auto at = std::lower_bound(order_.begin(), order_.end(), position,
                                         [&](const Item& it, std::size_t p) { return itemPosition(it) < p; });
        const std::size_t first = static_cast<std::size_t>(at - order_.begin());
        cursor = direction > 0 ? (first + n - 1) % n : first % n;
    }
    for (std::size_t t = 1; t <= n; ++t) {
        const std::size_t k = direction > 0 ? (cursor + t) % n : (cursor + n * t - t) % n;
        if (itemOpen(order_[k])) {
            current_ = k;
            return true;
        }
    }
    current_ = SIZE_MAX;
    return false;
}

bool SuggestionReview::advance() { return hasCurrent() || step(1, 0); }

bool SuggestionReview::selectAt(std::size_t position) {
    // The innermost open suggestion under the position.
    std::size_t best = SIZE_MAX, bestLength = SIZE_MAX;
    for (std::size_t k = 0; k < order_.size(); ++k) {
        const Item& it = order_[k];
        if (it.relation || !itemOpen(it)) continue;
        const Range r = all_.spans[it.index].range;
        if (r.begin > position) break;
        if (position < r.end && r.end - r.begin < bestLength) {
            best = k;
            bestLength = r.end - r.begin;
        }
    }
    if (best == SIZE_MAX) return false;
    current_ = best;
    return true;
}

bool SuggestionReview::hasCurrent() const { return current_ < order_.size() && itemOpen(order_[current_]); }

Range SuggestionReview::currentRange() const { return hasCurrent() ? itemRange(order_[current_]) : Range{}; }

const SpanSuggestion* SuggestionReview::currentSpan() const {
    return hasCurrent() && !order_[current_].relation ? &all_.spans[order_[current_].index] : nullptr;
}

const RelationSuggestion* SuggestionReview::currentRelation() const {
    return hasCurrent() && order_[current_].relation ? &all_.relations[order_[current_].index] : nullptr;
}

std::string SuggestionReview::currentLabel() const {
    if (const SpanSuggestion* s = currentSpan()) return s->label;
    if (const RelationSuggestion* r = currentRelation()) return r->label;
    return {};
}

std::vector<const SpanSuggestion*> SuggestionReview::currentVariants() const {
    std::vector<const SpanSuggestion*> out;
    const SpanSuggestion* s = currentSpan();
    if (!s || s->difference.empty()) return out;
    for (std::size_t i : variantsOf(s->difference))
        if (spanOpen(i)) out.push_back(&all_.spans[i]);
    return out;
}

Edit SuggestionReview::acceptVariant(const Document& doc, std::size_t k) const {
    const auto variants = currentVariants();
    if (k >= variants.size()) return {};
    return suggest::acceptEdit(doc, {*variants[k]}, {}, false, "pick " + variants[k]->label + " in " + variants[k]->difference);
}

std::string SuggestionReview::describeVariants(const Text& text) const {
    const auto variants = currentVariants();
    const bool endsDiffer = std::any_of(variants.begin(), variants.end(),
                                        [&](const SpanSuggestion* v) { return v->range != variants.front()->range; });
    std::string out;
    for (std::size_t k = 0; k < variants.size(); ++k) {
        const SpanSuggestion& v = *variants[k];
        const std::string who = suggest::markNames(v.extraJson, "annotators");
        out += (k ? " \xE2\x80\x94 " : "") + std::to_string(k + 1) + " " + v.label;
        if (endsDiffer) out += " \"" + std::string(text.slice(v.range.begin, std::min(v.range.end, v.range.begin + 40))) + "\"";
        if (!who.empty()) out += " \xC2\xB7 " + who;
        if (&v == currentSpan() && variants.size() > 1) out += " (Enter)";
    }
    return out;
}

Edit SuggestionReview::acceptCurrent(const Document& doc) const {
    if (const SpanSuggestion* s = currentSpan())
        return suggest::acceptEdit(doc, {*s}, {}, false, "accept suggested " + s->label);
    if (const RelationSuggestion* r = currentRelation())
        return suggest::acceptEdit(doc, {}, {*r}, false, "accept suggested " + r->label);
    return {};
}

Edit SuggestionReview::acceptAll(const Document& doc, const std::string& label) const {
    std::vector<SpanSuggestion> spans;
    std::vector<RelationSuggestion> relations;
    for (std::size_t i = 0; i < all_.spans.size(); ++i)
        if (spanOpen(i) && all_.spans[i].label == label) spans.push_back(all_.spans[i]);
    for (std::size_t i = 0; i < all_.relations.size(); ++i)
        if (relationStates_[i].open() && all_.relations[i].label == label) relations.push_back(all_.relations[i]);
    // Two suggestions of one label may overlap (a propagated name inside a
    // longer one): the first wins, as the file allows both but a person would not.
    std::vector<SpanSuggestion> kept;
    for (const SpanSuggestion& s : spans)
        if (kept.empty() || kept.back().range.end <= s.range.begin) kept.push_back(s);
    return suggest::acceptEdit(doc, kept, relations, false, "accept all suggested " + label);
}

Edit SuggestionReview::rejectionEdit(const Document& doc) const {
    const SpanSuggestion* s = currentSpan();
    if (!s || s->difference.empty()) return {};
    std::vector<std::string> rejected = formats::metaList(doc.metaJson, "rejected");
    const std::size_t before = rejected.size();
    for (std::size_t i : variantsOf(s->difference)) {
        const SpanSuggestion& v = all_.spans[i];
        std::string key = rejectedKey(v.range.begin, v.range.end, v.label);
        if (std::find(rejected.begin(), rejected.end(), key) == rejected.end()) rejected.push_back(std::move(key));
    }
    if (rejected.size() == before) return {};
    return Edit{"reject " + s->difference, {op::ChangeMeta{doc.metaJson, formats::metaWithList(doc.metaJson, "rejected", rejected)}}};
}

void SuggestionReview::followRejections(const Document& doc, const std::string& before, const std::string& after,
                                        Range& window) {
    const std::vector<std::string> was = formats::metaList(before, "rejected");
    const std::vector<std::string> now = formats::metaList(after, "rejected");
    if (was == now) return;
    const std::vector<std::string> current = formats::metaList(doc.metaJson, "rejected");
    std::vector<std::string> changed;
    for (const std::string& k : was)
        if (std::find(now.begin(), now.end(), k) == now.end()) changed.push_back(k);
    for (const std::string& k : now)
        if (std::find(was.begin(), was.end(), k) == was.end()) changed.push_back(k);
    for (const std::string& key : changed) {
        const auto v = parseRejectedKey(key);
        if (!v) continue;
        const SpanSuggestion probe{{v->start, v->end}, v->label, {}};
        auto it = std::lower_bound(all_.spans.begin(), all_.spans.end(), probe, suggest::spanOrder);
        if (it == all_.spans.end() || !samePlace(*it, probe)) continue;
        spanStates_[static_cast<std::size_t>(it - all_.spans.begin())].rejected =
            std::find(current.begin(), current.end(), key) != current.end();
        widen(window, it->range);
    }
}

void SuggestionReview::rejectCurrent() {
    if (!hasCurrent()) return;
    tally_.reset();
    const Item item = order_[current_];
    (item.relation ? relationStates_[item.index] : spanStates_[item.index]).rejected = true;
    if (item.relation) return;
    // A difference is rejected whole: none of its variants goes into the document.
    std::vector<std::size_t> gone = {item.index};
    if (const std::string& d = all_.spans[item.index].difference; !d.empty())
        for (std::size_t i : variantsOf(d))
            if (!spanStates_[i].rejected) {
                spanStates_[i].rejected = true;
                gone.push_back(i);
            }
    // A rejected quote or actor takes the speaker suggestions that need it.
    for (std::size_t g : gone) {
        const SpanSuggestion& s = all_.spans[g];
        for (std::size_t i = 0; i < all_.relations.size(); ++i) {
            const RelationSuggestion& r = all_.relations[i];
            if ((r.from == s.range && r.fromLabel == s.label) || (r.to == s.range && r.toLabel == s.label))
                relationStates_[i].settled = true;
        }
    }
}

void SuggestionReview::forEachOpen(std::size_t begin, std::size_t end,
                                   const std::function<void(const SpanSuggestion&, bool)>& visit) const {
    const std::size_t from = begin > longest_ ? begin - longest_ : 0;
    auto it = std::lower_bound(all_.spans.begin(), all_.spans.end(), from,
                               [](const SpanSuggestion& s, std::size_t p) { return s.range.begin < p; });
    const SpanSuggestion* current = currentSpan();
    for (; it != all_.spans.end() && it->range.begin < end; ++it) {
        if (it->range.end <= begin || !spanOpen(static_cast<std::size_t>(it - all_.spans.begin()))) continue;
        visit(*it, &*it == current);
    }
}

}  // namespace spanmark::workspace
