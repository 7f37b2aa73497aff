#include "workspace/team/layer_merge.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace spanmark::team {
namespace {

using Json = nlohmann::json;

const Json& arrayOf(const Json* layer, const char* key) {
    static const Json empty = Json::array();
    if (!layer || !layer->is_object()) return empty;
    auto it = layer->find(key);
    return it != layer->end() && it->is_array() ? *it : empty;
}

std::string text(const Json& item, const char* key) {
    auto it = item.find(key);
    if (it == item.end()) return {};
    return it->is_string() ? it->get<std::string>() : it->dump();
}

std::string spanKey(const Json& span) { return text(span, "start") + ":" + text(span, "end") + ":" + text(span, "label"); }

// The same item, ids aside (ids are renumbered on every save).
bool same(const Json& a, const Json& b) {
    Json x = a, y = b;
    x.erase("id");
    y.erase("id");
    return x == y;
}

struct Keyed {
    std::vector<std::string> order;
    std::map<std::string, Json> items;
};

Keyed keyed(const std::vector<std::pair<std::string, Json>>& items) {
    Keyed out;
    for (const auto& [key, item] : items)
        if (out.items.emplace(key, item).second) out.order.push_back(key);
    return out;
}

// What is there after the merge (module comment); `clashes` counts items changed on both sides.
std::vector<Json> mergeSets(const Keyed& base, const Keyed& local, const Keyed& remote, std::size_t& clashes) {
    std::vector<Json> out;
    auto inBaseAs = [&](const std::string& key, const Json& item) {
        auto b = base.items.find(key);
        return b != base.items.end() && same(b->second, item);
    };
    for (const std::string& key : local.order) {
        const Json& item = local.items.at(key);
        auto r = remote.items.find(key);
        if (r == remote.items.end()) {
            if (!inBaseAs(key, item)) out.push_back(item);  // else: removed on the server, untouched here
            continue;
        }
        const Json& other = r->second;
        if (same(item, other) || inBaseAs(key, other)) {
            out.push_back(item);
        } else if (inBaseAs(key, item)) {
            out.push_back(other);
        } else {
            Json both = item;
            const std::string mine = text(item, "note"), theirs = text(other, "note");
            const std::string note = mine.empty() ? theirs : theirs.empty() ? mine : mine + " | " + theirs;
            if (!note.empty()) both["note"] = note;
            out.push_back(std::move(both));
            ++clashes;
        }
    }
    for (const std::string& key : remote.order) {
        if (local.items.count(key)) continue;
        const Json& item = remote.items.at(key);
        if (!inBaseAs(key, item)) out.push_back(item);  // else: removed here, untouched on the server
    }
    return out;
}

std::vector<std::pair<std::string, Json>> spansOf(const Json* layer) {
    std::vector<std::pair<std::string, Json>> out;
    for (const Json& s : arrayOf(layer, "spans"))
        if (s.is_object()) out.emplace_back(spanKey(s), s);
    return out;
}

// Relations with their ends as span keys (ids differ between the sides).
std::vector<std::pair<std::string, Json>> relationsOf(const Json* layer) {
    std::map<std::string, std::string> keyOfId;
    for (const Json& s : arrayOf(layer, "spans"))
        if (s.is_object()) keyOfId[text(s, "id")] = spanKey(s);
    std::vector<std::pair<std::string, Json>> out;
    for (const Json& r : arrayOf(layer, "relations")) {
        if (!r.is_object()) continue;
        auto from = keyOfId.find(text(r, "from")), to = keyOfId.find(text(r, "to"));
        if (from == keyOfId.end() || to == keyOfId.end()) continue;
        Json tagged = r;
        tagged["from"] = from->second;
        tagged["to"] = to->second;
        out.emplace_back(text(r, "label") + "|" + from->second + "|" + to->second, std::move(tagged));
    }
    return out;
}

}  // namespace

MergedLayer mergeLayers(const Json* base, const Json& local, const Json& remote) {
    MergedLayer out;
    std::vector<Json> spans = mergeSets(keyed(spansOf(base)), keyed(spansOf(&local)), keyed(spansOf(&remote)), out.clashes);
    auto number = [](const Json& s, const char* key) { return s.contains(key) && s[key].is_number() ? s[key].get<double>() : 0.0; };
    std::stable_sort(spans.begin(), spans.end(), [&](const Json& a, const Json& b) {
        if (number(a, "start") != number(b, "start")) return number(a, "start") < number(b, "start");
        if (number(a, "end") != number(b, "end")) return number(a, "end") < number(b, "end");
        return text(a, "label") < text(b, "label");
    });
    std::map<std::string, std::string> idOfKey;
    for (std::size_t k = 0; k < spans.size(); ++k) {
        const std::string id = "s" + std::to_string(k + 1);
        idOfKey[spanKey(spans[k])] = id;
        spans[k]["id"] = id;
        out.spans.push_back(std::move(spans[k]));
    }
    std::vector<Json> relations =
        mergeSets(keyed(relationsOf(base)), keyed(relationsOf(&local)), keyed(relationsOf(&remote)), out.clashes);
    for (Json& r : relations) {
        auto from = idOfKey.find(text(r, "from")), to = idOfKey.find(text(r, "to"));
        if (from == idOfKey.end() || to == idOfKey.end()) continue;  // an end removed on one side
        r["from"] = from->second;
        r["to"] = to->second;
        r["id"] = "r" + std::to_string(out.relations.size() + 1);
        out.relations.push_back(std::move(r));
    }
    return out;
}

}  // namespace spanmark::team
