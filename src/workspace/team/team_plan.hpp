#pragma once
// Who annotates what: every document given to `overlap` different
// annotators, the load kept even (no annotator more than one document ahead
// of another), the same plan for the same documents and people.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace spanmark::team {

struct Plan {
    std::size_t overlap = 0;
    // Document ids in corpus order, and each one's annotators.
    std::vector<std::string> documents;
    std::map<std::string, std::vector<std::string>> annotatorsOf;

    // The documents of one annotator, in corpus order: their queue.
    std::vector<std::string> queueOf(const std::string& annotator) const;
};

// How far an annotator is with a document.
enum class LayerStatus { Todo, Started, Done };
const char* statusName(LayerStatus status);
LayerStatus statusFromName(const std::string& name);

Result<Plan> makePlan(const std::vector<std::string>& documents, const std::vector<std::string>& annotators, std::size_t overlap);

}  // namespace spanmark::team
