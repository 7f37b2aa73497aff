#pragma once
// Three-way merge of a team layer (docs/team.md, "Conflicts"), as the page's
// team-merge.js does it: the version both sides started from, this device's
// and the server's. A span is its place and label, a relation its label and
// its ends' places; what one side added is kept, what one side removed (and
// the other left as it was) goes, and an item both sides changed keeps this
// device's version with the server's note beside its own, counted as a
// clash: nothing is dropped without a word.
#include <cstddef>

#include <nlohmann/json.hpp>

namespace spanmark::team {

struct MergedLayer {
    nlohmann::json spans = nlohmann::json::array();      // sorted by (start, end, label), ids s1, s2, …
    nlohmann::json relations = nlohmann::json::array();  // ids r1, r2, …, ends renumbered with the spans
    std::size_t clashes = 0;
};

// Each argument is a layer record (or anything with `spans` and `relations`
// arrays); `base` may be null (nothing in common: both sides are kept whole).
MergedLayer mergeLayers(const nlohmann::json* base, const nlohmann::json& local, const nlohmann::json& remote);

}  // namespace spanmark::team
