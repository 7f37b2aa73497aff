#include "workspace/merge_layers.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "suggest/accepted.hpp"

namespace spanmark::workspace {
namespace {

std::size_t indexOf(std::vector<std::string>& names, const std::string& name) {
    auto it = std::find(names.begin(), names.end(), name);
    if (it != names.end()) return static_cast<std::size_t>(it - names.begin());
    names.push_back(name);
    return names.size() - 1;
}

}  // namespace

std::optional<MergeLayers> layersOfMerge(const Document& merged) {
    MergeLayers out;
    // An annotator's layer, begun (empty, on the merge's text) the first time they are named.
    auto layerOf = [&](const std::string& name) -> Document& {
        const std::size_t a = indexOf(out.annotators, name);
        if (a == out.layers.size()) {
            Document& layer = out.layers.emplace_back();
            layer.id = merged.id;
            layer.text = merged.text;
            layer.metaJson = merged.metaJson;
            layer.labels = merged.labels;
        }
        return out.layers[a];
    };
    // The panel first, so an annotator who made nothing here still has a layer (an empty one).
    for (const std::string& name : suggest::markList(merged.documentExtraJson, "annotators")) layerOf(name);
    merged.annotations.forEachSpan([&](const Span& s) {
        for (const std::string& name : suggest::markList(s.extraJson, "annotators")) {
            Span own = s;
            own.extraJson.clear();
            layerOf(name).annotations.insertSpan(std::move(own));
        }
    });
    if (out.annotators.empty()) return std::nullopt;
    merged.annotations.forEachRelation([&](const Relation& r) {
        for (const std::string& name : suggest::markList(r.extraJson, "annotators")) {
            Document& layer = layerOf(name);
            // A relation whose ends this annotator did not make is not theirs (a hand-edited merge).
            if (!layer.annotations.span(r.from) || !layer.annotations.span(r.to)) continue;
            Relation own = r;
            own.extraJson.clear();
            layer.annotations.insertRelation(std::move(own));
        }
    });
    return out;
}

PanelAgreement agreementOfLayers(const std::vector<const MergeLayers*>& documents) {
    std::vector<std::string> annotators;
    for (const MergeLayers* d : documents)
        for (const std::string& name : d->annotators) indexOf(annotators, name);
    std::vector<std::string> ids;
    std::vector<std::vector<const Document*>> rows;
    for (const MergeLayers* d : documents) {
        if (d->layers.empty()) continue;
        std::vector<const Document*> row(annotators.size(), nullptr);
        for (std::size_t a = 0; a < d->annotators.size(); ++a) row[indexOf(annotators, d->annotators[a])] = &d->layers[a];
        ids.push_back(d->layers.front().id);
        rows.push_back(std::move(row));
    }
    return measurePanel(annotators, ids, rows);
}

LayerDifferences differencesBetween(const Document& left, const Document& right) {
    using Key = std::tuple<std::size_t, std::size_t, std::string>;
    std::set<Key> inLeft, inRight;
    left.annotations.forEachSpan([&](const Span& s) { inLeft.insert({s.start, s.end, s.label}); });
    right.annotations.forEachSpan([&](const Span& s) { inRight.insert({s.start, s.end, s.label}); });
    LayerDifferences out;
    // Sets keep (start, end, label) order, so the ranges come out sorted.
    for (const Key& k : inLeft)
        if (!inRight.count(k)) {
            out.onlyLeft.push_back({std::get<0>(k), std::get<1>(k)});
            out.leftLabels.push_back(std::get<2>(k));
        }
    for (const Key& k : inRight)
        if (!inLeft.count(k)) {
            out.onlyRight.push_back({std::get<0>(k), std::get<1>(k)});
            out.rightLabels.push_back(std::get<2>(k));
        }
    return out;
}

}  // namespace spanmark::workspace
