// agree with any number of annotators (docs/cli.md): each file is one
// annotator's documents (named after the file), matched by document id; the
// chance-corrected figures and pairwise F1 for the corpus, per label and per
// document, as a table, CSV or JSON. Two files in the table format also get
// the reference comparison of inspect.cpp (precision and recall of B against A).
#include <cmath>
#include <filesystem>
#include <map>

#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/documents.hpp"
#include "cli/say.hpp"
#include "core/panel_agreement.hpp"

namespace spanmark::cli {
namespace {

using Json = nlohmann::json;

std::string annotatorName(const std::string& path) {
    std::string name = std::filesystem::path(path).filename().string();
    for (const char* suffix : {".jsonl", ".json"})
        if (name.size() > std::string(suffix).size() && name.ends_with(suffix)) return name.substr(0, name.size() - std::string(suffix).size());
    return name;
}

Json number(double value) { return std::isnan(value) ? Json() : Json(value); }

Json figuresJson(const PanelFigures& f, bool withRelations) {
    Json out = {{"f1_exact", number(f.f1Exact)}, {"f1_overlap", number(f.f1Overlap)}, {"kappa", number(f.kappa)},
                {"fleiss_kappa", number(f.fleissKappa)}, {"alpha", number(f.alpha)}, {"words", f.words}};
    if (withRelations) {
        out["relations_f1"] = number(f.relationsF1);
        out["attribution"] = number(f.attribution);
    }
    return out;
}

std::string cell(double value, int digits = 3) {
    if (std::isnan(value)) return "n/a";
    char out[32];
    std::snprintf(out, sizeof out, "%.*f", digits, value);
    return out;
}

void tableRow(const std::string& name, const PanelFigures& f) {
    say(stdout, "  %-20s %9s %9s %9s %9s %9s %8zu\n", name.c_str(), cell(f.f1Exact).c_str(), cell(f.f1Overlap).c_str(),
        cell(f.kappa).c_str(), cell(f.fleissKappa).c_str(), cell(f.alpha).c_str(), f.words);
}

std::string csvField(const std::string& s) {
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

void csvRow(const std::string& scope, const std::string& name, const PanelFigures& f) {
    say(stdout, "%s,%s,%s,%s,%s,%s,%s,%zu\n", scope.c_str(), csvField(name).c_str(), cell(f.f1Exact, 6).c_str(),
        cell(f.f1Overlap, 6).c_str(), cell(f.kappa, 6).c_str(), cell(f.fleissKappa, 6).c_str(), cell(f.alpha, 6).c_str(), f.words);
}

}  // namespace

int agreePanel(const std::vector<std::string>& files, const std::string& format, bool reportOnly) {
    std::vector<std::string> names, ids;
    std::map<std::string, std::size_t> rowOf;
    std::vector<std::vector<Document>> kept(files.size());  // each file's documents, alive while measured
    for (std::size_t a = 0; a < files.size(); ++a) {
        names.push_back(annotatorName(files[a]));
        for (std::size_t b = 0; b < a; ++b)
            if (names[b] == names[a]) names[a] += "#" + std::to_string(a + 1);  // two files of one name: told apart
        std::map<std::string, bool> seen;
        bool duplicate = false;
        const bool ok = forEachDocument(files[a], "", [&](Document&& d, std::size_t line) {
            if (seen[d.id]) {
                if (!duplicate) say(stderr, "%s:%zu: error: the document id %s is used by an earlier document\n", files[a].c_str(), line, d.id.c_str());
                duplicate = true;
                return;
            }
            seen[d.id] = true;
            kept[a].push_back(std::move(d));
        });
        if (!ok || duplicate) return 1;
    }
    std::vector<std::vector<const Document*>> rows;
    int status = 0;
    for (std::size_t a = 0; a < files.size(); ++a) {
        for (const Document& d : kept[a]) {
            auto [at, added] = rowOf.emplace(d.id, rows.size());
            if (added) {
                ids.push_back(d.id);
                rows.emplace_back(files.size(), nullptr);
            }
            const Document* other = nullptr;
            for (const Document* o : rows[at->second])
                if (o) other = o;
            if (other && other->text.bytes() != d.text.bytes()) {
                say(stderr, "%s: error: document %s has another text than in an earlier file\n", files[a].c_str(), d.id.c_str());
                status = 1;
                continue;
            }
            rows[at->second][a] = &d;
        }
    }
    if (status) return status;  // figures over part of the texts would mislead
    const PanelAgreement panel = measurePanel(names, ids, rows);

    if (format == "json") {
        Json labels = Json::object(), documents = Json::object();
        for (const auto& [label, f] : panel.labels) labels[label] = figuresJson(f, false);
        for (const auto& [id, f] : panel.documents) documents[id] = figuresJson(f, true);
        const Json out = {{"annotators", names}, {"documents", ids.size()}, {"overall", figuresJson(panel.overall, true)},
                          {"labels", labels}, {"per_document", documents}};
        // JSON escapes every control character itself: written as it is, not through say()'s escaping.
        const std::string text = out.dump(2) + "\n";
        std::fwrite(text.data(), 1, text.size(), stdout);
    } else if (format == "csv") {
        say(stdout, "scope,name,f1_exact,f1_overlap,kappa,fleiss_kappa,alpha,words\n");
        csvRow("overall", "all", panel.overall);
        for (const auto& [label, f] : panel.labels) csvRow("label", label, f);
        for (const auto& [id, f] : panel.documents) csvRow("document", id, f);
    } else {
        if (!reportOnly) {
            std::string who;
            for (const std::string& n : names) who += (who.empty() ? "" : ", ") + n;
            say(stdout, "%zu documents, %zu annotators (%s)\n", ids.size(), names.size(), who.c_str());
        }
        say(stdout, "  %-20s %9s %9s %9s %9s %9s %8s\n", "chance-corrected", "F1 exact", "F1 overl.", "kappa", "Fleiss k", "alpha", "words");
        tableRow("all labels", panel.overall);
        for (const auto& [label, f] : panel.labels) tableRow(label, f);
        say(stdout, "  relations F1 %s, attribution %s (pairwise, averaged); kappa: Cohen's, for two annotators;\n",
            cell(panel.overall.relationsF1).c_str(), cell(panel.overall.attribution).c_str());
        say(stdout, "  units: the words, with IOB tags (B-LABEL, I-LABEL, O; for one label, B, I, O)\n");
        if (!reportOnly)
            for (const auto& [id, f] : panel.documents) tableRow(id, f);
    }
    return standardOutputWritten() ? 0 : 1;
}

}  // namespace spanmark::cli
