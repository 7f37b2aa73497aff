#pragma once
// Pre-annotation by rules, offline: FIGURE, QUOTE and speaker (ACTOR +
// SPEAKER) suggestions, and propagation of labelled strings. Suggestions
// never change or repeat the document's spans: one that overlaps a span of
// its label, or a speaker for a quote that has one, is left out.
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/edit.hpp"
#include "suggest/suggestion.hpp"

namespace spanmark::suggest {

struct Options {
    bool figures = true;
    bool quotes = true;
    bool speakers = true;
    bool propagation = true;
};

// The labels the rules propose, as the document's label set names them;
// empty when the set has no such label (a project with its own labels).
struct TargetLabels {
    std::string figure, quote, actor, speaker;
};
TargetLabels targetLabels(const Document& doc);

Suggestions suggestFor(const Document& doc, const Options& options = {});

// A span of the label already stands for this suggestion: one that shares
// its start or end ("25" for "25 lives") or crosses it. A span strictly
// inside it, or around it (a quote within a quote), does not.
bool settledBy(const Document& doc, Range range, const std::string& label);

// Other whole-word occurrences of a labelled span's text, same case, that
// are not part of a longer name ("Ruiz" in "Ana Ruiz") and not settled.
std::vector<SpanSuggestion> occurrencesOf(const Document& doc, const Span& labelled);

// Drops the suggestions an edit has made moot (their span now exists, or
// overlaps one of its label; their quote now has a speaker).
void dropSettled(Suggestions& suggestions, const Document& doc);

// One edit that accepts these span and relation suggestions; a relation
// brings its quote and actor with it when they are not spans yet. With
// `mark`, each new span and relation carries "suggested": "<rule>" (kept
// in the file as an extra key) so a reviewer can tell it from one made by hand.
Edit acceptEdit(const Document& doc, const std::vector<SpanSuggestion>& spans,
                const std::vector<RelationSuggestion>& relations, bool mark, std::string description);

}  // namespace spanmark::suggest
