// Writes a JSONL corpus of generated articles (spanmark v1, one a line) for
// the CLI benchmark, or (--line) the articles' text as one line with no
// break, the single-line input of `suggest`'s memory benchmark.
//   make_corpus OUT.jsonl MEGABYTES
//   make_corpus --line OUT.txt MEGABYTES
#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <fstream>
#include <string>

#include "formats/document_json.hpp"
#include "synthetic_article.hpp"

int main(int argc, char** argv) {
    const bool line = argc == 4 && std::string(argv[1]) == "--line";
    if (line) ++argv, --argc;
    if (argc != 3) {
        std::fprintf(stderr, "usage: make_corpus [--line] OUT MEGABYTES\n");
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
        if (line) {
            std::string text(doc.text.bytes());
            for (char& c : text)
                if (c == '\n' || c == '\r') c = ' ';
            text.resize(std::min<std::size_t>(text.size(), static_cast<std::size_t>(target - written)));
            while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.pop_back();
            if (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xC0) text.pop_back();  // no cut character
            out << text << ' ';
            written += static_cast<double>(text.size() + 1);
            continue;
        }
        const std::string line = spanmark::formats::writeSpanmarkJson(doc, spanmark::formats::Layout::Line);
        out << line << '\n';
        written += static_cast<double>(line.size() + 1);
    }
    return out ? 0 : 1;
}
