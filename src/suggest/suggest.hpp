#pragma once
// Pre-annotation by rules, offline: FIGURE, QUOTE and speaker (ACTOR +
// SPEAKER) suggestions, and propagation of labelled strings. Suggestions
// never change or repeat the document's spans: one that overlaps a span of
// its label, or a speaker for a quote that has one, is left out.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/edit.hpp"
#include "suggest/suggestion.hpp"

namespace spanmark::suggest {

class Scan;
struct Attribution;

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

// The same work in a few steps of tens of milliseconds each on a 1 MB text,
// so the page can draw and take input between them. The document may be
// edited between steps (not replaced): the last step settles against it.
class Run {
public:
    explicit Run(const Options& options = {});
    ~Run();
    Run(Run&&) noexcept;
    Run& operator=(Run&&) noexcept;
    // Does the next step; true when the suggestions are ready to take().
    bool step(const Document& doc);
    Suggestions take() { return std::move(out_); }

private:
    int phase_ = 0;
    Options options_;
    TargetLabels labels_;
    std::unique_ptr<Scan> scan_;
    // What the rules found, as ranges until the last step: a suggestion is five
    // times a range's size, and on a 20 MB text growing the list phase by phase
    // held two copies of it beside the scan.
    std::vector<Range> figures_, foundQuotes_;
    std::vector<Attribution> attributions_;
    Suggestions out_;
};

// A span of the label already stands for this suggestion: one that shares
// its start or end ("25" for "25 lives") or crosses it. A span strictly
// inside it, or around it (a quote within a quote), does not.
bool settledBy(const Document& doc, Range range, const std::string& label);

// A speaker suggestion is settled when its quote already has a relation of
// its label, or when an end is neither a span nor still suggested
// (`suggested` says which are).
bool relationSettled(const Document& doc, const RelationSuggestion& relation,
                     const std::function<bool(Range, const std::string&)>& suggested);

// Other whole-word occurrences of a labelled span's text, same case, that
// are not part of a longer name ("Ruiz" in "Ana Ruiz") and not settled.
std::vector<SpanSuggestion> occurrencesOf(const Document& doc, const Span& labelled);

// Drops the suggestions an edit has made moot (their span now exists, or
// overlaps one of its label; their quote now has a speaker).
void dropSettled(Suggestions& suggestions, const Document& doc);

// Adds suggestions found elsewhere (a file's marked ones) to a set, once
// each, and settles the result against the document.
void mergeInto(Suggestions& into, Suggestions more, const Document& doc);

// Adds the learned tagger's spans (suggest/tagger.hpp) of at least
// `threshold` confidence where no suggestion or span of their label
// overlaps them: a rule that found a name knows its ends better.
struct TaggedSpan;
void addTagged(Suggestions& into, const std::vector<TaggedSpan>& tagged, const Document& doc, double threshold);

// The spans and relations a file carries marked "suggested" (as `spanmark
// suggest` writes them), as suggestions, and the edit that takes them out
// of the document so they can be reviewed. A marked span that a relation
// made by hand points to counts as accepted and stays.
struct Marked {
    Suggestions suggestions;
    Edit removal;
};
Marked takeMarked(const Document& doc);

// One edit that accepts these span and relation suggestions; a relation
// brings its quote and actor with it when they are not spans yet. With
// `mark`, each new span and relation carries "suggested": "<rule>" (kept
// in the file as an extra key, with a merge's difference and the span's other
// extra keys) so a reviewer can tell it from one made by hand.
Edit acceptEdit(const Document& doc, const std::vector<SpanSuggestion>& spans,
                const std::vector<RelationSuggestion>& relations, bool mark, std::string description);

}  // namespace spanmark::suggest
