#pragma once
// A panel's agreement as JSON (`spanmark agree --format json`, and the
// page's window.spanmark.agreement()): {annotators, documents, overall,
// labels, per_document}, a figure that is not defined (one annotator, no
// units) as null.
#include <string>

#include "core/panel_agreement.hpp"

namespace spanmark::formats {

std::string writeAgreementJson(const PanelAgreement& panel);

}  // namespace spanmark::formats
