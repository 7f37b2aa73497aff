#include "suggest/tagger.hpp"

#include <algorithm>
#include <cmath>

#include "core/reliability.hpp"
#include "core/search.hpp"
#include "core/unicode.hpp"
#include "core/utf8.hpp"

namespace spanmark::suggest {
namespace {

using Words = std::vector<std::pair<std::size_t, std::size_t>>;
constexpr std::size_t kLongestLabelledString = 6;  // words: longer spans (quotes) teach no names

std::uint64_t fnv1a(std::string_view text) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

std::string lower(const Text& text, std::pair<std::size_t, std::size_t> w) {
    std::string out;
    for (std::size_t i = w.first; i < w.second; ++i) utf8::append(out, foldCase(text.at(i)));
    return out;
}

// "Xxxx", "dd.d", "xx": each character's kind, runs of one kind cut to two.
std::string shape(const Text& text, std::pair<std::size_t, std::size_t> w) {
    std::string out;
    for (std::size_t i = w.first; i < w.second; ++i) {
        const char32_t c = text.at(i);
        char k = c >= '0' && c <= '9' ? 'd' : foldCase(c) != c ? 'X' : unicode::isWordCharacter(c) ? 'x' : '-';
        if (out.size() >= 2 && out[out.size() - 1] == k && out[out.size() - 2] == k) continue;
        out += k;
    }
    return out;
}

bool capitalised(const Text& text, std::pair<std::size_t, std::size_t> w) {
    return w.second > w.first && foldCase(text.at(w.first)) != text.at(w.first);
}

// A word that opens a sentence: the first, or after . ! ? or a line break.
bool opensSentence(const Text& text, const Words& words, std::size_t i) {
    if (i == 0) return true;
    for (std::size_t k = words[i - 1].second; k < words[i].first; ++k) {
        const char32_t c = text.at(k);
        if (c == '.' || c == '!' || c == '?' || c == '\n') return true;
    }
    return false;
}

// The words of a labelled string [first, last), each with its label; long spans (quotes) teach no names.
void remember(Tagger::Seen& seen, const Text& text, const Words& words, std::size_t first, std::size_t last, const std::string& label) {
    if (last <= first || last - first > kLongestLabelledString) return;
    for (std::size_t w = first; w < last; ++w) {
        std::vector<std::string>& labels = seen[lower(text, words[w])];
        if (std::find(labels.begin(), labels.end(), label) == labels.end()) labels.push_back(label);
    }
}

bool allowed(const std::vector<std::string>& tags, int previous, int tag) {
    const std::string& t = tags[static_cast<std::size_t>(tag)];
    if (t[0] != 'I') return true;
    if (previous < 0) return false;
    const std::string& p = tags[static_cast<std::size_t>(previous)];
    return p != "O" && p.compare(2, std::string::npos, t, 2, std::string::npos) == 0;
}

}  // namespace

std::vector<std::uint64_t> Tagger::features(const Document& doc, const Words& words, std::size_t i, int previousTag,
                                            const Seen* seen) const {
    const Text& text = doc.text;
    std::vector<std::uint64_t> out;
    auto add = [&](const std::string& f) { out.push_back(fnv1a(f)); };
    auto wordAt = [&](std::size_t k, int offset) {
        const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(k) + offset;
        if (j < 0) return std::string("<s>");
        return static_cast<std::size_t>(j) < words.size() ? lower(text, words[static_cast<std::size_t>(j)]) : std::string("</s>");
    };
    const std::string w = lower(text, words[i]);
    const std::string form(text.slice(words[i].first, words[i].second));
    const std::string previous = wordAt(i, -1), before2 = wordAt(i, -2);
    const std::string next = wordAt(i, 1), after2 = wordAt(i, 2);
    const std::string tag = previousTag < 0 ? "<s>" : tags_[static_cast<std::size_t>(previousTag)];
    const std::string shaped = shape(text, words[i]);
    const std::string shapeBefore = i > 0 ? shape(text, words[i - 1]) : "<s>";
    const std::string shapeAfter = i + 1 < words.size() ? shape(text, words[i + 1]) : "</s>";
    const bool caps = capitalised(text, words[i]);
    const bool opens = opensSentence(text, words, i);
    add("bias");
    add("w=" + w);
    add("form=" + form);
    add("shape=" + shaped);
    const std::size_t length = words[i].second - words[i].first;
    for (std::size_t n = 1; n <= 3 && n <= length; ++n) {
        add("pre" + std::to_string(n) + "=" + lower(text, {words[i].first, words[i].first + n}));
        add("suf" + std::to_string(n) + "=" + lower(text, {words[i].second - n, words[i].second}));
    }
    add(std::string("caps=") + (caps ? "1" : "0") + (opens ? "s" : ""));
    add("w-1=" + previous);
    add("w+1=" + next);
    add("w-1,w=" + previous + " " + w);
    add("w,w+1=" + w + " " + next);
    add("w-2=" + before2);
    add("w+2=" + after2);
    add("caps+1=" + std::string(i + 1 < words.size() && capitalised(text, words[i + 1]) ? "1" : "0"));
    add("caps-1=" + std::string(i > 0 && !opensSentence(text, words, i - 1) && capitalised(text, words[i - 1]) ? "1" : "0"));
    add("t-1=" + tag);
    add("t-1,w=" + tag + " " + w);
    add("t-1,shape=" + tag + " " + shaped);
    // The context of an unknown name: "in Xxxx", "Xxxx said", "Mayor Xxxx".
    add("w-1,shape=" + previous + " " + shaped);
    add("shape,w+1=" + shaped + " " + next);
    add("shape,shape+1=" + shaped + " " + shapeAfter);
    add("shape-1,shape=" + shapeBefore + " " + shaped);
    add("w-1,shape,shape+1=" + previous + " " + shaped + " " + shapeAfter);
    add("shape,shape+1,w+2=" + shaped + " " + shapeAfter + " " + after2);
    add("w-2,w-1,shape=" + before2 + " " + previous + " " + shaped);
    if (seen)
        if (auto it = seen->find(w); it != seen->end())
            for (const std::string& label : it->second) add("seen=" + label + (caps ? "^" : ""));
    return out;
}

std::vector<float> Tagger::scores(const std::vector<std::uint64_t>& features) const {
    std::vector<float> out(tags_.size(), 0.0f);
    for (std::uint64_t f : features) {
        auto it = weights_.find(f);
        if (it == weights_.end()) continue;
        for (std::size_t c = 0; c < out.size(); ++c) out[c] += it->second.current[c];
    }
    return out;
}

void Tagger::update(const std::vector<std::uint64_t>& features, int truth, int guess) {
    for (std::uint64_t f : features) {
        Weights& w = weights_[f];
        if (w.current.empty()) {
            w.current.assign(tags_.size(), 0.0f);
            w.total.assign(tags_.size(), 0.0f);
            w.stamp.assign(tags_.size(), 0);
        }
        for (const auto& [c, delta] : {std::pair{truth, 1.0f}, std::pair{guess, -1.0f}}) {
            const auto k = static_cast<std::size_t>(c);
            w.total[k] += static_cast<float>(step_ - w.stamp[k]) * w.current[k];
            w.current[k] += delta;
            w.stamp[k] = step_;
        }
    }
}

int Tagger::best(const std::vector<float>& s, int previous) const {
    int out = 0;
    for (int c = 1; c < static_cast<int>(s.size()); ++c)
        if (allowed(tags_, previous, c) && s[static_cast<std::size_t>(c)] > s[static_cast<std::size_t>(out)]) out = c;
    return out;
}

void Tagger::train(const std::vector<const Document*>& documents, int epochs) {
    tags_ = {"O"};
    weights_.clear();
    step_ = 0;
    for (const Document* doc : documents)
        for (const Label& l : doc->labels)
            if (l.kind == LabelKind::Span && std::find(tags_.begin(), tags_.end(), "B-" + l.name) == tags_.end()) {
                tags_.push_back("B-" + l.name);
                tags_.push_back("I-" + l.name);
            }
    std::vector<Words> wordsOfDoc;
    std::vector<std::vector<int>> truthOfDoc;
    for (const Document* doc : documents) {
        wordsOfDoc.push_back(wordsOf(doc->text));
        std::vector<std::string> categories = tags_;
        truthOfDoc.push_back(iobTags(*doc, wordsOfDoc.back(), categories));
        for (int& t : truthOfDoc.back())  // a tag of a label outside the set: not learnt
            if (static_cast<std::size_t>(t) >= tags_.size()) t = 0;
    }
    for (int epoch = 0; epoch < epochs; ++epoch)
        for (std::size_t d = 0; d < documents.size(); ++d) {
            int previous = -1;
            // As a person annotates: what is labelled before a word is known, what follows is not.
            Seen seen;
            std::size_t spanStart = 0;
            for (std::size_t i = 0; i < wordsOfDoc[d].size(); ++i) {
                const int t = truthOfDoc[d][i];
                if (i > 0 && truthOfDoc[d][i - 1] != 0 && (t == 0 || tags_[static_cast<std::size_t>(t)][0] == 'B'))
                    remember(seen, documents[d]->text, wordsOfDoc[d], spanStart, i, tags_[static_cast<std::size_t>(truthOfDoc[d][i - 1])].substr(2));
                if (t != 0 && tags_[static_cast<std::size_t>(t)][0] == 'B') spanStart = i;
                ++step_;
                const auto f = features(*documents[d], wordsOfDoc[d], i, previous, &seen);
                const int guess = best(scores(f), previous);
                if (guess != t) update(f, t, guess);
                previous = t;
            }
        }
    // The average of every step's weights, which generalises better than the last.
    for (auto& [f, w] : weights_)
        for (std::size_t c = 0; c < tags_.size(); ++c) {
            w.total[c] += static_cast<float>(step_ - w.stamp[c]) * w.current[c];
            w.current[c] = step_ ? w.total[c] / static_cast<float>(step_) : 0.0f;
        }
}

std::vector<TaggedSpan> Tagger::tag(const Document& doc) const {
    std::vector<TaggedSpan> out;
    if (!trained()) return out;
    const Words words = wordsOf(doc.text);
    // The strings this document has labelled already.
    Seen seen;
    doc.annotations.forEachSpan([&](const Span& s) {
        auto first = std::lower_bound(words.begin(), words.end(), std::pair{s.start, std::size_t{0}});
        auto last = first;
        while (last != words.end() && last->second <= s.end) ++last;
        remember(seen, doc.text, words, static_cast<std::size_t>(first - words.begin()), static_cast<std::size_t>(last - words.begin()), s.label);
    });
    int previous = -1;
    std::size_t begin = 0;
    double confidence = 0;
    auto close = [&](std::size_t endWord) {
        if (previous <= 0) return;
        const std::string label = tags_[static_cast<std::size_t>(previous)].substr(2);
        const Range range{words[begin].first, words[endWord - 1].second};
        if (!doc.annotations.find(range.begin, range.end, label))
            out.push_back({{range, label, taggerRule}, confidence / static_cast<double>(endWord - begin)});
    };
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::vector<float> s = scores(features(doc, words, i, previous, &seen));
        const int top = best(s, previous);
        float second = -1e30f;
        for (int c = 0; c < static_cast<int>(s.size()); ++c)
            if (c != top && allowed(tags_, previous, c)) second = std::max(second, s[static_cast<std::size_t>(c)]);
        const double sure = 1.0 / (1.0 + std::exp(-static_cast<double>(s[static_cast<std::size_t>(top)] - second)));
        if (tags_[static_cast<std::size_t>(top)][0] != 'I') {
            close(i);
            begin = i;
            confidence = 0;
        }
        confidence += sure;
        previous = top;
    }
    close(words.size());
    return out;
}

}  // namespace spanmark::suggest
