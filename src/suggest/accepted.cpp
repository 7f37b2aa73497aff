#include "suggest/accepted.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <unordered_map>

namespace spanmark::suggest {
std::string suggestedMark(const std::string& rule) { return "{\"suggested\": \"" + rule + "\"}"; }

std::string suggestedMark(const std::string& rule, const std::string& difference, const std::string& extraJson) {
    std::string out = suggestedMark(rule);
    const std::size_t open = extraJson.find('{'), close = extraJson.rfind('}');
    const bool extra = open != std::string::npos && close != std::string::npos && extraJson.find_first_not_of(" \n", open + 1) < close;
    if (difference.empty() && !extra) return out;
    out.pop_back();
    if (!difference.empty()) {
        out += ", \"difference\": \"";
        for (char c : difference) {  // read from a file: any string may be in it
            if (c == '"' || c == '\\') out += '\\';
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char* hex = "0123456789abcdef";
                out += "\\u00";
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
                continue;
            }
            out += c;
        }
        out += '"';
    }
    if (extra) out += ", " + extraJson.substr(open + 1, close - open - 1);
    return out + "}";
}

namespace {

// Where a member's value starts in the extra keys' text (after "key": ), or npos.
std::size_t valueAt(const std::string& json, const std::string& key) {
    const std::string quoted = "\"" + key + "\"";
    for (std::size_t at = json.find(quoted); at != std::string::npos; at = json.find(quoted, at + 1)) {
        std::size_t p = at + quoted.size();
        while (p < json.size() && (json[p] == ' ' || json[p] == '\t' || json[p] == '\n')) ++p;
        if (p < json.size() && json[p] == ':') {
            ++p;
            while (p < json.size() && (json[p] == ' ' || json[p] == '\t' || json[p] == '\n')) ++p;
            return p;
        }
    }
    return std::string::npos;
}

// A JSON string starting at `at` (its opening quote), unescaped as far as names need; `end` past its closing quote.
std::string stringAt(const std::string& json, std::size_t at, std::size_t& end) {
    std::string out;
    for (end = at + 1; end < json.size() && json[end] != '"'; ++end) {
        if (json[end] == '\\' && end + 1 < json.size()) ++end;
        out += json[end];
    }
    ++end;
    return out;
}

}  // namespace

std::string markString(const std::string& extraJson, const std::string& key) {
    const std::size_t at = valueAt(extraJson, key);
    if (at == std::string::npos || extraJson[at] != '"') return {};
    std::size_t end = 0;
    return stringAt(extraJson, at, end);
}

std::optional<double> markNumber(const std::string& extraJson, const std::string& key) {
    const std::size_t at = valueAt(extraJson, key);
    if (at == std::string::npos || !(extraJson[at] == '-' || (extraJson[at] >= '0' && extraJson[at] <= '9'))) return std::nullopt;
    char* end = nullptr;
    const double v = std::strtod(extraJson.c_str() + at, &end);
    if (end == extraJson.c_str() + at || !std::isfinite(v)) return std::nullopt;
    return v;
}

std::string confidenceMark(double confidence) {
    char number[32];
    std::snprintf(number, sizeof number, "%.3f", confidence);
    return std::string("{\"confidence\": ") + number + "}";
}

std::vector<std::string> markList(const std::string& extraJson, const std::string& key) {
    std::size_t at = valueAt(extraJson, key);
    if (at == std::string::npos || extraJson[at] != '[') return {};
    std::vector<std::string> out;
    for (++at; at < extraJson.size() && extraJson[at] != ']'; ++at) {
        if (extraJson[at] != '"') continue;
        std::size_t end = 0;
        out.push_back(stringAt(extraJson, at, end));
        at = end - 1;
    }
    return out;
}

std::string markNames(const std::string& extraJson, const std::string& key) {
    std::string out;
    for (const std::string& name : markList(extraJson, key)) out += (out.empty() ? "" : ", ") + name;
    return out;
}

