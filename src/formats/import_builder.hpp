#pragma once
// Builds a spanmark document from another tool's file: adds the labels the
// file uses, merges duplicate spans (two annotators marking the same words),
// and gives spans and relations fresh ids. Every importer shares it.
#include <cstddef>
#include <string>
#include <vector>

#include "core/document.hpp"

namespace spanmark::formats {

// What an importer read, and what it noticed but could not take as is.
struct Imported {
    std::vector<Document> documents;
    std::vector<std::string> warnings;
};

class ImportBuilder {
public:
    explicit ImportBuilder(Document& doc) : doc_(doc) {}

    // The id of the span with these bounds and label, new or merged.
    std::string addSpan(std::size_t start, std::size_t end, const std::string& label);
    void addRelation(const std::string& label, const std::string& fromSpan, const std::string& toSpan);
    void setNote(const std::string& spanId, const std::string& note);
    void setAttribute(const std::string& spanId, const std::string& name, AttributeValue value);

private:
    void ensureSpanLabel(const std::string& name);
    void ensureRelationLabel(const std::string& name, const std::string& from, const std::string& to);

    Document& doc_;
    std::size_t spans_ = 0;
    std::size_t relations_ = 0;
};

}  // namespace spanmark::formats
