#pragma once
// A team's shared store on a CouchDB server (docs/team.md), as the CLI's
// `team init`, `team status` and `team export` use it: one request at a time
// through Http, each failure told as where it happened and what the server
// (or the network) said.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/result.hpp"
#include "workspace/team/http.hpp"
#include "workspace/team/team_plan.hpp"
#include "workspace/team/team_users.hpp"

namespace spanmark::team {

struct MemberProgress {
    std::string name;
    Role role = Role::Annotator;
    std::size_t assigned = 0, todo = 0, started = 0, done = 0;
};
struct DocumentProgress {
    std::string id;
    std::vector<std::pair<std::string, LayerStatus>> layers;  // annotator, status, in the plan's order
};
struct TeamProgress {
    std::vector<MemberProgress> members;
    std::vector<DocumentProgress> documents;  // in the plan's order
};

class TeamStore {
public:
    explicit TeamStore(Http& http) : http_(http) {}

    // Databases, users, security objects, validation functions, the corpus,
    // its label set, the plan, and an empty ("todo") layer for each
    // assignment. Run again, it keeps what is there: a user who exists is
    // used as is, a layer is never overwritten; a document whose text on the
    // server differs from the corpus's is refused, not replaced.
    std::optional<Error> init(const std::vector<Document>& corpus, const std::vector<Member>& members, std::size_t overlap,
                              const std::function<void(const std::string&)>& say);

    Result<TeamProgress> status();

    // Every layer, then the gold, in corpus order, each a whole document with
    // `annotator` (and `status`) in its meta.
    std::optional<Error> exportAll(const std::function<void(Document&&)>& each);

private:
    Http& http_;
};

}  // namespace spanmark::team
