#include "formats/conll.hpp"

#include <algorithm>

#include "formats/tokens.hpp"
#include "formats/extra_keys.hpp"

namespace spanmark::formats {
namespace {

struct Chunk {
    std::size_t start, end;
    std::string label;
    std::size_t line;  // where it begins in the file
};

std::vector<std::string> columns(std::string_view line) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
        const std::size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
        if (i > start) out.emplace_back(line.substr(start, i - start));
    }
    return out;
}

}  // namespace

Result<Imported> readConll(std::string_view input, std::string_view name) {
    Imported out;
    std::string text;
    std::vector<Chunk> chunks;
    bool sentenceOpen = false;
    std::size_t cp = 0, number = 0, docs = 0;
    auto finish = [&]() -> std::optional<Error> {
        if (text.empty() && chunks.empty()) return std::nullopt;
        auto t = Text::fromUtf8(text);
        if (!t) return Error{"document " + std::to_string(docs + 1), t.error().describe()};
        Document doc;
        doc.id = std::string(name) + (docs ? "-" + std::to_string(docs + 1) : "");
        doc.text = std::move(t.value());
        ImportBuilder build(doc);
        for (const Chunk& c : chunks) build.addSpan(c.start, c.end, c.label, "line " + std::to_string(c.line));
        if (auto bad = build.finish()) return bad;
        out.documents.push_back(std::move(doc));
        ++docs;
        text.clear();
        chunks.clear();
        cp = 0;
        sentenceOpen = false;
        return std::nullopt;
    };
    std::string open;  // the label of the chunk the previous token belongs to
    std::size_t begin = 0;
    while (begin < input.size()) {
        std::size_t end = input.find('\n', begin);
        if (end == std::string_view::npos) end = input.size();
        std::string_view line = input.substr(begin, end - begin);
        begin = end + 1;
        ++number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        const auto cols = columns(line);
        if (cols.empty()) {  // a sentence ends
            if (sentenceOpen) {
                text += '\n';
                ++cp;
            }
            sentenceOpen = false;
            open.clear();
            continue;
        }
        if (cols[0] == "-DOCSTART-") {
            if (auto e = finish()) return *e;
            open.clear();
            continue;
        }
        if (cols.size() < 2)
            return Error{"line " + std::to_string(number), "a token line needs the token and its tag", number, 0};
        const std::string& tag = cols.back();
        const std::string& token = cols.front();
        if (!text.empty() && sentenceOpen) {
            text += ' ';
            ++cp;
        }
        const std::size_t start = cp;
        text += token;
        for (unsigned char c : token)
            if ((c & 0xC0) != 0x80) ++cp;
        sentenceOpen = true;
        if (tag == "O") {
            open.clear();
            continue;
        }
        // IOB2, and IOBES as flair writes it: S- is a chunk of one token, E- ends one.
        if (tag.size() < 3 || tag[1] != '-' || std::string("BIES").find(tag[0]) == std::string::npos)
            return Error{"line " + std::to_string(number), "the tag \"" + tag + "\" is neither O nor B-, I-, E- or S- and a label",
                         number, 0};
        const std::string label = tag.substr(2);
        const bool continues = (tag[0] == 'I' || tag[0] == 'E') && open == label && !chunks.empty();
        if (continues) chunks.back().end = cp;
        else chunks.push_back({start, cp, label, number});
        open = tag[0] == 'S' || tag[0] == 'E' ? std::string() : label;
    }
    if (auto e = finish()) return *e;
    if (out.documents.empty()) return Error{"line 1", "no tokens"};
    return out;
}

std::string writeConll(const std::vector<const Document*>& docs, std::vector<std::string>& dropped) {
    std::string out;
    std::size_t overlapping = 0, relations = 0, extras = 0, split = 0;
    for (const Document* doc : docs) {
        // IOB holds one layer: the outermost spans that do not overlap.
        std::vector<const Span*> spans = doc->annotations.spans();
        std::stable_sort(spans.begin(), spans.end(), [](const Span* a, const Span* b) {
            return a->start != b->start ? a->start < b->start : a->end > b->end;
        });
        std::vector<const Span*> kept;
        for (const Span* s : spans) {
            extras += !s->note.empty() + s->attributes.size();
            if (!kept.empty() && s->start < kept.back()->end) {
                ++overlapping;
                continue;
            }
            kept.push_back(s);
        }
        relations += doc->annotations.relationCount();
        std::vector<std::size_t> edges;
        for (const Span* s : kept) {
            edges.push_back(s->start);
            edges.push_back(s->end);
        }
        if (!out.empty()) out += '\n';
        out += "-DOCSTART-\tO\n\n";
        std::size_t k = 0;
        std::size_t previousEnd = 0;
        bool lineHasTokens = false;
        for (const Token& t : tokenize(doc->text, edges)) {
            // A line break between tokens ends the sentence.
            bool brk = false;
            for (std::size_t i = previousEnd; i < t.start && !brk; ++i) brk = doc->text.at(i) == '\n';
            if (brk && lineHasTokens) {
                out += '\n';
                if (k < kept.size() && kept[k]->start < t.start && t.start < kept[k]->end) ++split;
            }
            previousEnd = t.end;
            lineHasTokens = true;
            while (k < kept.size() && kept[k]->end <= t.start) ++k;
            std::string tag = "O";
            if (k < kept.size() && kept[k]->start <= t.start && t.end <= kept[k]->end)
                tag = (kept[k]->start == t.start ? "B-" : "I-") + kept[k]->label;
            out += std::string(doc->text.slice(t.start, t.end)) + "\t" + tag + "\n";
        }
    }
    if (overlapping) dropped.push_back(std::to_string(overlapping) + " nested or overlapping spans (IOB holds one layer)");
    if (relations) dropped.push_back(std::to_string(relations) + " relations (CoNLL has none)");
    if (split) dropped.push_back(std::to_string(split) + " sentence breaks inside spans (a chunk ends with its sentence)");
    if (extras) dropped.push_back(std::to_string(extras) + " notes and attributes");
    countExtraKeys(docs, dropped);
    return out;
}

}  // namespace spanmark::formats
