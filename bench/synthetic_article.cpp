#include "synthetic_article.hpp"

#include <random>
#include <stdexcept>
#include <vector>

#include "core/history.hpp"

namespace spanmark::bench {
namespace {

const char* kActors[] = {"the minister", "Ana Lobo", "the mayor", "José Muñoz", "a spokesman", "Ms Ødegaard",
                         "the union", "Dr Nakamura", "the council", "Mr Abreu"};
const char* kPlaces[] = {"Port Alvor", "Vila Seca", "Santa Brígida", "the harbour", "Łódź", "the capital",
                         "Kraków", "the island", "São Tomé", "the terminal"};
const char* kFigures[] = {"340 workers", "€1,200", "6.5%", "48 hours", "1.7 million passengers", "ten boats",
                          "31 years", "900 vehicles", "two crossings", "4,800 people"};
const char* kVerbs[] = {"said", "told reporters", "added", "warned", "insisted", "explained"};
const char* kFiller[] = {"talks", "resumed", "after", "a", "long", "night", "of", "meetings", "while", "crews",
                         "waited", "outside", "the", "gates", "and", "traffic", "slowed", "across", "region", "today"};

}  // namespace

Document syntheticArticle(const SyntheticSize& size, unsigned seed) {
    std::mt19937 rng(seed);
    auto pick = [&](auto& list) { return list[rng() % (sizeof(list) / sizeof(list[0]))]; };
    struct Planned {
        std::size_t start, end;
        const char* label;
    };
    std::vector<Planned> planned;
    std::string text;
    text.reserve(size.bytes + 512);
    std::size_t cp = 0;  // code points written so far
    auto put = [&](const std::string& s) {
        for (unsigned char c : s)
            if ((c & 0xC0) != 0x80) ++cp;
        text += s;
    };
    auto mark = [&](const std::string& s, const char* label) {
        const std::size_t start = cp;
        put(s);
        planned.push_back({start, cp, label});
    };
    std::size_t sentence = 0;
    while (text.size() < size.bytes) {
        // One sentence: actors, places, a figure, and a quote with a place nested in it.
        mark(pick(kActors), "ACTOR");
        put(" ");
        put(pick(kVerbs));
        put(" in ");
        mark(pick(kPlaces), "PLACE");
        put(" that ");
        put(pick(kFiller));
        put(" ");
        mark(pick(kFigures), "FIGURE");
        put(" and ");
        mark(pick(kActors), "ACTOR");
        put(" near ");
        mark(pick(kPlaces), "PLACE");
        put(": “");
        const std::size_t quoteStart = cp - 1;
        put(pick(kFiller));
        put(" ");
        mark(pick(kPlaces), "PLACE");
        put(" ");
        put(pick(kFiller));
        put(".”");
        planned.push_back({quoteStart, cp, "QUOTE"});
        put(++sentence % 6 == 0 ? "\n\n" : " ");
    }
    auto t = Text::fromUtf8(std::move(text));
    if (!t) throw std::runtime_error("synthetic text is not UTF-8");
    Document doc;
    doc.id = "synthetic";
    doc.text = std::move(t.value());

    // Keep an even spread of the planned spans, as many as asked.
    std::vector<Span> spans;
    const std::size_t take = std::min(size.spans, planned.size());
    spans.reserve(take);
    for (std::size_t i = 0; i < take; ++i) {
        const Planned& p = planned[i * planned.size() / take];
        spans.push_back({"s" + std::to_string(i + 1), p.start, p.end, p.label, {}, {}, {}});
    }
    doc.annotations.assignSpans(std::move(spans));
    // Each quote's speaker is the actor before it in its sentence.
    std::size_t made = 0;
    const Span* lastActor = nullptr;
    for (const Span* s : doc.annotations.spans()) {
        if (made >= size.relations) break;
        if (s->label == "ACTOR") lastActor = s;
        if (s->label == "QUOTE" && lastActor) {
            doc.annotations.insertRelation({"r" + std::to_string(++made), "SPEAKER", s->id, lastActor->id, {}});
            lastActor = nullptr;
        }
    }
    return doc;
}

}  // namespace spanmark::bench
