#pragma once
// A corpus: many documents from one JSONL file. Each is kept as its JSONL
// line (5 MB for 1,000 articles) with a summary; the one being edited lives
// in the Session, and goes back into its line when the person moves on.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "core/result.hpp"
#include "core/summary.hpp"

namespace spanmark::workspace {

// A document's counts, and whether it is marked done (meta.status == "done").
struct DocumentSummary : Summary {
    bool done = false;
};

DocumentSummary summarizeEntry(const Document& doc);

class Corpus {
public:
    struct Entry {
        std::string id;
        std::string draftKey;
        std::string line;  // the document as one line of JSONL, with every change so far
        DocumentSummary summary;
        bool restored = false;  // a draft replaced the file's version
    };

    // A JSONL file with more than one document; a located error otherwise,
    // and for two documents with one id (their drafts and annotations would mix).
    static Result<Corpus> read(std::string_view contents, std::string_view name);
    // The documents another tool's file held, in order; the same checks.
    static Result<Corpus> fromDocuments(std::vector<Document> docs, std::string_view name);

    const std::string& name() const { return name_; }
    std::size_t size() const { return entries_.size(); }
    std::size_t current() const { return current_; }
    const Entry& entry(std::size_t i) const { return entries_[i]; }
    std::size_t doneCount() const;
    DocumentSummary totals() const;

    // Records the open document's state in its entry (before moving on, and before export).
    void update(std::size_t index, const Document& doc);
    // Only the counts, after a change to the open document (its line is brought up to date on leaving it).
    void updateSummary(std::size_t index, const Document& doc) { entries_[index].summary = summarizeEntry(doc); }
    void setCurrent(std::size_t index) { current_ = index; }
    // The entry whose draft key this is, if any.
    std::optional<std::size_t> entryWithKey(const std::string& key) const;
    // A draft of an entry's document replaced the file's version.
    void restore(std::size_t index, const Document& doc);
    std::size_t restoredCount() const;
    std::string exportJsonl() const;

private:
    // Adds a document; an error when its id was used before (`where` names the place).
    std::optional<Error> add(const Document& doc, const std::string& where, std::size_t line);

    std::string name_;
    std::map<std::string, std::string> placeOfId_;
    std::vector<Entry> entries_;
    std::size_t current_ = 0;
};

}  // namespace spanmark::workspace
