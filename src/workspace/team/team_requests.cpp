#include "workspace/team/team_requests.hpp"

#include <map>

#include "workspace/team/team_records.hpp"
#include "workspace/team/team_users.hpp"
#include "workspace/team/team_records.hpp"

namespace spanmark::team {
namespace {

using Json = nlohmann::json;
constexpr std::size_t kBatch = 200;  // records a request: small enough for any proxy's body limit

std::string reasonOf(const Json& answer) {
    if (!answer.is_object()) return {};
    std::string out = stringAt(answer, "error");
    const std::string reason = stringAt(answer, "reason");
    if (!reason.empty()) out += (out.empty() ? "" : ": ") + reason;
    return out;
}

}  // namespace

Result<Json> Requests::call(const std::string& method, const std::string& path, const Json* body,
                             std::initializer_list<int> accepted) {
    const HttpResponse r = http_.request(method, path, body ? body->dump() : std::string());
    const std::string where = method + " /" + path;
    if (r.status == 0) return Error{where, "no answer from the server: " + r.failure};
    const bool json = r.type.find("json") != std::string::npos || r.type.find("text/plain") != std::string::npos;
    Json answer = Json::parse(r.body, nullptr, false);
    if (!json || answer.is_discarded())
        return Error{where, "the server answered " + std::to_string(r.status) + " with " + (r.type.empty() ? "no type" : r.type) +
                                ", not CouchDB's JSON: is the address a CouchDB server (and not a proxy's page)?"};
    for (int ok : accepted)
        if (r.status == ok) return answer;
    std::string why = reasonOf(answer);
    if (r.status == 401) why = "the server refused the credentials (401" + (why.empty() ? ")" : ": " + why + ")");
    else if (r.status == 403) why = "not allowed (403" + (why.empty() ? ")" : ": " + why + ")");
    else why = "the server answered " + std::to_string(r.status) + (why.empty() ? "" : ": " + why);
    return Error{where, why};
}

std::optional<Error> Requests::createDatabase(const std::string& name, const Json& security, const Json& validation) {
    const std::string db = urlSegment(name);
    if (auto made = call("PUT", db, nullptr, {201, 202, 412}); !made) return made.error();  // 412: it exists
    if (auto set = call("PUT", db + "/_security", &security, {200}); !set) return set.error();
    return putReplacing(name, validation);
}

std::optional<Error> Requests::putReplacing(const std::string& database, const Json& record) {
    const std::string path = urlSegment(database) + "/" + urlSegment(record["_id"].get<std::string>());
    auto old = call("GET", path, nullptr, {200, 404});
    if (!old) return old.error();
    Json next = record;
    if (old->contains("_rev")) next["_rev"] = (*old)["_rev"];
    if (auto put = call("PUT", path, &next, {201, 202}); !put) return put.error();
    return std::nullopt;
}

std::optional<Error> Requests::bulkCreate(const std::string& database, const std::vector<Json>& records,
                                           const std::function<std::optional<Error>(const Json&)>& conflict) {
    for (std::size_t at = 0; at < records.size(); at += kBatch) {
        Json batch = {{"docs", Json::array()}};
        for (std::size_t i = at; i < records.size() && i < at + kBatch; ++i) batch["docs"].push_back(records[i]);
        auto answer = call("POST", urlSegment(database) + "/_bulk_docs", &batch, {201, 202});
        if (!answer) return answer.error();
        if (!answer->is_array() || answer->size() != batch["docs"].size())
            return Error{"POST /" + database + "/_bulk_docs", "the server's answer does not list every record"};
        for (std::size_t i = 0; i < answer->size(); ++i) {
            const Json& result = (*answer)[i];
            const std::string error = stringAt(result, "error");
            if (error.empty()) continue;
            if (error == "conflict") {
                if (auto bad = conflict(batch["docs"][i])) return bad;
                continue;
            }
            return Error{database + "/" + stringAt(result, "id"), reasonOf(result)};
        }
    }
    return std::nullopt;
}

std::optional<Error> Requests::allDocs(const std::string& database, const std::function<void(Json&&)>& each) {
    std::string after;  // the last id read: pages follow it, so no page is read twice
    for (;;) {
        std::string path = urlSegment(database) + "/_all_docs?include_docs=true&limit=" + std::to_string(kBatch);
        if (!after.empty()) path += "&skip=1&startkey=" + urlSegment(Json(after).dump());
        auto page = call("GET", path, nullptr, {200});
        if (!page) return page.error();
        const Json rows = page->is_object() && page->contains("rows") ? (*page)["rows"] : Json();
        if (!rows.is_array()) return Error{"GET /" + path, "the answer holds no rows"};
        for (const Json& row : rows) {
            after = stringAt(row, "id");
            if (row.contains("doc") && row["doc"].is_object() && after.rfind("_design/", 0) != 0) each(Json(row["doc"]));
        }
        if (rows.size() < kBatch) return std::nullopt;
    }
}

Result<Json> Requests::planOf() {
    auto plan = call("GET", std::string(kCorpusDatabase) + "/plan", nullptr, {200, 404});
    if (!plan) return plan.error();
    if (!plan->is_object() || !plan->contains("documents") || !(*plan)["documents"].is_array()) return Error{kCorpusDatabase, "has no plan: run spanmark team init first"};
    return plan;
}

}  // namespace spanmark::team
