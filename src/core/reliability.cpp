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

ReliabilityTally::ReliabilityTally(std::size_t annotators, std::size_t categories)
    : annotators_(annotators), k_(categories), cohenA_(categories), cohenB_(categories), fleissTotal_(categories),
      coincidence_(categories * categories) {
    values_.reserve(annotators);
}

void ReliabilityTally::add(const int* judgements) {
    ++units_;
    if (annotators_ >= 2 && judgements[0] >= 0 && judgements[1] >= 0) {
        ++cohenUnits_;
        ++cohenA_[static_cast<std::size_t>(judgements[0])];
        ++cohenB_[static_cast<std::size_t>(judgements[1])];
        if (judgements[0] == judgements[1]) ++cohenAgreed_;
    }
    values_.clear();
    for (std::size_t a = 0; a < annotators_; ++a)
        if (judgements[a] >= 0) values_.push_back(judgements[a]);
    const std::size_t m = values_.size();
    if (m < 2) return;
    if (m == annotators_) {
        // Fleiss: Σ n_c² over the categories, from the values' pairs (each value agrees with itself once).
        double squares = 0;
        for (std::size_t i = 0; i < m; ++i) {
            fleissTotal_[static_cast<std::size_t>(values_[i])] += 1;
            for (std::size_t j = 0; j < m; ++j) squares += values_[i] == values_[j];
        }
        const double md = static_cast<double>(m);
        fleissAgreement_ += (squares - md) / (md * (md - 1));
        ++fleissUnits_;
    }
    const double weight = 1.0 / static_cast<double>(m - 1);
    for (std::size_t i = 0; i < m; ++i)
        for (std::size_t j = 0; j < m; ++j)
            if (i != j) coincidence_[static_cast<std::size_t>(values_[i]) * k_ + static_cast<std::size_t>(values_[j])] += weight;
}

ReliabilityTally& ReliabilityTally::operator+=(const ReliabilityTally& o) {
    units_ += o.units_;
    for (std::size_t c = 0; c < k_; ++c) {
        cohenA_[c] += o.cohenA_[c];
        cohenB_[c] += o.cohenB_[c];
        fleissTotal_[c] += o.fleissTotal_[c];
    }
    for (std::size_t i = 0; i < coincidence_.size(); ++i) coincidence_[i] += o.coincidence_[i];
    cohenAgreed_ += o.cohenAgreed_;
    cohenUnits_ += o.cohenUnits_;
    fleissAgreement_ += o.fleissAgreement_;
    fleissUnits_ += o.fleissUnits_;
    return *this;
}

double ReliabilityTally::cohenKappa() const {
    const double n = cohenUnits_;
    if (n == 0) return kUndefined;
    double expected = 0;
    for (std::size_t c = 0; c < k_; ++c) expected += (cohenA_[c] / n) * (cohenB_[c] / n);
    return chanceCorrected(cohenAgreed_ / n, expected);
}

double ReliabilityTally::fleissKappa() const {
    const double n = fleissUnits_;
    if (n == 0) return kUndefined;
    const double raters = static_cast<double>(annotators_);
    double expected = 0;
    for (std::size_t c = 0; c < k_; ++c) {
        const double p = fleissTotal_[c] / (n * raters);
        expected += p * p;
    }
    return chanceCorrected(fleissAgreement_ / n, expected);
}

double ReliabilityTally::krippendorffAlpha() const {
    const std::size_t k = k_;
    std::vector<double> marginal(k);
    double n = 0;
    for (std::size_t c = 0; c < k; ++c)
        for (std::size_t d = 0; d < k; ++d) {
            marginal[c] += coincidence_[c * k + d];
            n += coincidence_[c * k + d];
        }
    if (n <= 1) return kUndefined;
    double disagreed = 0, expected = 0;
    for (std::size_t c = 0; c < k; ++c)
        for (std::size_t d = 0; d < k; ++d)
            if (c != d) {
                disagreed += coincidence_[c * k + d];
                expected += marginal[c] * marginal[d];
            }
    if (expected == 0) return kUndefined;
    return 1.0 - (n - 1) * disagreed / expected;
}

namespace {

// The units as one tally. Units of other sizes than the first are tallied
// with their missing annotators as such (the figures skip what they must).
ReliabilityTally tallyOf(const Judgements& units) {
    std::size_t annotators = 0;
    for (const auto& unit : units) annotators = std::max(annotators, unit.size());
    ReliabilityTally tally(annotators, categoryCount(units));
    std::vector<int> row(annotators);
    for (const auto& unit : units) {
        for (std::size_t a = 0; a < annotators; ++a) row[a] = a < unit.size() && unit[a] ? *unit[a] : -1;
        tally.add(row.data());
    }
    return tally;
}

}  // namespace

double cohenKappa(const Judgements& units) { return tallyOf(units).cohenKappa(); }
double fleissKappa(const Judgements& units) { return tallyOf(units).fleissKappa(); }
double krippendorffAlpha(const Judgements& units) { return tallyOf(units).krippendorffAlpha(); }

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
