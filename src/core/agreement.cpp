#include "core/agreement.hpp"

#include <set>
#include <tuple>
#include <vector>

namespace spanmark {
namespace {

using Key = std::tuple<std::size_t, std::size_t, std::string>;

Counts total(const std::map<std::string, Counts>& m) {
    Counts c;
    for (const auto& [label, counts] : m) c += counts;
    return c;
}

std::vector<const Span*> ofLabel(const Document& d, const std::string& label) {
    std::vector<const Span*> out;
    d.annotations.forEachSpan([&](const Span& s) {
        if (s.label == label) out.push_back(&s);
    });
    return out;
}

}  // namespace

Counts Agreement::exactTotal() const { return total(exact); }
Counts Agreement::overlapTotal() const { return total(overlap); }
Counts Agreement::relationTotal() const { return total(relations); }

Agreement& Agreement::operator+=(const Agreement& o) {
    for (const auto& [l, c] : o.exact) exact[l] += c;
    for (const auto& [l, c] : o.overlap) overlap[l] += c;
    for (const auto& [l, c] : o.relations) relations[l] += c;
    for (const auto& [l, c] : o.attribution) {
        attribution[l].judged += c.judged;
        attribution[l].correct += c.correct;
    }
    documents += o.documents;
    return *this;
}

Agreement compare(const Document& a, const Document& b) {
    Agreement result;
    result.documents = 1;
    std::set<std::string> labels;
    a.annotations.forEachSpan([&](const Span& s) { labels.insert(s.label); });
    b.annotations.forEachSpan([&](const Span& s) { labels.insert(s.label); });
    for (const std::string& label : labels) {
        const auto sa = ofLabel(a, label), sb = ofLabel(b, label);
        Counts exact;
        for (const Span* x : sa) (b.annotations.find(x->start, x->end, label) ? exact.matched : exact.onlyA)++;
        exact.onlyB = sb.size() - exact.matched;
        result.exact[label] = exact;
        // Overlap: pair each A span with the first unpaired B span of its label it shares a character with.
        Counts overlap;
        std::set<std::string> used;
        for (const Span* x : sa) {
            bool paired = false;
            b.annotations.forEachIntersecting(x->start, x->end, [&](const Span& y) {
                if (!paired && y.label == label && !used.count(y.id)) {
                    used.insert(y.id);
                    paired = true;
                }
            });
            (paired ? overlap.matched : overlap.onlyA)++;
        }
        overlap.onlyB = sb.size() - overlap.matched;
        result.overlap[label] = overlap;
    }
    // Relations match when their label and both ends' bounds and labels match.
    auto keys = [](const Document& d) {
        std::multiset<std::tuple<std::string, Key, Key>> out;
        d.annotations.forEachRelation([&](const Relation& r) {
            const Span* f = d.annotations.span(r.from);
            const Span* t = d.annotations.span(r.to);
            if (f && t) out.insert({r.label, Key{f->start, f->end, f->label}, Key{t->start, t->end, t->label}});
        });
        return out;
    };
    auto ra = keys(a), rb = keys(b);
    for (const auto& k : ra) {
        auto it = rb.find(k);
        Counts& c = result.relations[std::get<0>(k)];
        if (it != rb.end()) {
            ++c.matched;
            rb.erase(it);
        } else {
            ++c.onlyA;
        }
    }
    for (const auto& k : rb) ++result.relations[std::get<0>(k)].onlyB;
    a.annotations.forEachRelation([&](const Relation& r) {
        const Span* from = a.annotations.span(r.from);
        const Span* to = a.annotations.span(r.to);
        if (!from || !to) return;
        const Span* other = b.annotations.find(from->start, from->end, from->label);
        if (!other) return;
        bool given = false, same = false;
        for (const Relation* x : b.annotations.relationsOf(other->id)) {
            if (x->label != r.label || x->from != other->id) continue;
            given = true;
            const Span* target = b.annotations.span(x->to);
            same = same || (target && target->start == to->start && target->end == to->end && target->label == to->label);
        }
        if (!given) return;
        Attribution& at = result.attribution[r.label];
        ++at.judged;
        if (same) ++at.correct;
    });
    return result;
}

}  // namespace spanmark
