#include "core/merge.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

namespace spanmark {
namespace {

using SpanKey = std::tuple<std::size_t, std::size_t, std::string>;  // start, end, label
using RelationKey = std::tuple<std::string, SpanKey, SpanKey>;       // label, from, to

std::string jsonString(const std::string& s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20) {
            static const char* hex = "0123456789abcdef";
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

std::string marks(const std::vector<std::string>& annotators, const std::vector<std::size_t>& who, bool suggested,
                  const std::string& difference) {
    std::string names;
    for (std::size_t a : who) names += (names.empty() ? "" : ", ") + jsonString(annotators[a]);
    std::string out = "{\"annotators\": [" + names + "]";
    if (suggested) out += ", \"suggested\": \"merge\"";
    if (!difference.empty()) out += ", \"difference\": \"" + difference + "\"";
    return out + "}";
}

// The document's own "annotators": everyone who annotated it, spans or not,
// so that the page rebuilds an empty layer as empty rather than as missing.
std::string withPanel(const std::string& documentExtraJson, const std::vector<std::string>& annotators,
                      const std::vector<const Document*>& versions) {
    if (documentExtraJson.find("\"annotators\"") != std::string::npos) return documentExtraJson;  // a merge of merges keeps its own
    std::vector<std::size_t> present;
    for (std::size_t a = 0; a < versions.size(); ++a)
        if (versions[a]) present.push_back(a);
    std::string panel = marks(annotators, present, false, {});
    if (documentExtraJson.empty() || documentExtraJson == "{}") return panel;
    panel.pop_back();
    return panel + ", " + documentExtraJson.substr(documentExtraJson.find('{') + 1);
}

struct Made {
    std::vector<std::size_t> who;
    const Span* first = nullptr;  // the first annotator's, for its note and attributes
};

}  // namespace

Result<Document> mergeVersions(const std::vector<std::string>& annotators, const std::vector<const Document*>& versions,
                               std::size_t minAgree, MergeCounts& counts) {
    const Document* base = nullptr;
    std::size_t present = 0;
    for (const Document* v : versions)
        if (v) {
            if (!base) base = v;
            ++present;
        }
    if (!base) return Error{"merge", "no annotator has this document"};
    Document out;
    out.id = base->id;
    out.text = base->text;
    out.metaJson = base->metaJson;
    out.extraJson = base->extraJson;
    out.documentExtraJson = withPanel(base->documentExtraJson, annotators, versions);
    out.labels = base->labels;
    const std::size_t needed = minAgree ? minAgree : present;

    std::map<SpanKey, Made> spans;
    std::map<RelationKey, std::pair<std::vector<std::size_t>, const Relation*>> relations;
    for (std::size_t a = 0; a < versions.size(); ++a) {
        const Document* v = versions[a];
        if (!v) continue;
        if (v->text.bytes() != base->text.bytes())
            return Error{"document " + base->id, annotators[a] + "'s text differs from the others'"};
        for (const Label& l : v->labels) {
            auto same = std::find_if(out.labels.begin(), out.labels.end(), [&](const Label& o) { return o.name == l.name; });
            if (same == out.labels.end()) out.labels.push_back(l);
            else if (same->kind != l.kind)
                return Error{"label " + l.name, annotators[a] + " has it as another kind of label than the others"};
        }
        std::map<std::string, SpanKey> keyOf;
        v->annotations.forEachSpan([&](const Span& s) {
            const SpanKey key{s.start, s.end, s.label};
            keyOf[s.id] = key;
            Made& m = spans[key];
            m.who.push_back(a);
            if (!m.first) m.first = &s;
        });
        v->annotations.forEachRelation([&](const Relation& r) {
            auto from = keyOf.find(r.from), to = keyOf.find(r.to);
            if (from == keyOf.end() || to == keyOf.end()) return;
            auto& made = relations[{r.label, from->second, to->second}];
            made.first.push_back(a);
            if (!made.second) made.second = &r;
        });
    }

    // Differences: suggested spans that share a character, joined (the keys are in start order).
    std::vector<SpanKey> order;
    for (const auto& [key, m] : spans) order.push_back(key);
    std::map<SpanKey, std::string> differenceOf;
    std::size_t groupEnd = 0, differences = 0;  // numbered within the document, so documents merge apart
    std::string group;
    for (const SpanKey& key : order) {
        if (spans[key].who.size() >= needed) continue;
        if (group.empty() || std::get<0>(key) >= groupEnd) {
            group = "d" + std::to_string(++differences);
            groupEnd = 0;
        }
        groupEnd = std::max(groupEnd, std::get<1>(key));
        differenceOf[key] = group;
    }
    counts.differences += differences;
    std::map<SpanKey, std::string> idOf;
    std::map<SpanKey, bool> agreed;
    for (const SpanKey& key : order) {
        const Made& m = spans[key];
        Span s = *m.first;
        s.id = "s" + std::to_string(idOf.size() + 1);
        const bool accepted = m.who.size() >= needed;
        s.extraJson = marks(annotators, m.who, !accepted, accepted ? std::string() : differenceOf[key]);
        idOf[key] = s.id;
        agreed[key] = accepted;
        ++(accepted ? counts.agreedSpans : counts.suggestedSpans);
        out.annotations.insertSpan(std::move(s));
    }
    for (const auto& [key, made] : relations) {
        const auto& [label, from, to] = key;
        Relation r = *made.second;
        r.id = "r" + std::to_string(out.annotations.relationCount() + 1);
        r.from = idOf[from];
        r.to = idOf[to];
        const bool accepted = made.first.size() >= needed && agreed[from] && agreed[to];
        r.extraJson = marks(annotators, made.first, !accepted, {});
        ++(accepted ? counts.agreedRelations : counts.suggestedRelations);
        out.annotations.insertRelation(std::move(r));
    }
    if (auto bad = checkDocument(out)) return *bad;
    return out;
}

}  // namespace spanmark
