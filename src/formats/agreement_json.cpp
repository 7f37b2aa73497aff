#include "formats/agreement_json.hpp"

#include <cmath>

#include <nlohmann/json.hpp>

namespace spanmark::formats {
namespace {

using Json = nlohmann::json;

Json number(double value) { return std::isnan(value) ? Json() : Json(value); }

Json figuresJson(const PanelFigures& f, bool withRelations) {
    Json out = {{"f1_exact", number(f.f1Exact)}, {"f1_overlap", number(f.f1Overlap)}, {"kappa", number(f.kappa)},
                {"fleiss_kappa", number(f.fleissKappa)}, {"alpha", number(f.alpha)}, {"alpha_u", number(f.alphaU)}, {"words", f.words}};
    if (withRelations) {
        out["relations_f1"] = number(f.relationsF1);
        out["attribution"] = number(f.attribution);
    }
    return out;
}

}  // namespace

std::string writeAgreementJson(const PanelAgreement& panel) {
    Json labels = Json::object(), documents = Json::object();
    for (const auto& [label, f] : panel.labels) labels[label] = figuresJson(f, false);
    for (const auto& [id, f] : panel.documents) documents[id] = figuresJson(f, true);
    const Json out = {{"annotators", panel.annotators}, {"documents", panel.documents.size()},
                      {"overall", figuresJson(panel.overall, true)}, {"labels", labels}, {"per_document", documents}};
    return out.dump(2) + "\n";
}

}  // namespace spanmark::formats
