#include "suggest/tagger.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "core/reliability.hpp"

namespace spanmark::suggest {
namespace {

constexpr double kSureEnoughToRemember = 0.9;

bool allowed(const std::vector<std::string>& tags, int previous, int tag) {
    const std::string& t = tags[static_cast<std::size_t>(tag)];
    if (t[0] != 'I') return true;
    if (previous < 0) return false;
    return previous == tag || previous == tag - 1;  // I-L after B-L or I-L
}

// The words a span covers whole, as word numbers [first, last).
std::pair<std::size_t, std::size_t> wordsCovered(const Words& words, std::size_t start, std::size_t end) {
    auto first = std::lower_bound(words.begin(), words.end(), std::pair{start, std::size_t{0}});
    auto last = first;
    while (last != words.end() && last->second <= end) ++last;
    return {static_cast<std::size_t>(first - words.begin()), static_cast<std::size_t>(last - words.begin())};
}

}  // namespace

void remember(SeenLabels& seen, const std::vector<WordPieces>& pieces, std::size_t first, std::size_t last, int beginTag) {
    if (last <= first || last - first > kLongestLearntSpan) return;
    for (std::size_t w = first; w < last; ++w) {
        std::vector<int>& labels = seen[pieces[w].lower];
        if (std::find(labels.begin(), labels.end(), beginTag) == labels.end()) labels.push_back(beginTag);
    }
}

namespace {

const std::vector<int>& seenOf(const SeenLabels& seen, const WordPieces& p) {
    static const std::vector<int> none;
    auto it = seen.find(p.lower);
    return it == seen.end() ? none : it->second;
}

// B- tag number of each label of `tags`, by name.
int beginTagOf(const std::vector<std::string>& tags, const std::string& label) {
    for (std::size_t t = 1; t + 1 < tags.size(); t += 2)
        if (tags[t].compare(2, std::string::npos, label) == 0) return static_cast<int>(t);
    return -1;
}

}  // namespace

std::size_t WeightTable::find(std::uint64_t key) const {
    if (slots_.empty()) return npos;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t s = static_cast<std::size_t>(key) & mask;; s = (s + 1) & mask) {
        const std::uint32_t r = slots_[s];
        if (r == 0) return npos;
        if (keys_[r - 1] == key) return r - 1;
    }
}

std::size_t WeightTable::rowOf(std::uint64_t key) {
    if (const std::size_t r = find(key); r != npos) return r;
    if ((keys_.size() + 1) * 2 > slots_.size()) grow();
    keys_.push_back(key);
    weights_.resize(keys_.size() * width_, 0.0f);
    const std::size_t mask = slots_.size() - 1;
    std::size_t s = static_cast<std::size_t>(key) & mask;
    while (slots_[s] != 0) s = (s + 1) & mask;
    slots_[s] = static_cast<std::uint32_t>(keys_.size());
    return keys_.size() - 1;
}

void WeightTable::reserve(std::size_t rows) {
    keys_.reserve(rows);
    weights_.reserve(rows * width_);
    while (slots_.size() < rows * 2) grow();
}

void WeightTable::grow() {
    slots_.assign(std::max<std::size_t>(1024, slots_.size() * 2), 0);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t r = 0; r < keys_.size(); ++r) {
        std::size_t s = static_cast<std::size_t>(keys_[r]) & mask;
        while (slots_[s] != 0) s = (s + 1) & mask;
        slots_[s] = static_cast<std::uint32_t>(r + 1);
    }
}

std::vector<std::string> Tagger::labels() const {
    std::vector<std::string> out;
    for (std::size_t t = 1; t < tags_.size(); t += 2) out.push_back(tags_[t].substr(2));
    return out;
}

void Tagger::score(const std::vector<std::uint64_t>& features, std::vector<float>& out) const {
    out.assign(tags_.size(), 0.0f);
    addScores(features, out);
}

void Tagger::addScores(const std::vector<std::uint64_t>& features, std::vector<float>& out) const {
    for (std::uint64_t f : features) {
        const std::size_t r = weights_.find(f);
        if (r == WeightTable::npos) continue;
        const float* w = weights_.row(r);
        for (std::size_t c = 0; c < out.size(); ++c) out[c] += w[c];
    }
}

int Tagger::best(const float* s, int previous, bool continues) const {
    // A name never runs on over punctuation: "… according to Omar Quist. Sara Nolde, who …", "BERGEN — Fishing"
    if (!continues) previous = -1;
    int out = 0;
    for (int c = 1; c < static_cast<int>(tags_.size()); ++c)
        if (s[c] > s[out] && allowed(tags_, previous, c)) out = c;
    return out;
}

std::optional<std::string> Tagger::refusalFor(const Document& doc) const {
    std::string missing;
    for (const std::string& label : labels()) {
        const bool has = std::any_of(doc.labels.begin(), doc.labels.end(),
                                     [&](const Label& l) { return l.kind == LabelKind::Span && l.name == label; });
        if (!has) missing += (missing.empty() ? "" : ", ") + label;
    }
    if (missing.empty()) return std::nullopt;
    std::string learnt;
    for (const std::string& label : labels()) learnt += (learnt.empty() ? "" : ", ") + label;
    return "the model was trained on another label set (" + learnt + "); this document's has no " + missing;
}

