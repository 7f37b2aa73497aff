// Writes a JSONL corpus of generated articles (spanmark v1, one a line) for
// the CLI benchmark.   make_corpus OUT.jsonl MEGABYTES
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "formats/document_json.hpp"
#include "synthetic_article.hpp"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: make_corpus OUT.jsonl MEGABYTES\n");
        return 2;
    }
    const double target = std::atof(argv[2]) * 1048576.0;
    std::ofstream out(argv[1], std::ios::binary);
    double written = 0;
    for (unsigned seed = 1; written < target; ++seed) {
        // Articles of 8 to 24 KB of text with a span every 20 code points or so.
        const std::size_t bytes = 8192 + (seed * 7919) % 16384;
        auto doc = spanmark::bench::syntheticArticle({bytes, bytes / 20, bytes / 200}, seed);
        doc.id = "article-" + std::to_string(seed);
        const std::string line = spanmark::formats::writeSpanmarkJson(doc, spanmark::formats::Layout::Line);
        out << line << '\n';
        written += static_cast<double>(line.size() + 1);
    }
    return out ? 0 : 1;
}
