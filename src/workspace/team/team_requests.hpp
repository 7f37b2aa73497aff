#pragma once
// The requests the team store's commands are made of (team_operations.cpp):
// each answer checked, each failure told as the request and what the server
// or the network said. Internal to workspace/team.
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/result.hpp"
#include "workspace/team/http.hpp"

namespace spanmark::team {

class Requests {
public:
    explicit Requests(Http& http) : http_(http) {}

    // The answer's JSON when its status is one of `accepted`.
    Result<nlohmann::json> call(const std::string& method, const std::string& path, const nlohmann::json* body,
                                std::initializer_list<int> accepted);
    std::optional<Error> createDatabase(const std::string& name, const nlohmann::json& security,
                                        const nlohmann::json& validation);
    // PUT, over what is there if anything is.
    std::optional<Error> putReplacing(const std::string& database, const nlohmann::json& record);
    // POSTs records a batch at a time; `conflict` decides about each one already there.
    std::optional<Error> bulkCreate(const std::string& database, const std::vector<nlohmann::json>& records,
                                    const std::function<std::optional<Error>(const nlohmann::json& record)>& conflict);
    std::optional<Error> allDocs(const std::string& database, const std::function<void(nlohmann::json&& doc)>& each);
    Result<nlohmann::json> planOf();

private:
    Http& http_;
};

}  // namespace spanmark::team