std::string withoutMark(const std::string& extraJson, const std::string& key) {
    const std::size_t value = valueAt(extraJson, key);
    const bool number = value != std::string::npos && markNumber(extraJson, key).has_value();
    if (value == std::string::npos || (extraJson[value] != '"' && !number)) return extraJson == "{}" ? std::string() : extraJson;
    std::size_t end = value;
    if (number) end = extraJson.find_first_of(",} \n", value);
    else stringAt(extraJson, value, end);
    std::size_t begin = extraJson.rfind("\"" + key + "\"", value);
    // The member and one comma beside it: the one after it, or else the one before.
    std::size_t after = end;
    while (after < extraJson.size() && (extraJson[after] == ' ' || extraJson[after] == '\n')) ++after;
    if (after < extraJson.size() && extraJson[after] == ',') {
        end = after + 1;
        while (end < extraJson.size() && (extraJson[end] == ' ' || extraJson[end] == '\n')) ++end;
    } else {
        std::size_t before = begin;
        while (before > 0 && (extraJson[before - 1] == ' ' || extraJson[before - 1] == '\n')) --before;
        if (before > 0 && extraJson[before - 1] == ',') begin = before - 1;
    }
    std::string out = extraJson.substr(0, begin) + extraJson.substr(end);
    return out.find_first_not_of("{} \n") == std::string::npos ? std::string() : out;
}

std::string Accepted::idOf(const Document& doc, Range range, const std::string& label) const {
    if (const Span* s = doc.annotations.find(range.begin, range.end, label)) return s->id;
    const SpanSuggestion key{range, label, {}};
    auto at = std::lower_bound(spans.begin(), spans.end(), key, spanOrder);
    return "s" + std::to_string(firstSpanNumber + static_cast<std::size_t>(at - spans.begin()));
}

Accepted::Link Accepted::link(const Document& doc, std::size_t i) const {
    const RelationSuggestion& r = relations[i];
    return {r.label, idOf(doc, r.from, r.fromLabel), idOf(doc, r.to, r.toLabel), r.rule};
}

Result<Accepted> acceptAll(const Document& doc, Suggestions&& found) {
    Accepted out;
    out.spans = std::move(found.spans);
    if (!std::is_sorted(out.spans.begin(), out.spans.end(), spanOrder)) sortSpans(out.spans);
    // A relation brings its quote and actor with it when they are not spans yet. Few do
    // (the rules suggest both ends as spans), so those are sorted apart and merged in:
    // sorting them with all the spans took a second copy of the spans, 30 MB on a 20 MB text.
    auto listed = [&](Range range, const std::string& label) {
        return std::binary_search(out.spans.begin(), out.spans.end(), SpanSuggestion{range, label, {}}, spanOrder);
    };
    std::vector<SpanSuggestion> ends;
    for (const RelationSuggestion& r : found.relations) {
        if (!listed(r.from, r.fromLabel)) ends.push_back({r.from, r.fromLabel, r.rule});
        if (!listed(r.to, r.toLabel)) ends.push_back({r.to, r.toLabel, r.rule});
    }
    if (!ends.empty()) {
        sortSpans(ends);
        std::vector<SpanSuggestion> merged;
        merged.reserve(out.spans.size() + ends.size());
        std::merge(std::make_move_iterator(out.spans.begin()), std::make_move_iterator(out.spans.end()),
                   std::make_move_iterator(ends.begin()), std::make_move_iterator(ends.end()), std::back_inserter(merged),
                   spanOrder);
        out.spans = std::move(merged);
    }
    std::erase_if(out.spans, [&](const SpanSuggestion& s) { return doc.annotations.find(s.range.begin, s.range.end, s.label); });

    std::unordered_map<std::string, const Label*> labels;
    for (const Label& l : doc.labels) labels.emplace(l.name, &l);
    for (const SpanSuggestion& s : out.spans) {
        auto l = labels.find(s.label);
        if (l == labels.end() || l->second->kind != LabelKind::Span)
            return Error{"label " + s.label, "the rules suggest " + s.label + " spans, which this document's label set has no span label for"};
    }
    out.firstSpanNumber = doc.annotations.nextSpanNumber();
    const std::string next = doc.nextRelationId();
    out.firstRelationNumber = std::stoul(next.substr(1));
    // Kept in place: the relations' storage becomes the result's.
    std::size_t kept = 0;
    for (RelationSuggestion& r : found.relations) {
        auto l = labels.find(r.label);
        if (l == labels.end() || l->second->kind != LabelKind::Relation || !relationAllows(*l->second, r.fromLabel, r.toLabel))
            return Error{"label " + r.label, "the rules suggest " + r.label + " from " + r.fromLabel + " to " + r.toLabel +
                                                 ", which this document's label set does not allow"};
        if (doc.annotations.hasRelation(r.label, out.idOf(doc, r.from, r.fromLabel), out.idOf(doc, r.to, r.toLabel))) continue;
        if (&found.relations[kept] != &r) found.relations[kept] = std::move(r);
        ++kept;
    }
    found.relations.erase(found.relations.begin() + static_cast<long>(kept), found.relations.end());
    out.relations = std::move(found.relations);
    return out;
}

}  // namespace spanmark::suggest
