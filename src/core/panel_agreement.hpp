#pragma once
// Agreement of a panel of annotators (two or more) over the same documents:
// pairwise exact and overlap F1 averaged over every pair, chance-corrected
// figures over the words' IOB tags (core/reliability), and relation and
// attribution agreement, for the corpus, per label and per document.
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/agreement.hpp"
#include "core/document.hpp"

namespace spanmark {

struct PanelFigures {
    double f1Exact = 0, f1Overlap = 0;
    double kappa = 0;        // Cohen's: two annotators only (NaN otherwise)
    double fleissKappa = 0;  // over the words every annotator judged
    double alpha = 0;        // Krippendorff's, nominal
    // Krippendorff's unitizing alpha over the code points, each label a
    // category (core/unitizing_alpha): over the documents every annotator
    // made for the corpus and per label, over those who made it per document.
    double alphaU = 0;
    double relationsF1 = 0;  // pairwise, averaged (whole panel and per document only)
    double attribution = 0;  // pairwise, both ways, averaged
    std::size_t words = 0;   // units the chance-corrected figures were computed over
};

struct PanelAgreement {
    std::vector<std::string> annotators;
    PanelFigures overall;
    std::map<std::string, PanelFigures> labels;
    std::vector<std::pair<std::string, PanelFigures>> documents;  // in the order given
};

// Runs every task once, in any order, at once where it can (the command
// line's threads); core itself starts none, so the page runs them in turn.
using RunTasks = std::function<void(const std::vector<std::function<void()>>& tasks)>;

// documents[d][a]: document d as annotator a made it, or null where a did not
// annotate it (a missing judgement, not a disagreement). Every non-null
// entry of a row has the same text. The figures do not depend on `run`.
PanelAgreement measurePanel(const std::vector<std::string>& annotators, const std::vector<std::string>& ids,
                            const std::vector<std::vector<const Document*>>& documents, const RunTasks& run = nullptr);

}  // namespace spanmark
