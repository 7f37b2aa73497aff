#include "core/panel_agreement.hpp"

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

// Pairwise comparisons of some documents: what each pair agreed on, summed over them.
std::vector<Agreement> compared(const std::vector<Pair>& pairs, const std::vector<const std::vector<const Document*>*>& rows) {
    std::vector<Agreement> out(pairs.size());
    for (const auto* row : rows)
        for (std::size_t p = 0; p < pairs.size(); ++p) {
            const Document* a = (*row)[pairs[p].a];
            const Document* b = (*row)[pairs[p].b];
            if (a && b) out[p] += compare(*a, *b);
        }
    return out;
}

// The chance-corrected figures over the rows' words; `only` a label, or null for every label.
// Each text's words, found once: the figures for the corpus, every label and
// every document all read them.
using Words = std::vector<std::pair<std::size_t, std::size_t>>;
using WordsOfRow = std::map<const std::vector<const Document*>*, Words>;

void chanceCorrected(const std::vector<const std::vector<const Document*>*>& rows, std::size_t annotators,
                     const std::string* only, const WordsOfRow& wordsOfRow, PanelFigures& out) {
    Judgements units;
    std::vector<std::string> categories = {"O"};
    for (const auto* row : rows) {
        const Document* any = nullptr;
        for (const Document* d : *row)
            if (d) any = d;
        if (!any) continue;
        const Words& words = wordsOfRow.at(row);
        const std::size_t first = units.size();
        units.resize(first + words.size(), std::vector<std::optional<int>>(annotators));
        for (std::size_t a = 0; a < annotators; ++a) {
            if (!(*row)[a]) continue;
            const std::vector<int> tags = iobTags(*(*row)[a], words, categories, only);
            for (std::size_t w = 0; w < words.size(); ++w) units[first + w][a] = tags[w];
        }
    }
    out.words = units.size();
    out.kappa = annotators == 2 ? cohenKappa(units) : kUndefined;
    out.fleissKappa = fleissKappa(units);
    out.alpha = krippendorffAlpha(units);
}

// αu over documents laid end to end on one continuum. One document: over the
// annotators who made it. Several: over the documents every annotator made
// (the measure wants each one to have unitized the whole continuum).
double unitizing(const std::vector<const std::vector<const Document*>*>& rows, std::size_t annotators, const std::string* only) {
    std::vector<std::size_t> rater(annotators, SIZE_MAX);
    std::size_t raters = 0;
    for (std::size_t a = 0; a < annotators; ++a)
        if (rows.size() > 1 || (*rows[0])[a]) rater[a] = raters++;
    if (raters < 2) return kUndefined;
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
            d.annotations.forEachSpan([&](const Span& s) {
                if (!only || s.label == *only) units[s.label].push_back({length + s.start, length + s.end, rater[a]});
            });
        }
        length += rowLength;
    }
    std::vector<UnitizingFigures> categories;
    for (auto& [label, u] : units) categories.push_back(unitizingAlpha(length, raters, std::move(u)));
    return combinedUnitizingAlpha(categories);
}

}  // namespace

PanelAgreement measurePanel(const std::vector<std::string>& annotators, const std::vector<std::string>& ids,
                            const std::vector<std::vector<const Document*>>& documents) {
    PanelAgreement out;
    out.annotators = annotators;
    const std::vector<Pair> pairs = pairsOf(annotators.size());
    WordsOfRow wordsOfRow;
    for (const auto& row : documents)
        for (const Document* d : row)
            if (d) {
                wordsOfRow.emplace(&row, wordsOf(d->text));
                break;
            }
    auto figures = [&](const std::vector<const std::vector<const Document*>*>& rows) {
        PanelFigures f;
        const std::vector<Agreement> agreed = compared(pairs, rows);
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
        chanceCorrected(rows, annotators.size(), nullptr, wordsOfRow, f);
        f.alphaU = unitizing(rows, annotators.size(), nullptr);
        return f;
    };
    std::vector<const std::vector<const Document*>*> all;
    for (const auto& row : documents) all.push_back(&row);
    out.overall = figures(all);

    std::set<std::string> labels;
    for (const auto& row : documents)
        for (const Document* d : row)
            if (d) d->annotations.forEachSpan([&](const Span& s) { labels.insert(s.label); });
    const std::vector<Agreement> agreed = compared(pairs, all);
    for (const std::string& label : labels) {
        PanelFigures f;
        std::vector<double> exact, overlap;
        for (const Agreement& a : agreed) {
            auto e = a.exact.find(label), o = a.overlap.find(label);
            exact.push_back(e != a.exact.end() ? e->second.f1() : Counts{}.f1());
            overlap.push_back(o != a.overlap.end() ? o->second.f1() : Counts{}.f1());
        }
        f.f1Exact = mean(exact);
        f.f1Overlap = mean(overlap);
        f.relationsF1 = f.attribution = kUndefined;
        chanceCorrected(all, annotators.size(), &label, wordsOfRow, f);
        f.alphaU = unitizing(all, annotators.size(), &label);
        out.labels[label] = f;
    }
    for (std::size_t d = 0; d < documents.size(); ++d) out.documents.emplace_back(ids[d], figures({&documents[d]}));
    return out;
}

}  // namespace spanmark
