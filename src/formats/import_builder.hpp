#pragma once
// Builds a spanmark document from another tool's file: adds the labels the
// file uses, merges duplicate spans (two annotators marking the same words),
// and gives spans and relations fresh ids. Spans are collected and the
// document's index is built once at the end, labels are found through a map:
// import time grows with the file, whatever the order of its spans. The
// finished document is checked with validate's rules (core's checkDocument)
// before the importer hands it on. Every importer shares it.
#include <cstddef>
#include <optional>
#include <string>
#include <deque>
#include <unordered_map>
#include <vector>

#include "core/document.hpp"
#include "core/result.hpp"

namespace spanmark::formats {

// What an importer read, and what it noticed but could not take as is.
struct Imported {
    std::vector<Document> documents;
    std::vector<std::string> warnings;
};

class ImportBuilder {
public:
    explicit ImportBuilder(Document& doc);

    // The id of the span with these bounds and label, new or merged. `where`
    // names the place in the file, for the error should the span be refused.
    std::string addSpan(std::size_t start, std::size_t end, const std::string& label, const std::string& where = "");
    void addRelation(const std::string& label, const std::string& fromSpan, const std::string& toSpan,
                     const std::string& where = "");
    void setNote(const std::string& spanId, const std::string& note);
    void setAttribute(const std::string& spanId, const std::string& name, AttributeValue value);

    // Puts what was collected into the document and checks it; the first
    // refusal, located where the file gave it, or else the rule that failed.
    std::optional<Error> finish();

private:
    void spanLabel(const std::string& name, const std::string& where);
    void relationLabel(const std::string& name, const std::string& from, const std::string& to, const std::string& where);
    void refuse(const std::string& where, std::string message);

    Document& doc_;
    std::deque<Span> spans_;  // grows without copying; handed to the document block by block
    std::unordered_map<std::string, std::size_t> spanOfKey_;  // "start end label" -> index in spans_
    std::vector<Relation> relations_;
    std::vector<Label> spanLabels_, relationLabels_;
    std::unordered_map<std::string, std::pair<LabelKind, std::size_t>> labelOfName_;
    std::optional<Error> error_;
};

}  // namespace spanmark::formats
