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

namespace spanmark::app {

// A document's counts, and whether it is marked done (meta.status == "done").
struct DocumentSummary : Summary {
    bool done = false;
};

DocumentSummary summarizeEntry(const Document& doc);
std::string draftKeyOf(const Document& doc);

class Corpus {
public:
    struct Entry {
        std::string id;
        std::string draftKey;
        std::string line;  // the document as one line of JSONL, with every change so far
        DocumentSummary summary;
        bool restored = false;  // a draft replaced the file's version
    };

    // A JSONL file with more than one document; a located error otherwise.
    static Result<Corpus> read(std::string_view contents, std::string_view name);

    const std::string& name() const { return name_; }
    std::size_t size() const { return entries_.size(); }
    std::size_t current() const { return current_; }
    const Entry& entry(std::size_t i) const { return entries_[i]; }
    std::size_t doneCount() const;
    DocumentSummary totals() const;

    // Records the open document's state in its entry (before moving on, and before export).
    void update(std::size_t index, const Document& doc);
    void setCurrent(std::size_t index) { current_ = index; }
    // A draft for one of the documents: its entry takes it. Returns the entry's index.
    std::optional<std::size_t> restore(const std::string& key, std::string_view contents);
    std::string exportJsonl() const;

private:
    std::string name_;
    std::vector<Entry> entries_;
    std::size_t current_ = 0;
};

}  // namespace spanmark::app
