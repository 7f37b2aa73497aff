#pragma once
// A sequence tagger that learns from what people annotated: an averaged
// perceptron over the SPEC words (core/reliability.hpp's wordsOf) with IOB
// tags for every span label of the label set, decoded left to right with
// the previous tag as a feature (suggest/tagger_features.hpp says what it
// sees). Spans of more than kLongestLearntSpan words (quotes) are not learnt:
// a word-by-word tagger cannot find their ends, and the rules find them.
// Training runs in steps (Training::advance) so the page can learn between
// frames. Deterministic: the same documents in the same order give the same
// model, byte for byte, on every platform.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/document.hpp"
#include "core/result.hpp"
#include "suggest/suggestion.hpp"
#include "suggest/tagger_features.hpp"

namespace spanmark::suggest {

inline constexpr const char* taggerRule = rule::tagger;
inline constexpr std::size_t kLongestLearntSpan = 6;  // words

struct TaggedSpan {
    SpanSuggestion span;  // rule "tagger"
    double confidence = 0;  // 0..1, from the margin of the best tag over the next
};

// Feature hash -> one weight per tag, in open addressing: the tagger looks up
// about 30 features a word, and std::unordered_map made that most of its time.
class WeightTable {
public:
    explicit WeightTable(std::size_t width = 0) : width_(width) {}
    std::size_t width() const { return width_; }
    std::size_t rows() const { return keys_.size(); }
    std::uint64_t keyOf(std::size_t row) const { return keys_[row]; }
    // The row of `key`, or npos.
    std::size_t find(std::uint64_t key) const;
    // The row of `key`, added (all zeros) when it is new.
    std::size_t rowOf(std::uint64_t key);
    float* row(std::size_t r) { return weights_.data() + r * width_; }
    const float* row(std::size_t r) const { return weights_.data() + r * width_; }
    void reserve(std::size_t rows);
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

private:
    void grow();
    std::size_t width_;
    std::vector<std::uint64_t> keys_;
    std::vector<float> weights_;
    std::vector<std::uint32_t> slots_;  // row + 1, 0 when empty; a power of two long
};

// A lower-case word's hash -> the labels (as their B- tag) it was given earlier.
using SeenLabels = std::unordered_map<std::uint64_t, std::vector<int>>;
// Adds the words [first, last) of a labelled string to `seen` (its label as B- tag `beginTag`);
// a string longer than kLongestLearntSpan words (a quote) teaches nothing.
void remember(SeenLabels& seen, const std::vector<WordPieces>& pieces, std::size_t first, std::size_t last, int beginTag);

class Tagger {
public:
    bool trained() const { return !tags_.empty(); }
    // "O", then "B-L" and "I-L" for each span label, in the label set's order.
    const std::vector<std::string>& tags() const { return tags_; }
    std::vector<std::string> labels() const;
    std::size_t trainedOn() const { return documents_; }

    // What the model finds in `doc`, less the spans it already has.
    std::vector<TaggedSpan> tag(const Document& doc) const;

    // Why this model cannot suggest in `doc`: a label it learnt that the
    // document's label set does not have. nullopt when it can.
    std::optional<std::string> refusalFor(const Document& doc) const;

    // The model file (docs/formats.md, "Tagger model"): bytes, not text.
    std::string save() const;
    // Refuses what is not a model, a newer version, and anything damaged,
    // naming the byte where it went wrong; never trusts a count it reads.
    static Result<Tagger> load(std::string_view bytes);

    // Trains on `documents` at once (the command line and the tests).
    static Tagger train(const std::vector<const Document*>& documents, int epochs = 5);

private:
    friend class Training;
    friend class Tagging;
    friend class TaggerLoading;
    // The best tag that may follow `previous` (no I- without its B-, none unless the word continues a name).
    int best(const float* scores, int previous, bool continues) const;
    void score(const std::vector<std::uint64_t>& features, std::vector<float>& out) const;
    void addScores(const std::vector<std::uint64_t>& features, std::vector<float>& out) const;

