// The suggestion rules on a 1 MB article made of our own news articles
// (tests/data/suggest, repeated): each rule family, the whole suggestFor,
// and the same again on the document with every suggestion accepted (so
// propagation has thousands of labelled strings). Baseline in the same run:
// decoding the text and splitting it into words, which every rule needs.
// Then the learned tagger: training on the generated article, tagging 1 MB.
//   suggest_bench ARTICLE.txt...
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/edit.hpp"
#include "suggest/figures.hpp"
#include "suggest/propagation.hpp"
#include "suggest/quotes.hpp"
#include "suggest/scan.hpp"
#include "suggest/speakers.hpp"
#include "suggest/suggest.hpp"
#include "suggest/tagger.hpp"
#include "synthetic_article.hpp"
#include "timing.hpp"

using namespace spanmark;
using bench::medianMs;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fputs("usage: suggest_bench ARTICLE.txt...\n", stderr);
        return 2;
    }
    std::string articles;
    for (int i = 1; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        articles.append(std::istreambuf_iterator<char>(in), {});
        articles += "\n\n";
    }
    std::string bytes;
    while (bytes.size() < 1000000) bytes += articles;
    Document doc;
    doc.id = "news-1mb";
    doc.text = std::move(Text::fromUtf8(bytes).value());
    std::printf("document: %zu code points, %zu bytes (%d articles repeated)\n", doc.text.size(), doc.text.byteSize(), argc - 1);

    constexpr int kRuns = 5;
    std::size_t figures = 0, quotes = 0, speakers = 0;
    const double decode = medianMs(kRuns, [&] { suggest::Scan scan(doc.text); });
    const suggest::Scan scan(doc.text);
    const double figureMs = medianMs(kRuns, [&] { figures = suggest::findFigures(scan).size(); });
    std::vector<Range> quoteRanges;
    const double quoteMs = medianMs(kRuns, [&] { quoteRanges = suggest::findQuotes(scan); });
    quotes = quoteRanges.size();
    const double speakerMs = medianMs(kRuns, [&] { speakers = suggest::findSpeakers(scan, quoteRanges, {}).size(); });
    suggest::Suggestions all;
    const double totalMs = medianMs(kRuns, [&] { all = suggest::suggestFor(doc); });
    std::printf("baseline, decode + words: %.1f ms\n", decode);
    std::printf("figures: %.1f ms (%zu)\n", figureMs, figures);
    std::printf("quotes: %.1f ms (%zu)\n", quoteMs, quotes);
    std::printf("speakers: %.1f ms (%zu)\n", speakerMs, speakers);
    std::printf("suggestFor, bare text: %.1f ms (%zu spans, %zu relations)\n", totalMs, all.spans.size(), all.relations.size());

    // Accept everything: the document now has thousands of labelled strings.
    if (auto error = apply(doc, suggest::acceptEdit(doc, all.spans, all.relations, false, "accept all"))) {
        std::fprintf(stderr, "accepting failed: %s\n", error->describe().c_str());
        return 1;
    }
    std::size_t propagated = 0;
    const double propagationMs = medianMs(kRuns, [&] { propagated = suggest::propagate(scan, doc).size(); });
    suggest::Suggestions rest;
    const double annotatedMs = medianMs(kRuns, [&] { rest = suggest::suggestFor(doc); });
    std::printf("propagation, %zu spans labelled: %.1f ms (%zu occurrences before settling)\n",
                doc.annotations.spanCount(), propagationMs, propagated);
    std::printf("suggestFor, every suggestion accepted: %.1f ms (%zu spans, %zu relations still open)\n", annotatedMs,
                rest.spans.size(), rest.relations.size());

    // The page benchmarks' generated article: 1 MB, 50,000 spans, 5,000 relations.
    const Document synthetic = bench::syntheticArticle({});
    suggest::Suggestions found;
    const double syntheticMs = medianMs(kRuns, [&] { found = suggest::suggestFor(synthetic); });
    std::printf("suggestFor, generated article (%zu code points, %zu spans, %zu relations): %.1f ms (%zu spans, %zu relations)\n",
                synthetic.text.size(), synthetic.annotations.spanCount(), synthetic.annotations.relationCount(), syntheticMs,
                found.spans.size(), found.relations.size());

    // The learned tagger: trained on the generated article's spans, then tagging the 1 MB news text bare.
    suggest::Tagger model;
    const double trainMs = medianMs(3, [&] { model = suggest::Tagger::train({&synthetic}, 1); });
    Document bare;
    bare.text = doc.text;
    bare.labels = synthetic.labels;
    std::size_t tagged = 0;
    const double tagMs = medianMs(kRuns, [&] { tagged = model.tag(bare).size(); });
    std::printf("tagger, one epoch on the generated article (%zu spans): %.1f ms, %zu bytes of model\n",
                synthetic.annotations.spanCount(), trainMs, model.save().size());
    std::printf("tagger, tagging the 1 MB article: %.1f ms (%zu spans)\n", tagMs, tagged);
    return 0;
}
