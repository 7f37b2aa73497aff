#pragma once
// The side panel's Agreement section, for a merge or a corpus of merges:
// the annotators' F1, Cohen's or Fleiss' kappa, Krippendorff's alpha and
// alpha-u, overall, per label and per document, as `spanmark agree` gives
// them for the same files. Measured the first time the section is opened.
#include "workspace/workspace.hpp"

namespace spanmark::app {

void drawAgreementPanel(workspace::Workspace& ws);

}  // namespace spanmark::app
