#include "workspace/layer_curation.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "core/merge.hpp"
#include "formats/document_json.hpp"
#include "suggest/accepted.hpp"

namespace spanmark {
namespace {

bool isMergeSuggestion(const std::string& extraJson) { return suggest::markString(extraJson, "suggested") == "merge"; }

}  // namespace

std::string rejectedKey(std::size_t start, std::size_t end, const std::string& label) {
    return std::to_string(start) + ":" + std::to_string(end) + ":" + label;
}

std::optional<RejectedVariant> parseRejectedKey(const std::string& key) {
    const std::size_t a = key.find(':');
    const std::size_t b = a == std::string::npos ? a : key.find(':', a + 1);
    if (b == std::string::npos || b + 1 >= key.size()) return std::nullopt;
    RejectedVariant out;
    auto number = [&](std::size_t from, std::size_t to, std::size_t& value) {
        if (from == to) return false;
        value = 0;
        for (std::size_t i = from; i < to; ++i) {
            if (key[i] < '0' || key[i] > '9' || value > (SIZE_MAX - 9) / 10) return false;
            value = value * 10 + static_cast<std::size_t>(key[i] - '0');
        }
        return true;
    };
    if (!number(0, a, out.start) || !number(a + 1, b, out.end)) return std::nullopt;
    out.label = key.substr(b + 1);
    return out;
}

std::vector<std::string> rejectedOf(const Document& gold) {
    std::vector<std::string> out = formats::metaList(gold.metaJson, "rejected");
    for (std::string& key : suggest::markList(gold.documentExtraJson, "rejected"))
        if (std::find(out.begin(), out.end(), key) == out.end()) out.push_back(std::move(key));
    return out;
}

Result<Document> curationOfLayers(const std::vector<NamedLayer>& layers, const Document* gold) {
    if (layers.empty()) return Error{"curation", "no annotator's layer to curate from"};
    std::vector<std::string> names;
    std::vector<const Document*> versions;
    for (const NamedLayer& l : layers) {
        names.push_back(l.annotator);
        versions.push_back(&l.layer);
    }
    MergeCounts counts;
    auto merged = mergeVersions(names, versions, 0, counts);
    if (!merged || !gold) return merged;
    const Document& m = merged.value();
    if (gold->text.bytes() != m.text.bytes()) return Error{"document " + m.id, "the gold's text differs from the layers'"};

    // A difference is settled once the gold holds one of its variants: none of them comes back;
    // nor does a variant the curator rejected (the gold's "rejected": ["start:end:LABEL", …]).
    const std::vector<std::string> rejectedList = rejectedOf(*gold);
    const std::set<std::string> rejected(rejectedList.begin(), rejectedList.end());
    std::set<std::string> settled;
    m.annotations.forEachSpan([&](const Span& s) {
        if (isMergeSuggestion(s.extraJson) && gold->annotations.find(s.start, s.end, s.label))
            settled.insert(suggest::markString(s.extraJson, "difference"));
    });
    Document out;
    out.id = m.id;
    out.text = m.text;
    // The rejections so far go on in the curation's meta, where rejecting more (one undo step each) adds them.
    out.metaJson = formats::metaWithList(m.metaJson, "rejected", rejectedList);
    out.extraJson = m.extraJson;
    out.documentExtraJson = m.documentExtraJson;
    out.labels = m.labels;
    for (const Label& l : gold->labels) {
        bool known = false;
        for (const Label& o : out.labels) known = known || o.name == l.name;
        if (!known) out.labels.push_back(l);
    }
    gold->annotations.forEachSpan([&](const Span& s) { out.annotations.insertSpan(s); });
    gold->annotations.forEachRelation([&](const Relation& r) { out.annotations.insertRelation(r); });

    std::map<std::string, std::string> idOf;  // the merge's span id -> the curation's
    m.annotations.forEachSpan([&](const Span& s) {
        if (const Span* kept = gold->annotations.find(s.start, s.end, s.label)) {
            idOf[s.id] = kept->id;
        } else if (isMergeSuggestion(s.extraJson) && !settled.count(suggest::markString(s.extraJson, "difference")) &&
                   !rejected.count(rejectedKey(s.start, s.end, s.label))) {
            Span open = s;
            open.id = out.annotations.nextSpanId();
            idOf[s.id] = open.id;
            out.annotations.insertSpan(std::move(open));
        }
    });
    m.annotations.forEachRelation([&](const Relation& r) {
        auto from = idOf.find(r.from), to = idOf.find(r.to);
        if (!isMergeSuggestion(r.extraJson) || from == idOf.end() || to == idOf.end()) return;
        if (out.annotations.hasRelation(r.label, from->second, to->second)) return;
        Relation open = r;
        open.id = out.annotations.nextRelationId();
        open.from = from->second;
        open.to = to->second;
        out.annotations.insertRelation(std::move(open));
    });
    if (auto bad = checkDocument(out)) return *bad;
    return out;
}

Result<Document> curationOfLayers(std::string_view jsonl) {
    std::vector<NamedLayer> layers;
    std::optional<Document> gold;
    std::optional<Error> refused;
    std::istringstream in{std::string(jsonl)};
    auto bad = formats::readCorpus(in, [&](Document&& doc, std::size_t line) {
        std::string who = formats::metaValue(doc.metaJson, "annotator");
        auto refuse = [&](const std::string& message) {
            refused = Error{"line " + std::to_string(line), message, line};
            return false;
        };
        if (who.empty()) return refuse("a layer names its annotator in its meta (\"annotator\")");
        if (who == "gold") {
            if (gold) return refuse("a second gold layer");
            gold = std::move(doc);
            return true;
        }
        for (const NamedLayer& l : layers)
            if (l.annotator == who) return refuse("a second layer of " + who);
        layers.push_back({std::move(who), std::move(doc)});
        return true;
    });
    if (bad) return *bad;
    if (refused) return *refused;
    auto curation = curationOfLayers(layers, gold ? &*gold : nullptr);
    if (curation) curation->metaJson = formats::metaWith(curation->metaJson, "annotator", "gold");  // what it becomes
    return curation;
}

}  // namespace spanmark