    std::vector<std::string> tags_;
    WeightTable weights_;
    std::size_t documents_ = 0;
};

// Tagger::load in steps, so a model of 10,000 rows (400 KB) never holds a
// frame: the checksum over a bounded number of bytes, then the rows a bounded
// number at a time. The same checks, in the same order, as load().
class TaggerLoading {
public:
    explicit TaggerLoading(std::string bytes);
    // Up to about `units` more work (a unit: 64 bytes checked, or a row read); true when done.
    bool step(std::size_t units);
    Result<Tagger> take();

private:
    std::optional<Error> start();
    std::optional<Error> readTags();
    enum Phase { kHeader, kChecksum, kTags, kRows, kDone };

    std::string bytes_;
    Phase phase_ = kHeader;
    std::size_t at_ = 0;  // the next byte of this phase
    std::uint64_t hash_ = 0, rows_ = 0, row_ = 0, tagCount_ = 0;
    Tagger out_;
    std::optional<Error> error_;
};

// Tagging in steps of a bounded number of words, so a 1 MB text never holds
// a frame: the words' pieces, then two passes (Tagger::tag does all at once).
// The document's text must stay as it was (its spans may change).
class Tagging {
public:
    Tagging(const Tagger& model, const Document& doc);
    // Works through up to `words` more words; true when the spans are ready to take().
    bool step(const Document& doc, std::size_t words);
    std::vector<TaggedSpan> take() { return std::move(found_); }

private:
    void remember(std::size_t start, std::size_t end, const std::string& label);
    void decode(const Document& doc, std::size_t from, std::size_t to);
    enum Phase { kPieces, kFirstPass, kSecondPass, kDone };

    const Tagger* model_;
    Phase phase_ = kPieces;
    std::size_t at_ = 0;  // the next word of this phase
    Words words_;
    std::vector<WordPieces> pieces_;
    std::vector<float> wordScores_;  // each word's own features' scores, a row of tags per word
    SeenLabels seen_;
    int previous_ = -1;  // the decoding so far
    std::size_t begin_ = 0;
    double confidence_ = 0;
    std::vector<TaggedSpan> found_;
    std::vector<std::uint64_t> features_;
    std::vector<float> scores_;
};

// Training in steps. Documents are added first (each is copied as word
// hashes and tags, so it may change or go afterwards); advance() then learns
// a bounded number of words at a time; average() and finish() give the averaged model.
class Training {
public:
    // The span labels to learn: others' spans count as no span.
    explicit Training(std::vector<std::string> labels, int epochs = 5);
    void add(const Document& doc);
    std::size_t documents() const { return docs_.size(); }
    // Learns up to `words` more words; true when every epoch is done.
    bool advance(std::size_t words);
    bool done() const { return epoch_ >= epochs_ || docs_.empty(); }
    double progress() const;  // 0..1
    // Averages up to `rows` more rows of weights once every epoch is done
    // (a large model's average is too long for one frame); true when all are.
    bool average(std::size_t rows);
    Tagger finish();  // the averaged model (what average() has not done, done now)

    // The label set of a documents' union, in order of first appearance.
    static std::vector<std::string> labelsOf(const std::vector<const Document*>& documents);

private:
    struct Doc {
        std::vector<WordPieces> pieces;
        std::vector<int> truth;
    };
    void update(const std::vector<std::uint64_t>& features, int truth, int guess);

    Tagger model_;
    int epochs_;
    std::vector<Doc> docs_;
    std::vector<double> total_;  // the running sums behind the average, one per weight
    std::vector<std::int64_t> stamp_;
    std::int64_t step_ = 0;
    std::size_t averaged_ = 0;  // rows of weights averaged, after the last epoch
    std::size_t wordsPerEpoch_ = 0;
    // Where the next advance() goes on.
    int epoch_ = 0;
    std::size_t doc_ = 0, word_ = 0;
    int previous_ = -1;
    std::size_t spanStart_ = 0;
    SeenLabels seen_;  // in this pass of the document
    std::vector<std::uint64_t> features_;
    std::vector<float> scores_;
    std::vector<int> seenLabels_;
};

}  // namespace spanmark::suggest
