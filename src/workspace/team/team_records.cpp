#include "workspace/team/team_records.hpp"

#include "core/sha256.hpp"
#include "formats/document_json.hpp"
#include "formats/json_stream.hpp"

namespace spanmark::team {
namespace {

using Json = nlohmann::json;

Json security(const Json& adminRoles, const Json& memberNames, const Json& memberRoles) {
    return {{"admins", {{"names", Json::array()}, {"roles", adminRoles}}},
            {"members", {{"names", memberNames}, {"roles", memberRoles}}}};
}

Json validation(const std::string& body) {
    return {{"_id", "_design/spanmark"}, {"validate_doc_update", "function (newDoc, oldDoc, userCtx) {\n" + body + "\n}"}};
}

// A JavaScript string literal (the annotator's name goes into a validation function).
std::string jsString(const std::string& s) { return Json(s).dump(); }

Json arrayAt(const Json& object, const char* key) {
    if (!object.is_object()) return Json::array();
    auto it = object.find(key);
    return it != object.end() ? *it : Json::array();
}

const char* kAdminPasses = "  if (userCtx.roles.indexOf('_admin') !== -1) return;\n";

}  // namespace

std::string stringAt(const Json& object, const char* key) {
    if (!object.is_object()) return {};
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string recordId(const std::string& documentId) { return "doc:" + documentId; }

Json corpusRecord(const Document& doc) {
    Json meta = Json::parse(doc.metaJson, nullptr, false);
    return {{"_id", recordId(doc.id)}, {"type", "document"}, {"id", doc.id}, {"text", std::string(doc.text.bytes())},
            {"sha256", sha256Hex(doc.text.bytes())}, {"meta", meta.is_object() ? meta : Json::object()}};
}

Json labelsRecord(const std::vector<Label>& labels) {
    Json file = Json::parse(formats::writeLabelsFile(labels));
    return {{"_id", "labels"}, {"type", "labels"}, {"labels", file["labels"]}};
}

Json planRecord(const Plan& plan, const std::vector<Member>& members) {
    Json team = Json::array();
    for (const Member& m : members) team.push_back({{"name", m.name}, {"role", roleName(m.role)}});
    Json assigned = Json::array();
    for (const std::string& doc : plan.documents) assigned.push_back({{"document", doc}, {"annotators", plan.annotatorsOf.at(doc)}});
    return {{"_id", "plan"}, {"type", "plan"}, {"overlap", plan.overlap}, {"members", team}, {"documents", assigned}};
}

Json emptyLayerRecord(const std::string& documentId, const std::string& sha256, const std::string& annotator) {
    return {{"_id", recordId(documentId)}, {"type", "layer"}, {"document", documentId}, {"annotator", annotator},
            {"sha256", sha256}, {"status", statusName(LayerStatus::Todo)}, {"spans", Json::array()}, {"relations", Json::array()}};
}

Json layerRecord(const Document& doc, const std::string& annotator, LayerStatus status) {
    const Json file = Json::parse(formats::writeSpanmarkJson(doc, formats::Layout::Line));
    Json layer = emptyLayerRecord(doc.id, sha256Hex(doc.text.bytes()), annotator);
    layer["status"] = statusName(status);
    layer["spans"] = file["spans"];
    layer["relations"] = file["relations"];
    return layer;
}

Json corpusSecurity() { return security({"curator"}, Json::array(), {"annotator", "curator"}); }
Json layerSecurity(const std::string& annotator) { return security({"curator"}, {annotator}, {"curator"}); }
Json goldSecurity() { return security({"curator"}, Json::array(), {"curator"}); }

Json corpusValidation() {
    return validation(std::string(kAdminPasses) +
                      "  if (userCtx.roles.indexOf('curator') === -1) throw({forbidden: 'only a curator writes the corpus'});");
}

Json layerValidation(const std::string& annotator) {
    return validation(std::string(kAdminPasses) + "  if (userCtx.name !== " + jsString(annotator) +
                      ") throw({forbidden: 'only ' + " + jsString(annotator) + " + ' writes this layer'});\n"
                      "  if (newDoc._deleted) throw({forbidden: 'a layer is never deleted; mark it todo instead'});\n"
                      "  if (newDoc.type !== 'layer' || newDoc.annotator !== userCtx.name || typeof newDoc.sha256 !== 'string' ||\n"
                      "      !Array.isArray(newDoc.spans) || !Array.isArray(newDoc.relations))\n"
                      "    throw({forbidden: 'a layer holds type layer, its annotator, the text sha256, spans and relations'});");
}

Json goldValidation() {
    return validation(std::string(kAdminPasses) +
                      "  if (userCtx.roles.indexOf('curator') === -1) throw({forbidden: 'only a curator writes the gold'});");
}

Json usersValidation() {
    return validation(std::string(kAdminPasses) +
                      "  var before = oldDoc && oldDoc.roles ? oldDoc.roles : [];\n"
                      "  if (JSON.stringify(before) !== JSON.stringify(newDoc.roles || []))\n"
                      "    throw({forbidden: 'only an admin changes roles'});");
}

Json userRecord(const Member& m) {
    return {{"_id", "org.couchdb.user:" + m.name}, {"name", m.name}, {"password", m.password},
            {"roles", {roleName(m.role)}}, {"type", "user"}};
}

Result<Document> documentOfLayer(const Json& layer, const Json& corpus, const Json& labels, const std::string& annotator) {
    const std::string id = stringAt(corpus, "id");
    const std::string where = "layer " + annotator + "/" + id;
    if (stringAt(layer, "sha256") != stringAt(corpus, "sha256"))
        return Error{where, "was made for another text (its sha256 is not the corpus's): its offsets would point elsewhere"};
    Json meta = corpus.is_object() && corpus.contains("meta") && corpus["meta"].is_object() ? corpus["meta"] : Json::object();
    meta["annotator"] = annotator;
    meta["document"] = id;
    meta["status"] = stringAt(layer, "status").empty() ? std::string("todo") : stringAt(layer, "status");
    // A gold's rejected variants (docs/team.md, "Curating"): kept in the meta, where the workspace keeps them.
    if (layer.is_object() && layer.contains("rejected") && layer["rejected"].is_array() && !layer["rejected"].empty())
        meta["rejected"] = layer["rejected"];
    const Json file = {{"format", "spanmark"},
                       {"version", 1},
                       {"document", {{"id", id + "@" + annotator}, {"text", stringAt(corpus, "text")}, {"meta", meta}}},
                       {"labels", arrayAt(labels, "labels")},
                       {"spans", arrayAt(layer, "spans")},
                       {"relations", arrayAt(layer, "relations")}};
    auto doc = formats::readSpanmarkJson(file.dump());
    if (!doc) return Error{where + ": " + doc.error().where, doc.error().message};
    return doc;
}

}  // namespace spanmark::team
