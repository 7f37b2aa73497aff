#pragma once
// A sequence tagger that learns from what people annotated: an averaged
// perceptron over the SPEC words (core/reliability.hpp's wordsOf) with IOB
// tags for every span label of the label set, decoded left to right with
// the previous tag as a feature. Features: the word and its neighbours
// (form, lower case, shape, prefixes and suffixes, capitals, the start of a
// sentence) and the strings already labelled earlier in the document (in
// training, before the word: what a person has done by then).
// Deterministic: the same documents in the same order give the same model
// on every platform (features are hashed with FNV-1a, not std::hash).
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/document.hpp"
#include "suggest/suggestion.hpp"

namespace spanmark::suggest {

inline constexpr const char* taggerRule = "tagger";

struct TaggedSpan {
    SpanSuggestion span;  // rule "tagger"
    double confidence = 0;  // 0..1, from the margin of the best tag over the next
};

class Tagger {
public:
    // A lower-case word of a string already labelled -> the labels it was given.
    using Seen = std::unordered_map<std::string, std::vector<std::string>>;

    // Learns the span labels of `documents` (each's spans as the person left
    // them), `epochs` passes in the given order.
    void train(const std::vector<const Document*>& documents, int epochs = 5);
    bool trained() const { return !tags_.empty(); }
    const std::vector<std::string>& tags() const { return tags_; }

    // What the model finds in `doc`, less the spans it already has.
    std::vector<TaggedSpan> tag(const Document& doc) const;

private:
    struct Weights {
        std::vector<float> current, total;
        std::vector<std::int64_t> stamp;
    };
    std::vector<std::uint64_t> features(const Document& doc, const std::vector<std::pair<std::size_t, std::size_t>>& words,
                                        std::size_t i, int previousTag, const Seen* seen) const;
    std::vector<float> scores(const std::vector<std::uint64_t>& features) const;
    void update(const std::vector<std::uint64_t>& features, int truth, int guess);
    // The tag with the highest score that may follow `previous` (no I- without its B-).
    int best(const std::vector<float>& scores, int previous) const;

    std::vector<std::string> tags_;  // "O", then "B-L" and "I-L" for each span label
    std::unordered_map<std::uint64_t, Weights> weights_;
    std::int64_t step_ = 0;
};

}  // namespace spanmark::suggest
