#pragma once
// What a spanmark file keeps that other formats cannot: the unknown keys of
// spans and relations (a merge's "annotators", a suggestion's mark), counted
// by the writers that drop them, so that nothing is lost silently.
#include <string>
#include <vector>

#include "core/document.hpp"

namespace spanmark::formats {

// Adds "N spans' and relations' other keys (…)" to `dropped` when there are any.
inline void countExtraKeys(const std::vector<const Document*>& docs, std::vector<std::string>& dropped) {
    std::size_t n = 0, documents = 0;
    auto has = [](const std::string& extra) { return !extra.empty() && extra != "{}"; };
    for (const Document* d : docs) {
        documents += has(d->documentExtraJson);
        d->annotations.forEachSpan([&](const Span& s) { n += has(s.extraJson); });
        d->annotations.forEachRelation([&](const Relation& r) { n += has(r.extraJson); });
    }
    if (n) dropped.push_back(std::to_string(n) + " spans' and relations' other keys (such as a merge's \"annotators\")");
    if (documents) dropped.push_back(std::to_string(documents) + " documents' other keys (such as a merge's \"annotators\")");
}

}  // namespace spanmark::formats
