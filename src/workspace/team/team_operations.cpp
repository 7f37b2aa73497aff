// TeamStore's three commands: init, status and export (team_store.cpp holds
// the requests they are made of).
#include <algorithm>
#include <map>

#include "core/sha256.hpp"
#include "workspace/team/team_records.hpp"
#include "workspace/team/team_requests.hpp"
#include "workspace/team/team_store.hpp"

namespace spanmark::team {
namespace {

using Json = nlohmann::json;

}  // namespace

std::optional<Error> TeamStore::init(const std::vector<Document>& corpus, const std::vector<Member>& members, std::size_t overlap,
                                     const std::function<void(const std::string&)>& say) {
    Requests requests(http_);
    std::vector<std::string> ids, annotators;
    for (const Document& d : corpus) ids.push_back(d.id);
    for (const Member& m : members)
        if (m.role == Role::Annotator) annotators.push_back(m.name);
    auto plan = makePlan(ids, annotators, overlap);
    if (!plan) return plan.error();

    // No one but an admin gives anyone a role (CouchDB says so too; the local server does not).
    if (auto bad = requests.putReplacing("_users", usersValidation())) return bad;
    for (const Member& m : members) {
        if (m.password.empty()) continue;
        const Json user = userRecord(m);
        auto made = requests.call("PUT", "_users/" + urlSegment("org.couchdb.user:" + m.name), &user, {201, 202, 409});
        if (!made) return made.error();
        say(stringAt(*made, "error") == "conflict" ? "user " + m.name + ": exists, used as it is" : "user " + m.name + ": made, " + roleName(m.role));
    }
    if (auto bad = requests.createDatabase(kCorpusDatabase, corpusSecurity(), corpusValidation())) return bad;
    if (auto bad = requests.createDatabase(kGoldDatabase, goldSecurity(), goldValidation())) return bad;
    for (const std::string& a : annotators)
        if (auto bad = requests.createDatabase(layerDatabase(a), layerSecurity(a), layerValidation(a))) return bad;

    std::map<std::string, std::string> shaOf;
    std::vector<Json> records;
    for (const Document& d : corpus) {
        records.push_back(corpusRecord(d));
        shaOf[recordId(d.id)] = stringAt(records.back(), "sha256");
    }
    auto sameText = [&](const Json& record) -> std::optional<Error> {
        const std::string id = stringAt(record, "_id");
        auto there = requests.call("GET", std::string(kCorpusDatabase) + "/" + urlSegment(id), nullptr, {200});
        if (!there) return there.error();
        if (stringAt(*there, "sha256") != shaOf[id])
            return Error{"document " + stringAt(record, "id"),
                         "the server holds another text under this id (its sha256 differs); it is not replaced, "
                         "and no layer made for it is touched: give the new text a new id"};
        return std::nullopt;
    };
    if (auto bad = requests.bulkCreate(kCorpusDatabase, records, sameText)) return bad;
    say("corpus: " + std::to_string(corpus.size()) + " document" + (corpus.size() == 1 ? "" : "s"));
    if (!corpus.empty())
        if (auto bad = requests.putReplacing(kCorpusDatabase, labelsRecord(corpus.front().labels))) return bad;
    if (auto bad = requests.putReplacing(kCorpusDatabase, planRecord(*plan, members))) return bad;

    for (const std::string& a : annotators) {
        std::vector<Json> layers;
        for (const Document& d : corpus) {
            const auto& who = plan->annotatorsOf.at(d.id);
            if (std::find(who.begin(), who.end(), a) == who.end()) continue;
            layers.push_back(emptyLayerRecord(d.id, shaOf[recordId(d.id)], a));
        }
        // A layer there already is someone's work: kept as it is.
        if (auto bad = requests.bulkCreate(layerDatabase(a), layers, [](const Json&) { return std::nullopt; })) return bad;
        say("queue of " + a + ": " + std::to_string(layers.size()) + " document" + (layers.size() == 1 ? "" : "s"));
    }
    return std::nullopt;
}

Result<TeamProgress> TeamStore::status() {
    Requests requests(http_);
    auto plan = requests.planOf();
    if (!plan) return plan.error();
    TeamProgress out;
    std::map<std::string, std::size_t> row;  // document id -> its place in out.documents
    for (const Json& d : (*plan)["documents"]) {
        row[stringAt(d, "document")] = out.documents.size();
        out.documents.push_back({stringAt(d, "document"), {}});
    }
    for (const Json& m : (*plan)["members"]) {
        MemberProgress p{stringAt(m, "name"), stringAt(m, "role") == "curator" ? Role::Curator : Role::Annotator};
        const std::string database = p.role == Role::Annotator ? layerDatabase(p.name) : std::string(kGoldDatabase);
        auto read = requests.allDocs(database, [&](Json&& layer) {
            const LayerStatus status = statusFromName(stringAt(layer, "status"));
            ++p.assigned;
            ++(status == LayerStatus::Done ? p.done : status == LayerStatus::Started ? p.started : p.todo);
            auto at = row.find(stringAt(layer, "document"));
            if (at != row.end())
                out.documents[at->second].layers.emplace_back(p.role == Role::Annotator ? p.name : "gold", status);
        });
        if (read) return *read;
        out.members.push_back(std::move(p));
    }
    return out;
}

std::optional<Error> TeamStore::exportAll(const std::function<void(Document&&)>& each) {
    Requests requests(http_);
    auto plan = requests.planOf();
    if (!plan) return plan.error();
    std::vector<std::string> order;
    std::map<std::string, Json> corpus;  // by document id
    if (auto bad = requests.allDocs(kCorpusDatabase, [&](Json&& record) {
            if (stringAt(record, "type") != "document") return;
            const std::string id = stringAt(record, "id");
            order.push_back(id);
            corpus[id] = std::move(record);
        }))
        return bad;
    auto labels = requests.call("GET", std::string(kCorpusDatabase) + "/labels", nullptr, {200});
    if (!labels) return labels.error();
    // Layers by document, in the plan's order of people, then the gold.
    std::map<std::string, std::vector<std::pair<std::string, Json>>> layersOf;
    std::vector<std::pair<std::string, std::string>> sources;  // annotator, database
    for (const Json& m : (*plan)["members"])
        if (stringAt(m, "role") == "annotator") sources.emplace_back(stringAt(m, "name"), layerDatabase(stringAt(m, "name")));
    sources.emplace_back("gold", kGoldDatabase);
    for (const auto& source : sources) {
        const std::string& annotator = source.first;  // named, not bound: lambdas cannot capture a binding (em++ 3.1.6)
        const std::string& database = source.second;
        std::optional<Error> broken;
        if (auto bad = requests.allDocs(database, [&](Json&& layer) {
                const std::string id = stringAt(layer, "document");
                if (!corpus.count(id)) {
                    if (!broken) broken = Error{"layer " + annotator + "/" + id, "is for a document the corpus does not hold"};
                    return;
                }
                layersOf[id].emplace_back(annotator, std::move(layer));
            }))
            return bad;
        if (broken) return broken;
    }
    for (const std::string& id : order) {
        for (const auto& [annotator, layer] : layersOf[id]) {
            auto doc = documentOfLayer(layer, corpus[id], *labels, annotator);
            if (!doc) return doc.error();
            each(std::move(doc.value()));
        }
    }
    return std::nullopt;
}

}  // namespace spanmark::team
