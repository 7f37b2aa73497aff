#include "app/corpus.hpp"

#include <algorithm>
#include <sstream>

#include "core/sha256.hpp"
#include "formats/document_json.hpp"

namespace spanmark::app {

DocumentSummary summarizeEntry(const Document& doc) {
    DocumentSummary s;
    static_cast<Summary&>(s) = spanmark::summarize(doc);
    s.done = formats::metaValue(doc.metaJson, "status") == "done";
    return s;
}

std::string draftKeyOf(const Document& doc) { return doc.id + ":" + sha256Hex(doc.text.bytes()); }

Result<Corpus> Corpus::read(std::string_view contents, std::string_view name) {
    Corpus corpus;
    corpus.name_ = std::string(name);
    std::istringstream in{std::string(contents)};
    auto error = formats::readCorpus(in, [&](Document&& doc, std::size_t) {
        corpus.entries_.push_back({doc.id, draftKeyOf(doc), formats::writeSpanmarkJson(doc, formats::Layout::Line),
                                   summarizeEntry(doc), false});
        return true;
    });
    if (error) {
        if (error->line > 0) error->where = "line " + std::to_string(error->line) + ": " + error->where;
        return *error;
    }
    if (corpus.entries_.empty()) return Error{"line 1", "the corpus holds no documents"};
    return corpus;
}

std::size_t Corpus::doneCount() const {
    std::size_t n = 0;
    for (const Entry& e : entries_) n += e.summary.done;
    return n;
}

DocumentSummary Corpus::totals() const {
    DocumentSummary t;
    for (const Entry& e : entries_) {
        t.spans += e.summary.spans;
        t.quotes += e.summary.quotes;
        t.unattributed += e.summary.unattributed;
        for (const auto& [label, n] : e.summary.labelCounts) t.labelCounts[label] += n;
        t.done = t.done || e.summary.done;
    }
    return t;
}

void Corpus::update(std::size_t index, const Document& doc) {
    Entry& e = entries_[index];
    e.line = formats::writeSpanmarkJson(doc, formats::Layout::Line);
    e.summary = summarizeEntry(doc);
}

std::optional<std::size_t> Corpus::restore(const std::string& key, std::string_view contents) {
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        if (entries_[i].draftKey != key) continue;
        auto doc = formats::readSpanmarkJson(contents);
        if (!doc) return std::nullopt;
        update(i, doc.value());
        entries_[i].restored = true;
        return i;
    }
    return std::nullopt;
}

std::string Corpus::exportJsonl() const {
    std::string out;
    for (const Entry& e : entries_) {
        out += e.line;
        out += '\n';
    }
    return out;
}

}  // namespace spanmark::app
