#include "workspace/corpus.hpp"

#include <algorithm>
#include <sstream>

#include <map>

#include "workspace/autosave.hpp"
#include "formats/document_json.hpp"

namespace spanmark::workspace {

DocumentSummary summarizeEntry(const Document& doc) {
    DocumentSummary s;
    static_cast<Summary&>(s) = spanmark::summarize(doc);
    s.done = formats::metaValue(doc.metaJson, "status") == "done";
    return s;
}

std::optional<Error> Corpus::add(const Document& doc, const std::string& where, std::size_t line) {
    auto [at, isNew] = placeOfId_.emplace(doc.id, where);
    if (!isNew)
        return Error{where + ": /document/id",
                     "the id \"" + doc.id + "\" was already used at " + at->second +
                         "; every document of a corpus needs its own id",
                     line, 0};
    entries_.push_back({doc.id, draftKeyOf(doc), formats::writeSpanmarkJson(doc, formats::Layout::Line), summarizeEntry(doc), false});
    return std::nullopt;
}

Result<Corpus> Corpus::read(std::string_view contents, std::string_view name) {
    Corpus corpus;
    corpus.name_ = std::string(name);
    std::istringstream in{std::string(contents)};
    std::optional<Error> duplicate;
    auto error = formats::readCorpus(in, [&](Document&& doc, std::size_t line) {
        duplicate = corpus.add(doc, "line " + std::to_string(line), line);
        return !duplicate;
    });
    if (duplicate) return *duplicate;
    if (error) {
        if (error->line > 0) error->where = "line " + std::to_string(error->line) + ": " + error->where;
        return *error;
    }
    if (corpus.entries_.empty()) return Error{"line 1", "the corpus holds no documents"};
    return corpus;
}

Result<Corpus> Corpus::fromDocuments(std::vector<Document> docs, std::string_view name) {
    Corpus corpus;
    corpus.name_ = std::string(name);
    for (std::size_t i = 0; i < docs.size(); ++i)
        if (auto e = corpus.add(docs[i], "document " + std::to_string(i + 1), 0)) return *e;
    if (corpus.entries_.empty()) return Error{"", "the file holds no documents"};
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

std::optional<std::size_t> Corpus::entryWithKey(const std::string& key) const {
    for (std::size_t i = 0; i < entries_.size(); ++i)
        if (entries_[i].draftKey == key) return i;
    return std::nullopt;
}

void Corpus::restore(std::size_t index, const Document& doc) {
    update(index, doc);
    entries_[index].restored = true;
}

std::size_t Corpus::restoredCount() const {
    std::size_t n = 0;
    for (const Entry& e : entries_) n += e.restored;
    return n;
}

std::string Corpus::exportJsonl() const {
    std::string out;
    for (const Entry& e : entries_) {
        out += e.line;
        out += '\n';
    }
    return out;
}

}  // namespace spanmark::workspace
