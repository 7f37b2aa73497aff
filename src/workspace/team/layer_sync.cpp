#include "workspace/team/layer_sync.hpp"

#include "core/sha256.hpp"
#include "formats/document_json.hpp"
#include "workspace/team/layer_merge.hpp"
#include "workspace/team/team_plan.hpp"
#include "workspace/team/team_records.hpp"
#include "workspace/team/team_requests.hpp"
#include "workspace/layer_curation.hpp"

namespace spanmark::team {
namespace {

using Json = nlohmann::json;
constexpr int kMergeTries = 3;  // a layer changed again on the server while merging: merged again, this many times

// A layer's content as two devices would compare it: spans and relations renumbered, and the status.
Json content(const Json& layer) {
    const MergedLayer m = mergeLayers(&layer, layer, layer);
    return {{"spans", m.spans}, {"relations", m.relations}, {"status", stringAt(layer, "status")},
            {"rejected", layer.is_object() && layer.contains("rejected") ? layer["rejected"] : Json::array()}};
}

const Json& arrayAt(const Json& object, const char* key) {
    static const Json none = Json::array();
    if (!object.is_object()) return none;
    auto it = object.find(key);
    return it != object.end() && it->is_array() ? *it : none;
}

// What the merge marked for review ("suggested": "merge"): the curator's to settle, never sent.
Json withoutSuggestions(const Json& items) {
    Json out = Json::array();
    for (const Json& x : items)
        if (!x.is_object() || !x.contains("suggested")) out.push_back(x);
    return out;
}

bool hasWork(const Json& layer) {
    return (layer.contains("spans") && !layer["spans"].empty()) || (layer.contains("relations") && !layer["relations"].empty());
}

std::string documentIdOf(const Document& doc) { return formats::metaValue(doc.metaJson, "document"); }

// The merged layer as the server will hold it: the server's record with the merged spans.
Json mergedRecord(const Json& remote, const Json& local, const MergedLayer& m) {
    Json next = remote;
    next["spans"] = m.spans;
    next["relations"] = m.relations;
    const bool done = stringAt(local, "status") == "done" || stringAt(remote, "status") == "done";
    next["status"] = statusName(done ? LayerStatus::Done : LayerStatus::Started);
    return next;
}

}  // namespace

Result<Account> LayerSync::signIn() {
    Requests requests(http_);
    auto session = requests.call("GET", "_session", nullptr, {200});
    if (!session) return session.error();
    const Json context = session->value("userCtx", Json::object());
    const std::string name = stringAt(context, "name");
    if (name.empty())
        return Error{"GET /_session", "the server knows no one by these credentials: give them in the address (http://NAME:PASSWORD@HOST:PORT/)"};
    const Json roles = context.value("roles", Json::array());
    account_.name = name;
    account_.role = Role::Annotator;
    for (const Json& r : roles)
        if (r == "curator") account_.role = Role::Curator;
    return account_;
}

std::string LayerSync::database() const {
    return account_.role == Role::Curator ? std::string(kGoldDatabase) : layerDatabase(account_.name);
}

Json LayerSync::layerOf(const Document& doc) const {
    const std::string id = documentIdOf(doc);
    Json layer = emptyLayerRecord(id, sha256Hex(doc.text.bytes()), account_.name);
    const Json file = Json::parse(formats::writeSpanmarkJson(doc, formats::Layout::Line));
    layer["spans"] = withoutSuggestions(file["spans"]);
    layer["relations"] = withoutSuggestions(file["relations"]);
    if (const auto rejected = formats::metaList(doc.metaJson, "rejected"); !rejected.empty()) layer["rejected"] = rejected;
    auto base = base_.find(id);
    LayerStatus status = LayerStatus::Todo;
    if (formats::metaValue(doc.metaJson, "status") == "done") status = LayerStatus::Done;
    else if (hasWork(layer) || (base != base_.end() && stringAt(base->second, "status") != "todo")) status = LayerStatus::Started;
    layer["status"] = statusName(status);
    return layer;
}

Result<Document> LayerSync::documentOf(const Json& layer) const {
    auto corpus = corpus_.find(stringAt(layer, "document"));
    if (corpus == corpus_.end()) return Error{"layer " + stringAt(layer, "document"), "is for a document the corpus does not hold"};
    return documentOfLayer(layer, corpus->second, labels_, account_.name);
}

bool LayerSync::unsent(const Document& doc) const {
    const std::string id = documentIdOf(doc);
    auto base = base_.find(id);
    const Json layer = layerOf(doc);
    if (auto opened = opened_.find(id); opened != opened_.end() && content(layer) == opened->second) return false;
    if (base == base_.end()) return hasWork(layer);
    return content(layer) != content(base->second);
}

Result<Document> LayerSync::curationOf(const Json& plan, const Json& goldLayer, Document gold, bool& curated) {
    curated = false;
    const std::string id = stringAt(goldLayer, "document");
    auto corpus = corpus_.find(id);
    if (corpus == corpus_.end()) return gold;
    std::vector<std::string> annotators;
    for (const Json& entry : arrayAt(plan, "documents"))
        if (stringAt(entry, "document") == id)
            for (const Json& name : arrayAt(entry, "annotators"))
                if (name.is_string()) annotators.push_back(name.get<std::string>());
    Requests requests(http_);
    std::vector<NamedLayer> layers;
    for (const std::string& name : annotators) {
        auto layer = requests.call("GET", urlSegment(layerDatabase(name)) + "/" + urlSegment(recordId(id)), nullptr, {200, 404});
        if (!layer) return layer.error();
        // Only finished layers, made on this text, are merged (as the page does).
        if (stringAt(*layer, "type") != "layer" || stringAt(*layer, "status") != "done" ||
            stringAt(*layer, "sha256") != stringAt(corpus->second, "sha256"))
            continue;
        auto doc = documentOfLayer(*layer, corpus->second, labels_, name);
        if (!doc) return doc.error();
        layers.push_back({name, std::move(doc.value())});
    }
    if (layers.empty()) return gold;
    const bool begun = stringAt(goldLayer, "status") != "todo" && !stringAt(goldLayer, "status").empty();
    auto curation = curationOfLayers(layers, begun ? &gold : nullptr);
    if (!curation) return Error{"curating " + id, curation.error().describe()};
    // The gold's id and meta (document, annotator, status), with the rejections so far.
    curation->id = gold.id;
    curation->metaJson = formats::metaWithList(gold.metaJson, "rejected", formats::metaList(curation->metaJson, "rejected"));
    opened_[id] = content(layerOf(*curation));
    curated = true;
    return curation;
}

Result<Queue> LayerSync::fetch(const std::vector<Document>& local) {
    // Signed in each time: the bases may name the person, but only the server knows their role now.
    if (auto who = signIn(); !who) return who.error();
    Requests requests(http_);
    std::vector<std::string> order;
    corpus_.clear();
    if (auto bad = requests.allDocs(kCorpusDatabase, [&](Json&& record) {
            if (stringAt(record, "type") != "document") return;
            order.push_back(stringAt(record, "id"));
            corpus_[order.back()] = std::move(record);
        }))
        return *bad;
    auto labels = requests.call("GET", std::string(kCorpusDatabase) + "/labels", nullptr, {200});
    if (!labels) return labels.error();
    labels_ = std::move(labels.value());
    std::map<std::string, Json> remote;
    if (auto bad = requests.allDocs(database(), [&](Json&& layer) {
            const std::string id = stringAt(layer, "document");  // before the move: the right side of = runs first
            remote[id] = std::move(layer);
        }))
        return *bad;
    // A curator's queue is every document: a gold layer is made on its first send.
    if (account_.role == Role::Curator)
        for (const std::string& id : order)
            if (!remote.count(id)) remote[id] = emptyLayerRecord(id, stringAt(corpus_[id], "sha256"), account_.name);

    std::map<std::string, const Document*> mine;
    for (const Document& d : local)
        if (formats::metaValue(d.metaJson, "annotator") == account_.name) mine[documentIdOf(d)] = &d;

    Queue out;
    Json plan;  // fetched for a curator's first gold not done
    opened_.clear();
    for (const std::string& id : order) {
        auto at = remote.find(id);
        if (at == remote.end()) continue;  // not this person's document
        Json layer = at->second;
        auto here = mine.find(id);
        const bool localWork = here != mine.end() && unsent(*here->second);
        if (localWork) {
            auto base = base_.find(id);
            const Json localLayer = layerOf(*here->second);
            const MergedLayer m = mergeLayers(base != base_.end() ? &base->second : nullptr, localLayer, layer);
            layer = mergedRecord(layer, localLayer, m);
            ++out.merged;
            out.clashes += m.clashes;
        }
        auto doc = documentOf(layer);
        if (doc && account_.role == Role::Curator && stringAt(layer, "status") != "done") {
            if (plan.is_null()) {
                // No plan yet: no annotator has a layer to curate from.
                auto fetched = requests.call("GET", std::string(kCorpusDatabase) + "/plan", nullptr, {200, 404});
                if (!fetched) return fetched.error();
                plan = fetched->is_object() ? std::move(fetched.value()) : Json::object();
            }
            bool curated = false;
            doc = curationOf(plan, layer, std::move(doc.value()), curated);
            if (curated) ++out.curated;
        }
        if (!doc) {
            out.refused.push_back(doc.error().describe());
            if (localWork) out.orphans.push_back(*here->second);
        } else {
            out.documents.push_back(std::move(doc.value()));
        }
        base_[id] = at->second;  // what the server holds; a merged layer differs from it, and is sent
        if (here != mine.end()) mine.erase(here);
    }
    for (const auto& [id, doc] : mine)
        if (unsent(*doc)) out.orphans.push_back(*doc);
    return out;
}

Result<SendReport> LayerSync::send(std::vector<Document>& documents) {
    Requests requests(http_);
    SendReport out;
    for (Document& doc : documents) {
        const std::string id = documentIdOf(doc);
        if (formats::metaValue(doc.metaJson, "annotator") != account_.name || !corpus_.count(id)) continue;
        if (!unsent(doc)) {
            ++out.unchanged;
            continue;
        }
        const std::string path = urlSegment(database()) + "/" + urlSegment(recordId(id));
        Json layer = layerOf(doc);
        auto base = base_.find(id);
        if (base != base_.end() && base->second.contains("_rev")) layer["_rev"] = base->second["_rev"];
        auto put = requests.call("PUT", path, &layer, {201, 202, 409});
        if (!put) return put.error();
        bool merged = false;
        std::size_t clashes = 0;
        for (int tries = 0; stringAt(*put, "error") == "conflict"; ++tries) {
            // Changed elsewhere since this device last had it: merged, never overwritten.
            if (tries == kMergeTries) return Error{"PUT /" + path, "the layer keeps changing on the server; send again"};
            auto remote = requests.call("GET", path, nullptr, {200});
            if (!remote) return remote.error();
            const MergedLayer m = mergeLayers(base != base_.end() ? &base->second : nullptr, layer, *remote);
            layer = mergedRecord(*remote, layer, m);
            clashes = m.clashes;
            merged = true;
            put = requests.call("PUT", path, &layer, {201, 202, 409});
            if (!put) return put.error();
        }
        layer["_rev"] = stringAt(*put, "rev");
        base_[id] = layer;
        ++out.sent;
        if (merged) {
            auto back = documentOf(layer);
            if (!back) return back.error();
            doc = std::move(back.value());
            ++out.merged;
            out.clashes += clashes;
            out.reopen = true;
        }
    }
    return out;
}

std::string LayerSync::basesJson() const {
    Json bases = Json::object();
    for (const auto& [id, layer] : base_) bases[id] = layer;
    return Json{{"account", account_.name}, {"bases", bases}}.dump();
}

std::optional<Error> LayerSync::restoreBases(std::string_view json) {
    const Json kept = Json::parse(json, nullptr, false);
    if (!kept.is_object() || !kept.contains("bases") || !kept["bases"].is_object())
        return Error{"the layers last sent", "not the JSON this app writes there"};
    if (account_.name.empty()) account_.name = stringAt(kept, "account");
    for (const auto& [id, layer] : kept["bases"].items()) base_[id] = layer;
    return std::nullopt;
}

}  // namespace spanmark::team
