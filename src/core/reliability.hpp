#pragma once
// Chance-corrected agreement of any number of annotators, as the field
// reports it: Cohen's kappa (two annotators), Fleiss' kappa (two or more,
// over the units every one of them judged), and Krippendorff's alpha for
// nominal data (any number, missing judgements allowed). The units are the
// words of the text (the word rule of core/boundaries), each given an IOB
// tag by each annotator's spans: B-LABEL, I-LABEL or O, or for one label
// alone B, I or O. A figure with no variation to measure (every word O for
// everyone) is undefined: NaN, as sklearn, statsmodels and krippendorff give.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/document.hpp"

namespace spanmark {

// One unit's category from each annotator; nullopt where that annotator gave none.
using Judgements = std::vector<std::vector<std::optional<int>>>;  // [unit][annotator]

double cohenKappa(const Judgements& units);     // annotators 0 and 1; units where both judged
double fleissKappa(const Judgements& units);    // units where every annotator judged
double krippendorffAlpha(const Judgements& units);  // nominal; units with two judgements or more

// The sums the three figures are made of, added unit by unit: a corpus's
// tally is the sum of its documents', so one pass over the units gives the
// figures of every document and of the whole (the functions above are one
// tally over their units). `categories` bounds the category numbers.
class ReliabilityTally {
public:
    ReliabilityTally(std::size_t annotators, std::size_t categories);
    // One unit: each annotator's category, or -1 where that annotator gave none.
    void add(const int* judgements);
    ReliabilityTally& operator+=(const ReliabilityTally& other);
    double cohenKappa() const;
    double fleissKappa() const;
    double krippendorffAlpha() const;
    std::size_t units() const { return units_; }
    std::size_t annotators() const { return annotators_; }

private:
    std::size_t annotators_, k_;
    std::size_t units_ = 0;
    std::vector<double> cohenA_, cohenB_;  // annotator 0's and 1's categories, over the units both judged
    double cohenAgreed_ = 0, cohenUnits_ = 0;
    std::vector<double> fleissTotal_;  // per category, over the units every annotator judged
    double fleissAgreement_ = 0, fleissUnits_ = 0;
    std::vector<double> coincidence_;  // k × k, each pair of values within a unit weighted 1 / (m_u - 1)
    std::vector<int> values_;          // scratch for add()
};

// The words of a text, in order, as [begin, end) code points.
std::vector<std::pair<std::size_t, std::size_t>> wordsOf(const Text& text);

// Each word's IOB tag from a document's spans, as a category number of
// `categories` (added there as first seen): "O", "B-LABEL", "I-LABEL", or with
// `only` set, "O", "B", "I" for that label alone. A word inside several spans
// takes the outermost (earliest start, then longest, then label order).
std::vector<int> iobTags(const Document& doc, const std::vector<std::pair<std::size_t, std::size_t>>& words,
                         std::vector<std::string>& categories, const std::string* only = nullptr);

}  // namespace spanmark
