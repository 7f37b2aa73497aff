#pragma once
// One annotated document: the text and everything said about it.
#include <cstddef>
#include <string>
#include <vector>

#include "core/labels.hpp"
#include "core/text.hpp"

namespace spanmark {

struct Span {
    std::string id;
    std::size_t start = 0;  // code points, half-open
    std::size_t end = 0;
    std::string label;
    std::string attributesJson;  // object text, empty when absent
    std::string note;
    std::string extraJson;
};

struct Relation {
    std::string id;
    std::string label;
    std::string from;  // span ids
    std::string to;
    std::string extraJson;
};

struct Document {
    std::string id;
    Text text;
    std::string metaJson = "{}";
    std::vector<Label> labels = defaultLabels();
    std::vector<Span> spans;
    std::vector<Relation> relations;
    std::string extraJson;  // unknown top-level and document keys
};

}  // namespace spanmark
