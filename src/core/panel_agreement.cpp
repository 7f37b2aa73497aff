#include "core/panel_agreement.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <set>

#include "core/reliability.hpp"
#include "core/unitizing_alpha.hpp"

namespace spanmark {
namespace {

constexpr double kUndefined = std::numeric_limits<double>::quiet_NaN();

struct Pair {
    std::size_t a, b;
};

std::vector<Pair> pairsOf(std::size_t n) {
    std::vector<Pair> out;
    for (std::size_t a = 0; a < n; ++a)
        for (std::size_t b = a + 1; b < n; ++b) out.push_back({a, b});
    return out;
}

double mean(const std::vector<double>& values) {
    if (values.empty()) return kUndefined;
    double sum = 0;
    for (double v : values) sum += v;
    return sum / static_cast<double>(values.size());
}

using Words = std::vector<std::pair<std::size_t, std::size_t>>;

// Each word's IOB tag from one document's spans, in a pass per label: for
// every label (index l) together, 0 for O, 1 + 2l for B-label, 2 + 2l for
// I-label, into `all`; for label l alone, 0, 1, 2 into `alone[l]`. A word in
// several spans takes the outermost, as core/reliability's iobTags.
void tagWords(const Document& doc, const Words& words, const std::vector<std::string>& labels, std::vector<int>& all,
              std::vector<std::vector<int>>& alone) {
    std::vector<std::pair<const Span*, std::size_t>> spans;  // with its label's index
    doc.annotations.forEachSpan([&](const Span& s) {
        const auto at = std::lower_bound(labels.begin(), labels.end(), s.label);
        spans.emplace_back(&s, static_cast<std::size_t>(at - labels.begin()));
    });
    std::sort(spans.begin(), spans.end(), [](const auto& x, const auto& y) {
        const Span* a = x.first;
        const Span* b = y.first;
        if (a->start != b->start) return a->start < b->start;
        if (a->end != b->end) return a->end > b->end;
        return a->label < b->label;
    });
    // Sweeps spans sorted as above over the words: the tag of each word for
    // the spans `keep` accepts, into out (B and I numbered by `numberOf`).
    auto sweep = [&](auto keep, auto numberOf, std::vector<int>& out) {
        out.assign(words.size(), 0);
        std::size_t first = 0;
        std::vector<std::size_t> kept;
        for (std::size_t i = 0; i < spans.size(); ++i)
            if (keep(spans[i].second)) kept.push_back(i);
        for (std::size_t w = 0; w < words.size(); ++w) {
            const auto [begin, end] = words[w];
            while (first < kept.size() && spans[kept[first]].first->end <= begin) ++first;
            for (std::size_t i = first; i < kept.size() && spans[kept[i]].first->start < end; ++i)
                if (spans[kept[i]].first->end > begin) {
                    const auto& [outer, label] = spans[kept[i]];
                    out[w] = numberOf(label, outer->start >= begin);
                    break;
                }
        }
    };
    sweep([](std::size_t) { return true; },
          [](std::size_t l, bool begins) { return static_cast<int>(begins ? 1 + 2 * l : 2 + 2 * l); }, all);
    alone.resize(labels.size());
    for (std::size_t l = 0; l < labels.size(); ++l)
        sweep([l](std::size_t label) { return label == l; }, [](std::size_t, bool begins) { return begins ? 1 : 2; }, alone[l]);
}

// αu over documents laid end to end on one continuum. One document: over the
// annotators who made it. Several: over the documents every annotator made
// (the measure wants each one to have unitized the whole continuum). Each
// label is a category: its own αu comes with the combined one.
struct Unitizing {
    double combined = kUndefined;
    std::map<std::string, double> labels;
    double of(const std::string& label) const {
        auto it = labels.find(label);
        return it != labels.end() ? it->second : combinedUnitizingAlpha({});
    }
};

Unitizing unitizing(const std::vector<const std::vector<const Document*>*>& rows, std::size_t annotators) {
    std::vector<std::size_t> rater(annotators, SIZE_MAX);
    std::size_t raters = 0;
    for (std::size_t a = 0; a < annotators; ++a)
        if (rows.size() > 1 || (*rows[0])[a]) rater[a] = raters++;
    if (raters < 2) return {};
    std::map<std::string, std::vector<Unit>> units;
    std::size_t length = 0;
    for (const auto* row : rows) {
        bool whole = true;
        for (std::size_t a = 0; a < annotators; ++a)
            if (rater[a] != SIZE_MAX && !(*row)[a]) whole = false;
        if (!whole) continue;
        std::size_t rowLength = 0;
        for (std::size_t a = 0; a < annotators; ++a) {
            if (rater[a] == SIZE_MAX) continue;
            const Document& d = *(*row)[a];
            rowLength = d.text.size();
            // The label's list, looked up only when the label changes (spans of one label come in runs).
            const std::string* last = nullptr;
            std::vector<Unit>* list = nullptr;
            d.annotations.forEachSpan([&](const Span& s) {
                if (!last || s.label != *last) {
                    list = &units[s.label];
                    last = &s.label;
                }
                list->push_back({length + s.start, length + s.end, rater[a]});
            });
        }
        length += rowLength;
    }
    Unitizing out;
    std::vector<UnitizingFigures> categories;
    for (auto& [label, u] : units) {
        categories.push_back(unitizingAlpha(length, raters, std::move(u)));
        out.labels[label] = combinedUnitizingAlpha({categories.back()});
    }
    out.combined = combinedUnitizingAlpha(categories);
    return out;
}

// The pairwise figures of summed comparisons, into f.
void pairwise(const std::vector<Agreement>& agreed, PanelFigures& f) {
    std::vector<double> exact, overlap, relations, attribution;
    for (const Agreement& a : agreed) {
        exact.push_back(a.exactTotal().f1());
        overlap.push_back(a.overlapTotal().f1());
        relations.push_back(a.relationTotal().f1());
        std::size_t judged = 0, correct = 0;
        for (const auto& [label, at] : a.attribution) {
            judged += at.judged;
            correct += at.correct;
        }
        if (judged) attribution.push_back(double(correct) / double(judged));
    }
    f.f1Exact = mean(exact);
    f.f1Overlap = mean(overlap);
    f.relationsF1 = mean(relations);
    f.attribution = mean(attribution);
}

void chanceCorrected(const ReliabilityTally& tally, std::size_t annotators, PanelFigures& f) {
    f.words = tally.units();
    f.kappa = annotators == 2 ? tally.cohenKappa() : kUndefined;
    f.fleissKappa = tally.fleissKappa();
    f.alpha = tally.krippendorffAlpha();
}

// What a run of documents adds up to: the pairs' comparisons and the tallies of every label and of each alone.
struct Part {
    std::vector<Agreement> agreed;
    ReliabilityTally tally;
    std::vector<ReliabilityTally> labels;
    Part(std::size_t pairs, std::size_t annotators, std::size_t labelCount)
        : agreed(pairs), tally(annotators, 1 + 2 * labelCount), labels(labelCount, ReliabilityTally(annotators, 3)) {}
    Part& operator+=(const Part& o) {
        for (std::size_t p = 0; p < agreed.size(); ++p) agreed[p] += o.agreed[p];
        tally += o.tally;
        for (std::size_t l = 0; l < labels.size(); ++l) labels[l] += o.labels[l];
        return *this;
    }
};

// Documents [begin, end): each one's figures into figures[d], their sums into part.
void measureDocuments(const std::vector<std::vector<const Document*>>& documents, std::size_t begin, std::size_t end,
                      const std::vector<Pair>& pairs, const std::vector<std::string>& labels, Part& part,
                      std::vector<PanelFigures>& figures) {
    const std::size_t n = part.tally.annotators();
    std::vector<std::vector<int>> tags(n);                // [annotator][word], every label
    std::vector<std::vector<std::vector<int>>> alone(n);  // [annotator][label][word]
    std::vector<int> unit(n);
    for (std::size_t d = begin; d < end; ++d) {
        const auto& row = documents[d];
        PanelFigures& f = figures[d];
        std::vector<Agreement> agreed(pairs.size());
        for (std::size_t p = 0; p < pairs.size(); ++p) {
            const Document* a = row[pairs[p].a];
            const Document* b = row[pairs[p].b];
            if (a && b) agreed[p] += compare(*a, *b);
            part.agreed[p] += agreed[p];
        }
        pairwise(agreed, f);
        const Document* any = nullptr;
        for (const Document* doc : row)
            if (doc) any = doc;
        ReliabilityTally tally(n, 1 + 2 * labels.size());
        if (any) {
            const Words words = wordsOf(any->text);
            for (std::size_t a = 0; a < n; ++a)
                if (row[a]) tagWords(*row[a], words, labels, tags[a], alone[a]);
            for (std::size_t w = 0; w < words.size(); ++w) {
                for (std::size_t a = 0; a < n; ++a) unit[a] = row[a] ? tags[a][w] : -1;
                tally.add(unit.data());
                for (std::size_t l = 0; l < labels.size(); ++l) {
                    for (std::size_t a = 0; a < n; ++a) unit[a] = row[a] ? alone[a][l][w] : -1;
                    part.labels[l].add(unit.data());
                }
            }
        }
        part.tally += tally;
        chanceCorrected(tally, n, f);
        f.alphaU = unitizing({&row}, n).combined;
    }
}

// The documents go in this many runs whatever runs them, so that one thread
// or several add the same sums in the same order: the same figures to the bit.
constexpr std::size_t kRuns = 8;

}  // namespace

// One pass over the documents: each one's words tagged once per annotator,
// its comparisons and tallies made once; the corpus's and the labels'
// figures are their sums (only αu, which spans the whole continuum, is
// measured again over it, beside the runs).
PanelAgreement measurePanel(const std::vector<std::string>& annotators, const std::vector<std::string>& ids,
                            const std::vector<std::vector<const Document*>>& documents, const RunTasks& run) {
    PanelAgreement out;
    out.annotators = annotators;
    const std::size_t n = annotators.size();
    const std::vector<Pair> pairs = pairsOf(n);
    std::set<std::string> labelSet;
    for (const auto& row : documents)
        for (const Document* d : row)
            if (d) d->annotations.forEachSpan([&](const Span& s) { labelSet.insert(s.label); });
    const std::vector<std::string> labels(labelSet.begin(), labelSet.end());

    std::vector<const std::vector<const Document*>*> all;
    for (const auto& row : documents) all.push_back(&row);
    std::vector<Part> parts(kRuns, Part(pairs.size(), n, labels.size()));
    std::vector<PanelFigures> figures(documents.size());
    Unitizing corpusUnitizing;
    std::vector<std::function<void()>> tasks;
    tasks.push_back([&] { corpusUnitizing = unitizing(all, n); });
    for (std::size_t r = 0; r < kRuns; ++r) {
        const std::size_t begin = documents.size() * r / kRuns, end = documents.size() * (r + 1) / kRuns;
        if (begin < end)
            tasks.push_back([&, r, begin, end] { measureDocuments(documents, begin, end, pairs, labels, parts[r], figures); });
    }
    if (run) run(tasks);
    else
        for (const auto& task : tasks) task();

    Part corpus(pairs.size(), n, labels.size());
    for (const Part& p : parts) corpus += p;
    for (std::size_t d = 0; d < documents.size(); ++d) out.documents.emplace_back(ids[d], figures[d]);
    pairwise(corpus.agreed, out.overall);
    chanceCorrected(corpus.tally, n, out.overall);
    out.overall.alphaU = corpusUnitizing.combined;
    for (std::size_t l = 0; l < labels.size(); ++l) {
        const std::string& label = labels[l];
        PanelFigures f;
        std::vector<double> exact, overlap;
        for (const Agreement& a : corpus.agreed) {
            auto e = a.exact.find(label), o = a.overlap.find(label);
            exact.push_back(e != a.exact.end() ? e->second.f1() : Counts{}.f1());
            overlap.push_back(o != a.overlap.end() ? o->second.f1() : Counts{}.f1());
        }
        f.f1Exact = mean(exact);
        f.f1Overlap = mean(overlap);
        f.relationsF1 = f.attribution = kUndefined;
        chanceCorrected(corpus.labels[l], n, f);
        f.alphaU = corpusUnitizing.of(label);
        out.labels[label] = f;
    }
    return out;
}

}  // namespace spanmark
