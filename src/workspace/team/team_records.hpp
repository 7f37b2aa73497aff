#pragma once
// The CouchDB documents of a team store (docs/team.md): the corpus's texts,
// label set and plan; each annotator's layer of a document (spanmark's spans
// and relations with the text's sha256, never the text); the security
// objects and validation functions that make the server, not the page,
// enforce who reads and writes what.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/document.hpp"
#include "core/result.hpp"
#include "workspace/team/team_plan.hpp"
#include "workspace/team/team_users.hpp"

namespace spanmark::team {

// A string member, or "" when it is missing or not a string: records come
// from a server, and anything may be in them.
std::string stringAt(const nlohmann::json& object, const char* key);

// Every document's id in a store is "doc:" and the corpus's id: CouchDB
// keeps ids that start with "_" for itself.
std::string recordId(const std::string& documentId);


nlohmann::json corpusRecord(const Document& doc);
nlohmann::json labelsRecord(const std::vector<Label>& labels);
nlohmann::json planRecord(const Plan& plan, const std::vector<Member>& members);
// A layer: the document's spans and relations as the file format writes them.
nlohmann::json layerRecord(const Document& doc, const std::string& annotator, LayerStatus status);
// A layer with nothing in it yet: a document in an annotator's queue.
nlohmann::json emptyLayerRecord(const std::string& documentId, const std::string& sha256, const std::string& annotator);

nlohmann::json corpusSecurity();
nlohmann::json layerSecurity(const std::string& annotator);
nlohmann::json goldSecurity();
// validate_doc_update design documents: the corpus and the gold are written by
// curators; a layer by its annotator alone and only as a layer; in _users, no
// one but an admin changes anyone's roles.
nlohmann::json corpusValidation();
nlohmann::json layerValidation(const std::string& annotator);
nlohmann::json goldValidation();
nlohmann::json usersValidation();
nlohmann::json userRecord(const Member& member);

// A layer made whole again with its corpus record and the label set, checked
// as `validate` checks a file. Its id is the document's and the annotator's
// ("article-1@anna": one corpus holds every layer), its meta names both
// (`document`, `annotator`) and the layer's `status`. Refused when the layer was made for another
// text (its sha256 is not the corpus's): its offsets would point elsewhere.
Result<Document> documentOfLayer(const nlohmann::json& layer, const nlohmann::json& corpus, const nlohmann::json& labels,
                                 const std::string& annotator);

}  // namespace spanmark::team
