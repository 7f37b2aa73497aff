// Three annotators' versions of generated articles, for the agreement and
// curation benchmarks: each starts from the same spans and departs from them
// at random (seeded, so every run makes the same files): about 4% of the
// spans dropped, 4% relabelled, 4% with the end moved, and a few spans added.
//   make_panel --corpus DIR DOCUMENTS   DIR/{anna,ben,chen}.jsonl, articles of 4 KB
//   make_panel --article DIR            DIR/{anna,ben,chen}.json, one 1 MB article, 50,000 spans
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "formats/document_json.hpp"
#include "synthetic_article.hpp"

namespace {

using spanmark::Document;
using spanmark::Span;

const char* const kAnnotators[] = {"anna", "ben", "chen"};

Document departFrom(const Document& base, unsigned seed) {
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> chance(0, 1);
    const std::vector<std::string> labels = {"ACTOR", "PLACE", "FIGURE", "QUOTE"};
    Document out;
    out.id = base.id;
    out.text = base.text;
    out.labels = base.labels;
    std::vector<Span> spans;
    for (const Span* s : base.annotations.spans()) {
        const double roll = chance(random);
        if (roll < 0.04) continue;
        Span copy = *s;
        copy.extraJson.clear();
        if (roll < 0.08) {
            std::size_t k = 0;
            while (k < labels.size() && labels[k] != copy.label) ++k;
            copy.label = labels[(k + 1 + random() % 3) % labels.size()];
        }
        else if (roll < 0.12 && copy.end - copy.start > 2) copy.end -= 1 + random() % 2;
        if (out.annotations.find(copy.start, copy.end, copy.label)) continue;
        out.annotations.insertSpan(std::move(copy));
    }
    // A few spans of their own, each a short stretch somewhere.
    const std::size_t extra = base.annotations.spanCount() / 50;
    for (std::size_t i = 0; i < extra && base.text.size() > 20; ++i) {
        const std::size_t start = random() % (base.text.size() - 10);
        Span s{"x" + std::to_string(i + 1), start, start + 3 + random() % 6, labels[random() % 4], {}, {}, {}};
        if (!out.annotations.find(s.start, s.end, s.label)) out.annotations.insertSpan(std::move(s));
    }
    base.annotations.forEachRelation([&](const spanmark::Relation& r) {
        const Span *from = out.annotations.span(r.from), *to = out.annotations.span(r.to);
        // Kept where both ends are there with the labels the relation links.
        if (from && to && from->label == base.annotations.span(r.from)->label && to->label == base.annotations.span(r.to)->label)
            out.annotations.insertRelation(r);
    });
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string mode = argc >= 3 ? argv[1] : "";
    if (!(mode == "--corpus" && argc == 4) && !(mode == "--article" && argc == 3)) {
        std::fprintf(stderr, "usage: make_panel --corpus DIR DOCUMENTS | make_panel --article DIR\n");
        return 2;
    }
    const std::string dir = argv[2];
    if (mode == "--article") {
        const Document base = spanmark::bench::syntheticArticle({1 << 20, 50000, 5000}, 7);
        for (unsigned a = 0; a < 3; ++a) {
            std::ofstream out(dir + "/" + kAnnotators[a] + ".json", std::ios::binary);
            out << spanmark::formats::writeSpanmarkJson(departFrom(base, 100 + a), spanmark::formats::Layout::Line) << "\n";
        }
        return 0;
    }
    const long documents = std::atol(argv[3]);
    std::ofstream files[3];
    for (unsigned a = 0; a < 3; ++a) files[a].open(dir + "/" + kAnnotators[a] + ".jsonl", std::ios::binary);
    for (long d = 1; d <= documents; ++d) {
        Document base = spanmark::bench::syntheticArticle({4096, 200, 20}, static_cast<unsigned>(d));
        base.id = "article-" + std::to_string(d);
        for (unsigned a = 0; a < 3; ++a)
            files[a] << spanmark::formats::writeSpanmarkJson(departFrom(base, static_cast<unsigned>(d * 3 + a)), spanmark::formats::Layout::Line)
                     << "\n";
    }
    return 0;
}
