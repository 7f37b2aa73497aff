#include "core/reliability.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "core/boundaries.hpp"

namespace spanmark {
namespace {

constexpr double kUndefined = std::numeric_limits<double>::quiet_NaN();

// The categories' numbers, 0 … k-1, over every judgement.
std::size_t categoryCount(const Judgements& units) {
    int most = -1;
    for (const auto& unit : units)
        for (const auto& j : unit)
            if (j) most = std::max(most, *j);
    return static_cast<std::size_t>(most + 1);
}

double chanceCorrected(double observed, double expected) {
    if (std::fabs(1.0 - expected) < 1e-15) return kUndefined;
    return (observed - expected) / (1.0 - expected);
}

}  // namespace

double cohenKappa(const Judgements& units) {
    const std::size_t k = categoryCount(units);
    std::vector<double> a(k), b(k);
    double agreed = 0, n = 0;
    for (const auto& unit : units) {
        if (unit.size() < 2 || !unit[0] || !unit[1]) continue;
        ++n;
        ++a[*unit[0]];
        ++b[*unit[1]];
        if (*unit[0] == *unit[1]) ++agreed;
    }
    if (n == 0) return kUndefined;
    double expected = 0;
    for (std::size_t c = 0; c < k; ++c) expected += (a[c] / n) * (b[c] / n);
    return chanceCorrected(agreed / n, expected);
}

double fleissKappa(const Judgements& units) {
    const std::size_t k = categoryCount(units);
    std::vector<double> total(k);
    double sumAgreement = 0, n = 0, raters = 0;
    for (const auto& unit : units) {
        if (unit.size() < 2 || std::any_of(unit.begin(), unit.end(), [](const auto& j) { return !j; })) continue;
        std::vector<double> counts(k);
        for (const auto& j : unit) ++counts[*j];
        const double m = static_cast<double>(unit.size());
        double squares = 0;
        for (std::size_t c = 0; c < k; ++c) {
            squares += counts[c] * counts[c];
            total[c] += counts[c];
        }
        sumAgreement += (squares - m) / (m * (m - 1));
        raters = m;
        ++n;
    }
    if (n == 0) return kUndefined;
    double expected = 0;
    for (std::size_t c = 0; c < k; ++c) {
        const double p = total[c] / (n * raters);
        expected += p * p;
    }
    return chanceCorrected(sumAgreement / n, expected);
}

double krippendorffAlpha(const Judgements& units) {
    const std::size_t k = categoryCount(units);
    // The coincidence matrix: each pair of values within a unit, weighted 1 / (m_u - 1).
    std::vector<double> coincidence(k * k);
    for (const auto& unit : units) {
        std::vector<int> values;
        for (const auto& j : unit)
            if (j) values.push_back(*j);
        if (values.size() < 2) continue;
        const double weight = 1.0 / static_cast<double>(values.size() - 1);
        for (std::size_t i = 0; i < values.size(); ++i)
            for (std::size_t j = 0; j < values.size(); ++j)
                if (i != j) coincidence[values[i] * k + values[j]] += weight;
    }
    std::vector<double> marginal(k);
    double n = 0;
    for (std::size_t c = 0; c < k; ++c)
        for (std::size_t d = 0; d < k; ++d) {
            marginal[c] += coincidence[c * k + d];
            n += coincidence[c * k + d];
        }
    if (n <= 1) return kUndefined;
    double disagreed = 0, expected = 0;
    for (std::size_t c = 0; c < k; ++c)
        for (std::size_t d = 0; d < k; ++d)
            if (c != d) {
                disagreed += coincidence[c * k + d];
                expected += marginal[c] * marginal[d];
            }
    if (expected == 0) return kUndefined;
    return 1.0 - (n - 1) * disagreed / expected;
}

std::vector<std::pair<std::size_t, std::size_t>> wordsOf(const Text& text) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    const std::size_t size = text.size();
    for (std::size_t pos = 0; pos < size;) {
        const Range word = wordAt(text, pos);
        if (word.end > word.begin && word.begin >= pos) {
            out.emplace_back(word.begin, word.end);
            pos = word.end;
        } else {
            ++pos;
        }
    }
    return out;
}

std::vector<int> iobTags(const Document& doc, const std::vector<std::pair<std::size_t, std::size_t>>& words,
                         std::vector<std::string>& categories, const std::string* only) {
    auto number = [&](const std::string& name) {
        auto at = std::find(categories.begin(), categories.end(), name);
        if (at != categories.end()) return static_cast<int>(at - categories.begin());
        categories.push_back(name);
        return static_cast<int>(categories.size() - 1);
    };
    std::vector<const Span*> spans;
    doc.annotations.forEachSpan([&](const Span& s) {
        if (!only || s.label == *only) spans.push_back(&s);
    });
    std::sort(spans.begin(), spans.end(), [](const Span* a, const Span* b) {
        if (a->start != b->start) return a->start < b->start;
        if (a->end != b->end) return a->end > b->end;
        return a->label < b->label;
    });
    std::vector<int> out;
    out.reserve(words.size());
    std::size_t first = 0;  // spans before it end before the current word
    for (const auto& [begin, end] : words) {
        while (first < spans.size() && spans[first]->end <= begin) ++first;  // words only move right
        const Span* outer = nullptr;
        for (std::size_t i = first; i < spans.size() && spans[i]->start < end; ++i)
            if (spans[i]->end > begin) {
                outer = spans[i];
                break;
            }
        if (!outer) {
            out.push_back(number("O"));
            continue;
        }
        const std::string prefix = outer->start >= begin ? "B" : "I";
        out.push_back(number(only ? prefix : prefix + "-" + outer->label));
    }
    return out;
}

}  // namespace spanmark
