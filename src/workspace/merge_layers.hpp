#pragma once
// The annotators' layers of a merge (`spanmark merge`), rebuilt from the
// "annotators" the merge writes on the document and on each span and
// relation: every annotator's own document as it was before curation. The
// page measures their agreement from them (the figures `spanmark agree`
// gives for the same files) and sets any two side by side.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/boundaries.hpp"
#include "core/document.hpp"
#include "core/panel_agreement.hpp"

namespace spanmark::workspace {

struct MergeLayers {
    std::vector<std::string> annotators;  // the document's panel, in the merge's order
    std::vector<Document> layers;         // layers[a]: what annotators[a] made
};

// Null when the document is not a merge (neither it nor any span names annotators).
std::optional<MergeLayers> layersOfMerge(const Document& merged);

// The agreement of the merges' annotators over the documents (a corpus, or
// one), each annotator judged only on the documents whose panel names them.
PanelAgreement agreementOfLayers(const std::vector<const MergeLayers*>& documents);

// Where two layers differ: for each side, the ranges of its spans that the
// other has not (the same start, end and label), in position order.
struct LayerDifferences {
    std::vector<Range> onlyLeft, onlyRight;
    std::vector<std::string> leftLabels, rightLabels;  // each range's label
};
LayerDifferences differencesBetween(const Document& left, const Document& right);

}  // namespace spanmark::workspace