std::vector<TaggedSpan> Tagger::tag(const Document& doc) const {
    Tagging tagging(*this, doc);
    while (!tagging.step(doc, std::size_t(1) << 20)) {
    }
    return tagging.take();
}

Tagging::Tagging(const Tagger& model, const Document& doc) : model_(&model) {
    if (!model.trained()) {
        phase_ = kDone;
        return;
    }
    words_ = wordsOf(doc.text);
    pieces_.resize(words_.size());
    wordScores_.resize(words_.size() * model.tags_.size());
}

void Tagging::remember(std::size_t start, std::size_t end, const std::string& label) {
    const int tag = beginTagOf(model_->tags_, label);
    if (tag < 0) return;
    const auto [first, last] = wordsCovered(words_, start, end);
    suggest::remember(seen_, pieces_, first, last, tag);
}

bool Tagging::step(const Document& doc, std::size_t words) {
    while (phase_ != kDone && words > 0) {
        const std::size_t to = std::min(words_.size(), at_ + words);
        words -= to - at_;
        if (phase_ == kPieces) {
            piecesOf(doc.text, words_, at_, to, pieces_);
        } else {
            decode(doc, at_, to);
        }
        at_ = to;
        if (at_ < words_.size()) continue;
        at_ = 0;
        if (phase_ == kPieces) {
            // The strings this document has labelled already.
            doc.annotations.forEachSpan([&](const Span& s) { remember(s.start, s.end, s.label); });
            phase_ = kFirstPass;
        } else if (phase_ == kFirstPass) {
            // Twice: the second time the strings the first found surely count as labelled, as
            // they would once a person accepted them (cross-validated on the training
            // articles: PLACE F1 0.69 to 0.76, ACTOR 0.80 to 0.81).
            for (const TaggedSpan& t : found_)
                if (t.confidence >= kSureEnoughToRemember) remember(t.span.range.begin, t.span.range.end, t.span.label);
            found_.clear();
            phase_ = kSecondPass;
        } else {
            phase_ = kDone;
        }
    }
    return phase_ == kDone;
}

void Tagging::decode(const Document& doc, std::size_t from, std::size_t to) {
    const std::vector<std::string>& tags = model_->tags_;
    if (from == 0) previous_ = -1;
    auto close = [&](std::size_t endWord) {
        if (previous_ <= 0) return;
        const std::string label = tags[static_cast<std::size_t>(previous_)].substr(2);
        const Range range{words_[begin_].first, words_[endWord - 1].second};
        if (!doc.annotations.find(range.begin, range.end, label))
            found_.push_back({{range, label, taggerRule}, confidence_ / static_cast<double>(endWord - begin_)});
    };
    const std::size_t width = tags.size();
    for (std::size_t i = from; i < to; ++i) {
        // The word's own features score the same in both passes: once, kept for the second.
        float* fixed = wordScores_.data() + i * width;
        if (phase_ == kFirstPass) {
            wordFeaturesOf(pieces_, i, features_);
            model_->score(features_, scores_);
            std::copy(scores_.begin(), scores_.end(), fixed);
        } else {
            scores_.assign(fixed, fixed + width);
        }
        features_.clear();
        contextFeaturesOf(pieces_, i, previous_, seenOf(seen_, pieces_[i]), features_);
        model_->addScores(features_, scores_);
        const int top = model_->best(scores_.data(), previous_, pieces_[i].continuesName);
        float second = -1e30f;
        for (int c = 0; c < static_cast<int>(scores_.size()); ++c)
            if (c != top && allowed(tags, pieces_[i].continuesName ? previous_ : -1, c)) second = std::max(second, scores_[static_cast<std::size_t>(c)]);
        const double sure = std::tanh(0.5 * static_cast<double>(scores_[static_cast<std::size_t>(top)] - second));  // 0 for a tie
        if (tags[static_cast<std::size_t>(top)][0] != 'I') {
            close(i);
            begin_ = i;
            confidence_ = 0;
        }
        confidence_ += sure;
        previous_ = top;
    }
    if (to == words_.size()) close(words_.size());
}

Tagger Tagger::train(const std::vector<const Document*>& documents, int epochs) {
    Training training(Training::labelsOf(documents), epochs);
    for (const Document* doc : documents) training.add(*doc);
    while (!training.advance(1 << 20)) {
    }
    return training.finish();
}

std::vector<std::string> Training::labelsOf(const std::vector<const Document*>& documents) {
    std::vector<std::string> out;
    for (const Document* doc : documents)
        for (const Label& l : doc->labels)
            if (l.kind == LabelKind::Span && std::find(out.begin(), out.end(), l.name) == out.end()) out.push_back(l.name);
    return out;
}

Training::Training(std::vector<std::string> labels, int epochs) : epochs_(epochs) {
    model_.tags_ = {"O"};
    for (const std::string& l : labels) {
        model_.tags_.push_back("B-" + l);
        model_.tags_.push_back("I-" + l);
    }
    model_.weights_ = WeightTable(model_.tags_.size());
}

