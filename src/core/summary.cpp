#include "core/summary.hpp"

#include <algorithm>
#include <unordered_set>

namespace spanmark {

std::vector<std::string> relationSourceLabels(const std::vector<Label>& labels) {
    std::vector<std::string> out;
    for (const Label& l : labels)
        if (l.kind == LabelKind::Relation)
            for (const std::string& from : l.from)
                if (std::find(out.begin(), out.end(), from) == out.end()) out.push_back(from);
    return out;
}

Summary summarize(const Document& doc) {
    Summary s;
    const std::vector<std::string> sources = relationSourceLabels(doc.labels);
    std::unordered_set<std::string> spoken;
    doc.annotations.forEachRelation([&](const Relation& r) { spoken.insert(r.from); });
    doc.annotations.forEachSpan([&](const Span& span) {
        ++s.spans;
        ++s.labelCounts[span.label];
        if (std::find(sources.begin(), sources.end(), span.label) != sources.end()) {
            ++s.quotes;
            if (!spoken.count(span.id)) ++s.unattributed;
        }
    });
    return s;
}

}  // namespace spanmark
