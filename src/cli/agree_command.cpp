// agree with any number of annotators (docs/cli.md): each file is one
// annotator's documents (named after the file), matched by document id; the
// chance-corrected figures and pairwise F1 for the corpus, per label and per
// document, as a table, CSV or JSON. Two files in the table format also get
// the reference comparison of inspect.cpp (precision and recall of B against A).
#include <cmath>

#include "cli/commands.hpp"
#include "cli/panel.hpp"
#include "cli/say.hpp"
#include "core/panel_agreement.hpp"
#include "formats/agreement_json.hpp"

namespace spanmark::cli {
namespace {

std::string cell(double value, int digits = 3) {
    if (std::isnan(value)) return "n/a";
    char out[32];
    std::snprintf(out, sizeof out, "%.*f", digits, value);
    return out;
}

void tableRow(const std::string& name, const PanelFigures& f) {
    say(stdout, "  %-20s %9s %9s %9s %9s %9s %9s %8zu\n", name.c_str(), cell(f.f1Exact).c_str(), cell(f.f1Overlap).c_str(),
        cell(f.kappa).c_str(), cell(f.fleissKappa).c_str(), cell(f.alpha).c_str(), cell(f.alphaU).c_str(), f.words);
}

std::string csvField(const std::string& s) {
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

void csvRow(const std::string& scope, const std::string& name, const PanelFigures& f) {
    say(stdout, "%s,%s,%s,%s,%s,%s,%s,%s,%zu\n", scope.c_str(), csvField(name).c_str(), cell(f.f1Exact, 6).c_str(),
        cell(f.f1Overlap, 6).c_str(), cell(f.kappa, 6).c_str(), cell(f.fleissKappa, 6).c_str(), cell(f.alpha, 6).c_str(),
        cell(f.alphaU, 6).c_str(), f.words);
}

}  // namespace

int agreePanel(const std::vector<std::string>& files, const std::string& format, bool reportOnly) {
    Panel read;
    const bool server = files.size() == 1 && isServerAddress(files[0]);
    if (!(server ? readTeamPanel(files[0], read) : readPanel(files, read))) return 1;  // figures over part of the texts would mislead
    const std::vector<std::string>& names = read.annotators;
    const std::vector<std::string>& ids = read.ids;
    const PanelAgreement panel = measurePanel(names, ids, read.rows, runOnCores);

    if (format == "json") {
        // JSON escapes every control character itself: written as it is, not through say()'s escaping.
        const std::string text = formats::writeAgreementJson(panel);
        std::fwrite(text.data(), 1, text.size(), stdout);
    } else if (format == "csv") {
        say(stdout, "scope,name,f1_exact,f1_overlap,kappa,fleiss_kappa,alpha,alpha_u,words\n");
        csvRow("overall", "all", panel.overall);
        for (const auto& [label, f] : panel.labels) csvRow("label", label, f);
        for (const auto& [id, f] : panel.documents) csvRow("document", id, f);
    } else {
        if (!reportOnly) {
            std::string who;
            for (const std::string& n : names) who += (who.empty() ? "" : ", ") + n;
            say(stdout, "%zu documents, %zu annotators (%s)\n", ids.size(), names.size(), who.c_str());
        }
        say(stdout, "  %-20s %9s %9s %9s %9s %9s %9s %8s\n", "chance-corrected", "F1 exact", "F1 overl.", "kappa", "Fleiss k", "alpha",
            "alpha u", "words");
        tableRow("all labels", panel.overall);
        for (const auto& [label, f] : panel.labels) tableRow(label, f);
        say(stdout, "  relations F1 %s, attribution %s (pairwise, averaged); kappa: Cohen's, for two annotators;\n",
            cell(panel.overall.relationsF1).c_str(), cell(panel.overall.attribution).c_str());
        say(stdout, "  units: the words, with IOB tags (B-LABEL, I-LABEL, O; for one label, B, I, O); alpha u: Krippendorff's\n");
        say(stdout, "  unitizing alpha over the characters, for the documents every annotator made\n");
        if (!reportOnly)
            for (const auto& [id, f] : panel.documents) tableRow(id, f);
    }
    return standardOutputWritten() ? 0 : 1;
}

}  // namespace spanmark::cli
