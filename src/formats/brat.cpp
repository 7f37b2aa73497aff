#include "formats/brat.hpp"

#include "core/utf8.hpp"
#include "formats/file_names.hpp"
#include "formats/tokens.hpp"
#include "formats/extra_keys.hpp"

#include <map>
#include <sstream>
#include <vector>

namespace spanmark::formats {
namespace {

// Everything after the first `count` tab-separated fields: brat's text and
// note fields run to the end of the line, tabs included.
std::string restAfter(const std::string& line, std::size_t count) {
    std::size_t at = 0;
    for (std::size_t i = 0; i < count; ++i) {
        at = line.find('\t', at);
        if (at == std::string::npos) return {};
        ++at;
    }
    return line.substr(at);
}

std::vector<std::string> split(const std::string& s, char by) {
    std::vector<std::string> out;
    std::string part;
    std::istringstream in(s);
    while (std::getline(in, part, by)) out.push_back(part);
    if (!s.empty() && s.back() == by) out.emplace_back();
    return out;
}

}  // namespace

Result<Imported> readBrat(std::string_view text, std::string_view ann, std::string_view name) {
    auto t = Text::fromUtf8(std::string(text));
    if (!t) return Error{std::string(name) + ".txt: " + t.error().where, t.error().message};
    if (auto bad = utf8::firstInvalid(ann)) return Error{std::string(name) + ".ann: byte " + std::to_string(*bad), "invalid UTF-8 sequence"};
    Imported out;
    Document doc;
    doc.id = idFromFileName(std::string(name) + ".ann");
    doc.text = std::move(t.value());
    ImportBuilder build(doc);
    std::map<std::string, std::string> spanOf;  // T id -> span id
    std::map<std::string, std::size_t> dropped;
    std::istringstream lines{std::string(ann)};
    std::string line;
    std::size_t number = 0;
    struct Pending {
        std::size_t line;
        std::vector<std::string> fields;
        std::string rest;  // after the second tab: a note's text
    };
    std::vector<Pending> later;  // R, A and # lines may name T lines further down
    auto fail = [&](std::size_t n, const std::string& message) { return Error{"line " + std::to_string(n), message, n, 0}; };
    while (std::getline(lines, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        const auto fields = split(line, '\t');
        const std::string& id = fields[0];
        if (id.empty()) return fail(number, "a line must start with an id such as T1");
        if (id[0] == 'T') {
            if (fields.size() < 2) return fail(number, "a T line reads: id TAB label start end TAB text");
            const auto typeAndRanges = split(fields[1], ' ');
            if (typeAndRanges.size() < 3) return fail(number, "a T line needs a label, a start and an end");
            std::vector<std::pair<std::size_t, std::size_t>> fragments;
            const auto ranges = split(fields[1].substr(typeAndRanges[0].size() + 1), ';');
            for (const std::string& r : ranges) {
                const auto se = split(r, ' ');
                std::size_t s = 0, e = 0;
                try {
                    if (se.size() != 2) throw std::invalid_argument(r);
                    std::size_t used = 0;
                    s = std::stoul(se[0], &used);
                    if (used != se[0].size()) throw std::invalid_argument(r);
                    e = std::stoul(se[1], &used);
                    if (used != se[1].size()) throw std::invalid_argument(r);
                } catch (const std::exception&) {
                    return fail(number, "\"" + r + "\" is not a start and an end");
                }
                if (s >= e || e > doc.text.size())
                    return fail(number, "[" + std::to_string(s) + ", " + std::to_string(e) + ") is empty or past the text (" +
                                            std::to_string(doc.text.size()) + " code points)");
                if (!fragments.empty() && s < fragments.back().second)
                    return fail(number, "the fragment \"" + r + "\" starts before the one before it ends; brat fragments come in order");
                fragments.emplace_back(s, e);
            }
            std::string recorded;
            for (std::size_t k = 0; k < fragments.size(); ++k)
                recorded += (k ? " " : "") + std::string(doc.text.slice(fragments[k].first, fragments[k].second));
            if (fields.size() >= 3 && restAfter(line, 2) != recorded)
                return fail(number, id + " records the text \"" + restAfter(line, 2) + "\" but the .txt has \"" + recorded +
                                        "\" there: are the offsets counted in bytes or UTF-16 units?");
            if (fragments.size() > 1)
                out.warnings.push_back(doc.id + ".ann:" + std::to_string(number) + ": " + id +
                                       " is discontinuous; kept as the span covering its fragments");
            spanOf[id] = build.addSpan(fragments.front().first, fragments.back().second, typeAndRanges[0],
                                       "line " + std::to_string(number));
        } else if (id[0] == 'R' || id[0] == 'A' || id[0] == '#') {
            later.push_back({number, fields, restAfter(line, 2)});
        } else {
            ++dropped[std::string(1, id[0])];
        }
    }
    for (const Pending& p : later) {
        const auto& f = p.fields;
        const auto parts = f.size() >= 2 ? split(f[1], ' ') : std::vector<std::string>();
        if (f[0][0] == 'R') {
            if (parts.size() < 3) return fail(p.line, "an R line reads: id TAB label Arg1:T1 Arg2:T2");
            auto arg = [&](const std::string& a) {
                const auto colon = a.find(':');
                auto it = colon == std::string::npos ? spanOf.end() : spanOf.find(a.substr(colon + 1));
                return it == spanOf.end() ? std::string() : it->second;
            };
            const std::string from = arg(parts[1]), to = arg(parts[2]);
            if (from.empty() || to.empty()) {
                ++dropped["R on a non-T"];
                continue;
            }
            build.addRelation(parts[0], from, to, "line " + std::to_string(p.line));
        } else if (f[0][0] == 'A') {
            if (parts.size() < 2) return fail(p.line, "an A line reads: id TAB name target [value]");
            auto it = spanOf.find(parts[1]);
            if (it == spanOf.end()) {
                ++dropped["A on an event or relation"];
                continue;
            }
            if (parts.size() >= 3) build.setAttribute(it->second, parts[0], parts[2]);
            else build.setAttribute(it->second, parts[0], true);  // a binary attribute
        } else {
            if (parts.size() < 2 || f.size() < 3) return fail(p.line, "a note reads: #id TAB AnnotatorNotes target TAB note");
            auto it = spanOf.find(parts[1]);
            if (it == spanOf.end()) {
                ++dropped["# on an event or relation"];
                continue;
            }
            build.setNote(it->second, p.rest);
        }
    }
    for (const auto& [kind, n] : dropped)
        out.warnings.push_back(doc.id + ".ann: dropped " + std::to_string(n) + " " + kind + " line(s) spanmark has no place for");
    if (auto bad = build.finish()) return *bad;
    out.documents.push_back(std::move(doc));
    return out;
}

BratFiles writeBrat(const Document& doc, std::vector<std::string>& dropped) {
    BratFiles f;
    f.txt = std::string(doc.text.bytes());
    std::map<std::string, std::string> t;
    std::size_t n = 0, a = 0, notes = 0, skipped = 0, trimmed = 0, unwritable = 0, orphans = 0;
    std::size_t badNotes = 0, badAttributes = 0;
    doc.annotations.forEachSpan([&](const Span& s) {
        const std::string id = "T" + std::to_string(++n);
        t[s.id] = id;
        // brat keeps a span on one line: across a line break it becomes
        // fragments, one per line, as brat itself writes them.
        std::string ranges, text;
        std::size_t from = s.start;
        auto flush = [&](std::size_t to) {
            if (to > from) {
                ranges += (ranges.empty() ? "" : ";") + std::to_string(from) + " " + std::to_string(to);
                text += (text.empty() ? "" : " ") + std::string(doc.text.slice(from, to));
            }
        };
        for (std::size_t i = s.start; i < s.end; ++i) {
            const char32_t c = doc.text.at(i);
            if (c == '\n' || c == '\r') {
                flush(i);
                from = i + 1;
            }
        }
        flush(s.end);
        if (ranges.empty()) {  // nothing but line breaks: brat has no way to write it
            ++unwritable;
            t.erase(s.id);
            --n;
            return;
        }
        if (ranges.find(';') != std::string::npos) ++skipped;
        const char32_t first = doc.text.at(s.start), last = doc.text.at(s.end - 1);
        if (first == '\n' || first == '\r' || last == '\n' || last == '\r') ++trimmed;
        f.ann += id + "\t" + s.label + " " + ranges + "\t" + text + "\n";
        for (const auto& [name, value] : s.attributes) {
            std::string v = std::visit([](const auto& x) -> std::string {
                using X = std::decay_t<decltype(x)>;
                if constexpr (std::is_same_v<X, std::string>) return x;
                else if constexpr (std::is_same_v<X, bool>) return x ? "" : "false";
                else return std::to_string(x);
            }, value);
            // brat's A line is space-separated: a name or value with a space or a line break would forge fields or lines.
            if (!isLineToken(name) || (!v.empty() && !isLineToken(v))) {
                ++badAttributes;
                continue;
            }
            f.ann += "A" + std::to_string(++a) + "\t" + name + " " + id + (v.empty() ? "" : " " + v) + "\n";
        }
        if (s.note.find_first_of("\n\r") != std::string::npos) ++badNotes;  // would start a forged line
        else if (!s.note.empty()) f.ann += "#" + std::to_string(++notes) + "\tAnnotatorNotes " + id + "\t" + s.note + "\n";
    });
    std::size_t r = 0;
    doc.annotations.forEachRelation([&](const Relation& rel) {
        if (!t.count(rel.from) || !t.count(rel.to)) {
            ++orphans;
            return;
        }
        f.ann += "R" + std::to_string(++r) + "\t" + rel.label + " Arg1:" + t[rel.from] + " Arg2:" + t[rel.to] + "\t\n";
    });
    if (badNotes) dropped.push_back(std::to_string(badNotes) + " span notes with line breaks (a brat note is one line)");
    if (badAttributes)
        dropped.push_back(std::to_string(badAttributes) + " attributes whose name or value holds a space or a line break");
    if (unwritable) dropped.push_back(std::to_string(unwritable) + " spans of nothing but line breaks");
    if (orphans) dropped.push_back(std::to_string(orphans) + " relations to those spans");
    if (trimmed) dropped.push_back(std::to_string(trimmed) + " line breaks at span edges (brat spans cannot start or end with one)");
    if (skipped)
        dropped.push_back(std::to_string(skipped) + " spans across line breaks, written as fragments (brat reads them back as discontinuous)");
    countExtraKeys({&doc}, dropped);
    return f;
}

}  // namespace spanmark::formats
