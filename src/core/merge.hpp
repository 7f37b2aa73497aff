#pragma once
// Several annotators' versions of one document made into one for review
// (docs/cli.md, `merge`): a span or relation that at least `minAgree` of
// them made is accepted as it is; every other one is a suggestion to settle
// ("suggested": "merge"). Each carries "annotators": the names of those who
// made it. Suggested spans that overlap are variants of one difference
// ("difference": "d1", …, numbered within the document): two annotators who drew the same phrase with other
// ends or labels give one difference with two variants, not two unrelated
// suggestions. A relation is accepted only when its ends are.
#include <cstddef>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/result.hpp"

namespace spanmark {

struct MergeCounts {
    std::size_t agreedSpans = 0, suggestedSpans = 0, differences = 0;
    std::size_t agreedRelations = 0, suggestedRelations = 0;

    MergeCounts& operator+=(const MergeCounts& o) {
        agreedSpans += o.agreedSpans;
        suggestedSpans += o.suggestedSpans;
        differences += o.differences;
        agreedRelations += o.agreedRelations;
        suggestedRelations += o.suggestedRelations;
        return *this;
    }
};

// versions[a]: annotator a's document, or null where a did not annotate it.
// `minAgree` 0: every annotator who annotated the document. Refused when the
// texts differ, or two versions define one label in two ways.
Result<Document> mergeVersions(const std::vector<std::string>& annotators, const std::vector<const Document*>& versions,
                               std::size_t minAgree, MergeCounts& counts);

}  // namespace spanmark