void Training::add(const Document& doc) {
    Doc d;
    const Words words = wordsOf(doc.text);
    d.pieces = piecesOf(doc.text, words);
    // Each word takes the shortest span of a learnt label over it, so a name inside a quote is a name.
    d.truth.assign(words.size(), 0);
    std::vector<std::size_t> lengthOf(words.size(), 0);
    doc.annotations.forEachSpan([&](const Span& s) {
        const int tag = beginTagOf(model_.tags_, s.label);
        if (tag < 0) return;
        const auto [first, last] = wordsCovered(words, s.start, s.end);
        if (last <= first || last - first > kLongestLearntSpan) return;
        for (std::size_t w = first; w < last; ++w)
            if (lengthOf[w] == 0 || last - first < lengthOf[w]) {
                lengthOf[w] = last - first;
                d.truth[w] = w == first ? tag : tag + 1;
            }
    });
    // A word left as I- of a span whose first word went to a shorter one begins it.
    for (std::size_t w = 0; w < words.size(); ++w)
        if (d.truth[w] > 0 && model_.tags_[static_cast<std::size_t>(d.truth[w])][0] == 'I' &&
            (w == 0 || (d.truth[w - 1] != d.truth[w] && d.truth[w - 1] != d.truth[w] - 1)))
            --d.truth[w];
    wordsPerEpoch_ += words.size();
    docs_.push_back(std::move(d));
}

double Training::progress() const {
    if (done()) return 1.0;
    std::size_t before = 0;
    for (std::size_t d = 0; d < doc_; ++d) before += docs_[d].truth.size();
    const double total = static_cast<double>(wordsPerEpoch_) * epochs_;
    return total > 0 ? (static_cast<double>(epoch_) * static_cast<double>(wordsPerEpoch_) + static_cast<double>(before + word_)) / total : 1.0;
}

void Training::update(const std::vector<std::uint64_t>& features, int truth, int guess) {
    WeightTable& table = model_.weights_;
    const std::size_t width = table.width();
    for (std::uint64_t f : features) {
        const std::size_t r = table.rowOf(f);
        if (total_.size() < table.rows() * width) {
            total_.resize(table.rows() * width, 0.0);
            stamp_.resize(table.rows() * width, 0);
        }
        float* w = table.row(r);
        for (const auto& [c, delta] : {std::pair{truth, 1.0f}, std::pair{guess, -1.0f}}) {
            const std::size_t k = r * width + static_cast<std::size_t>(c);
            total_[k] += static_cast<double>(step_ - stamp_[k]) * w[c];
            w[c] += delta;
            stamp_[k] = step_;
        }
    }
}

bool Training::advance(std::size_t words) {
    const std::vector<std::string>& tags = model_.tags_;
    while (!done() && words > 0) {
        const Doc& d = docs_[doc_];
        if (word_ == 0) {
            seen_.clear();
            previous_ = -1;
            spanStart_ = 0;
        }
        for (; word_ < d.truth.size() && words > 0; ++word_, --words) {
            const std::size_t i = word_;
            const int t = d.truth[i];
            // As a person annotates: what is labelled before a word is known, what follows is not.
            if (i > 0 && d.truth[i - 1] != 0 && (t == 0 || tags[static_cast<std::size_t>(t)][0] == 'B')) {
                const int previousTag = d.truth[i - 1];
                remember(seen_, d.pieces, spanStart_, i, previousTag - (tags[static_cast<std::size_t>(previousTag)][0] == 'I'));
            }
            if (t != 0 && tags[static_cast<std::size_t>(t)][0] == 'B') spanStart_ = i;
            ++step_;
            featuresOf(d.pieces, i, previous_, seenOf(seen_, d.pieces[i]), features_);
            model_.score(features_, scores_);
            const int guess = model_.best(scores_.data(), previous_, d.pieces[i].continuesName);
            if (guess != t) update(features_, t, guess);
            previous_ = t;
        }
        if (word_ >= d.truth.size()) {
            word_ = 0;
            if (++doc_ >= docs_.size()) {
                doc_ = 0;
                ++epoch_;
            }
        }
    }
    return done();
}

bool Training::average(std::size_t rows) {
    // The average of every step's weights, which generalises better than the last.
    WeightTable& table = model_.weights_;
    const std::size_t width = table.width();
    const std::size_t end = averaged_ + std::min(rows, table.rows() - averaged_);
    for (std::size_t r = averaged_; r < end; ++r) {
        float* w = table.row(r);
        for (std::size_t c = 0; c < width; ++c) {
            const std::size_t k = r * width + c;
            const double total = total_[k] + static_cast<double>(step_ - stamp_[k]) * w[c];
            w[c] = step_ ? static_cast<float>(total / static_cast<double>(step_)) : 0.0f;
        }
    }
    averaged_ = end;
    return averaged_ == table.rows();
}

Tagger Training::finish() {
    average(SIZE_MAX);
    model_.documents_ = docs_.size();
    Tagger out = std::move(model_);
    *this = Training({}, epochs_);
    return out;
}

}  // namespace spanmark::suggest
