// The core on a long article: load + validate, save, a visible-range query,
// and memory. Prints one line per figure; bench/run-core compares the native
// and the WebAssembly builds.
//   core_bench [--write FILE]   (--write also saves the document, for the page benchmarks)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "formats/document_json.hpp"
#include "synthetic_article.hpp"
#include "timing.hpp"

using namespace spanmark;
using bench::medianMs;

namespace {

// Resident memory now, in MB, where the system tells it (Linux); -1 elsewhere.
double residentMb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
    return -1;
}

}  // namespace

int main(int argc, char** argv) {
    const double rssStart = residentMb();
    std::string json;
    {
        const Document doc = bench::syntheticArticle({});
        json = formats::writeSpanmarkJson(doc);
        std::printf("document: %zu code points, %zu bytes of text, %zu spans, %zu relations, file %zu bytes\n",
                    doc.text.size(), doc.text.byteSize(), doc.annotations.spanCount(),
                    doc.annotations.relationCount(), json.size());
    }
    if (argc == 3 && std::string(argv[1]) == "--write") {
        std::ofstream(argv[2], std::ios::binary) << json;
    }

    // Memory first, on a fresh heap: what holding the loaded document costs.
    const double rssBefore = residentMb();
    std::optional<Document> loaded;
    {
        auto doc = formats::readSpanmarkJson(json);
        if (!doc) {
            std::printf("load failed: %s\n", doc.error().describe().c_str());
            return 1;
        }
        loaded.emplace(std::move(doc.value()));
    }
    const double rssLoaded = residentMb();

    // Baseline in the same run: nlohmann/json parsing the same bytes into its DOM, nothing more.
    std::size_t parsedMembers = 0;
    const double parseOnly = medianMs(5, [&] { parsedMembers += nlohmann::json::parse(json).size(); });
    const double load = medianMs(5, [&] {
        auto doc = formats::readSpanmarkJson(json);
        if (!doc) std::printf("load failed: %s\n", doc.error().describe().c_str());
        loaded.emplace(std::move(doc.value()));
    });
    std::string saved;
    const double save = medianMs(5, [&] { saved = formats::writeSpanmarkJson(*loaded); });
    if (saved != json) std::printf("save differs from the generated file!\n");

    // A screenful: about 3,000 code points starting anywhere.
    std::mt19937 rng(3);
    const std::size_t n = loaded->text.size();
    std::vector<std::size_t> starts(20000);
    for (auto& s : starts) s = rng() % (n - 3000);
    std::size_t hits = 0;
    const double queries = medianMs(5, [&] {
        for (std::size_t s : starts)
            loaded->annotations.forEachIntersecting(s, s + 3000, [&](const Span&) { ++hits; });
    });
    const double perQueryUs = queries * 1000.0 / static_cast<double>(starts.size());

    std::printf("json parse only (baseline): %8.1f ms\n", parseOnly);
    std::printf("load + validate:            %8.1f ms  (%.2fx the bare parse)\n", load, load / parseOnly);
    std::printf("save:                       %8.1f ms\n", save);
    std::printf("visible-range query:        %8.2f us  (%zu spans per screen on average)\n", perQueryUs,
                hits / (starts.size() * 5));
    if (rssLoaded > 0)
        std::printf("resident for the document:  %8.1f MB  (process: %.1f MB at start, %.1f MB with the %.1f MB file "
                    "in memory, %.1f MB loaded)\n",
                    rssLoaded - rssBefore, rssStart, rssBefore, json.size() / 1048576.0, rssLoaded);
    return saved == json && parsedMembers > 0 ? 0 : 1;
}
