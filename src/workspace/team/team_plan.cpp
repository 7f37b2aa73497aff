#include "workspace/team/team_plan.hpp"

#include <algorithm>

namespace spanmark::team {

std::vector<std::string> Plan::queueOf(const std::string& annotator) const {
    std::vector<std::string> out;
    for (const std::string& doc : documents) {
        const auto& who = annotatorsOf.at(doc);
        if (std::find(who.begin(), who.end(), annotator) != who.end()) out.push_back(doc);
    }
    return out;
}

const char* statusName(LayerStatus status) {
    switch (status) {
        case LayerStatus::Todo: return "todo";
        case LayerStatus::Started: return "started";
        case LayerStatus::Done: return "done";
    }
    return "todo";
}

LayerStatus statusFromName(const std::string& name) {
    return name == "done" ? LayerStatus::Done : name == "started" ? LayerStatus::Started : LayerStatus::Todo;
}

Result<Plan> makePlan(const std::vector<std::string>& documents, const std::vector<std::string>& annotators, std::size_t overlap) {
    if (annotators.empty()) return Error{"the plan", "the team has no annotator"};
    if (overlap < 1) return Error{"--overlap", "must be 1 or more"};
    if (overlap > annotators.size())
        return Error{"--overlap", "is " + std::to_string(overlap) + " but the team has " + std::to_string(annotators.size()) +
                                      " annotator" + (annotators.size() == 1 ? "" : "s") + ": each document needs that many different people"};
    Plan plan;
    plan.overlap = overlap;
    plan.documents = documents;
    // Round robin: document k goes to annotators k*overlap … k*overlap+overlap-1 (mod n),
    // so loads differ by one at most and every pair of annotators shares documents.
    const std::size_t n = annotators.size();
    for (std::size_t k = 0; k < documents.size(); ++k) {
        std::vector<std::string>& who = plan.annotatorsOf[documents[k]];
        if (!who.empty()) return Error{"document " + documents[k], "appears twice in the corpus"};
        for (std::size_t j = 0; j < overlap; ++j) who.push_back(annotators[(k * overlap + j) % n]);
    }
    return plan;
}

}  // namespace spanmark::team
