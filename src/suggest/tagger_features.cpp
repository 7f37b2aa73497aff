#include "suggest/tagger_features.hpp"

#include "core/search.hpp"
#include "core/unicode.hpp"
#include "core/utf8.hpp"

namespace spanmark::suggest {
namespace {

// splitmix64's finaliser: every bit of the input reaches every bit of the output.
constexpr std::uint64_t mix(std::uint64_t h) {
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    h ^= h >> 31;
    return h;
}

// Stand-ins for the words before the first and after the last.
constexpr std::uint64_t kStart = 0x5374617274ull, kEnd = 0x456e64ull;

// The feature templates; their numbers are part of the model file's meaning.
enum Template : std::uint64_t {
    Bias = 1, Word, Form, Shape, Prefix1, Prefix2, Prefix3, Suffix1, Suffix2, Suffix3, Caps,
    WordBefore, WordAfter, WordBeforeAndWord, WordAndWordAfter, Word2Before, Word2After,
    CapsAfter, CapsBefore, TagBefore, TagBeforeAndWord, TagBeforeAndShape,
    WordBeforeAndShape, ShapeAndWordAfter, ShapeAndShapeAfter, ShapeBeforeAndShape,
    WordBeforeShapeShapeAfter, ShapeShapeAfterWord2After, Words2BeforeAndShape, Seen,
};

std::uint64_t key(std::uint64_t t, std::uint64_t a = 0, std::uint64_t b = 0, std::uint64_t c = 0) {
    std::uint64_t h = mix(t * 0x9e3779b97f4a7c15ull);
    h = mix(h ^ a);
    h = mix(h + b);
    h = mix(h ^ (c * 0x9e3779b97f4a7c15ull));
    return h ? h : 1;  // 0 marks an empty slot in the weight table
}

char kindOf(char32_t c) {
    if (c >= '0' && c <= '9') return 'd';
    if (foldCase(c) != c) return 'X';
    return unicode::isWordCharacter(c) ? 'x' : '-';
}

}  // namespace

std::uint64_t fnv1aMore(std::uint64_t h, std::string_view bytes) {
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

std::uint64_t fnv1a(std::string_view bytes) { return fnv1aMore(fnv1aStart(), bytes); }

std::vector<WordPieces> piecesOf(const Text& text, const Words& words) {
    std::vector<WordPieces> out(words.size());
    piecesOf(text, words, 0, words.size(), out);
    return out;
}

void piecesOf(const Text& text, const Words& words, std::size_t from, std::size_t to, std::vector<WordPieces>& out) {
    std::string lowered, shaped;
    std::vector<std::size_t> ends;  // byte end of each character of `lowered`
    const std::string_view all = text.bytes();
    std::size_t previousEndByte = from > 0 ? text.byteOf(words[from - 1].second) : 0;
    for (std::size_t w = from; w < to; ++w) {
        const std::size_t first = text.byteOf(words[w].first), last = text.byteOf(words[w].second);
        WordPieces& p = out[w];
        p.opensSentence = w == 0;
        for (std::size_t b = previousEndByte; b < first && !p.opensSentence; ++b)
            p.opensSentence = all[b] == '.' || all[b] == '!' || all[b] == '?' || all[b] == '\n';
        p.continuesName = w > 0;
        for (std::size_t b = previousEndByte; b < first && p.continuesName;) {
            const utf8::Decoded d = utf8::decode(all, b);
            if (d.length == 0) break;
            p.continuesName = d.codePoint == ' ' || d.codePoint == '\'' || d.codePoint == U'\u2019' || d.codePoint == '-' ||
                              d.codePoint == U'\u00A0';
            b += static_cast<std::size_t>(d.length);
        }
        previousEndByte = last;
        lowered.clear();
        shaped.clear();
        ends.clear();
        for (std::size_t b = first; b < last;) {
            const utf8::Decoded d = utf8::decode(all, b);
            if (d.length == 0) break;  // Text holds valid UTF-8 only
            if (b == first) p.capitalised = foldCase(d.codePoint) != d.codePoint;
            utf8::append(lowered, foldCase(d.codePoint));
            ends.push_back(lowered.size());
            const char k = kindOf(d.codePoint);
            const std::size_t n = shaped.size();
            if (!(n >= 2 && shaped[n - 1] == k && shaped[n - 2] == k)) shaped += k;
            b += static_cast<std::size_t>(d.length);
        }
        p.lower = fnv1a(lowered);
        p.form = fnv1a(all.substr(first, last - first));
        p.shape = fnv1a(shaped);
        const std::size_t count = ends.size();
        for (std::size_t n = 1; n <= 3 && n <= count; ++n) {
            p.prefix[n - 1] = fnv1a(std::string_view(lowered).substr(0, ends[n - 1]));
            p.suffix[n - 1] = fnv1a(std::string_view(lowered).substr(count - n == 0 ? 0 : ends[count - n - 1]));
        }
    }
}

void featuresOf(const std::vector<WordPieces>& pieces, std::size_t i, int previousTag,
                const std::vector<int>& seenLabels, std::vector<std::uint64_t>& out) {
    wordFeaturesOf(pieces, i, out);
    contextFeaturesOf(pieces, i, previousTag, seenLabels, out);
}

void wordFeaturesOf(const std::vector<WordPieces>& pieces, std::size_t i, std::vector<std::uint64_t>& out) {
    out.clear();
    const WordPieces& p = pieces[i];
    const bool hasBefore = i > 0, hasAfter = i + 1 < pieces.size();
    const std::uint64_t before = hasBefore ? pieces[i - 1].lower : kStart;
    const std::uint64_t before2 = i > 1 ? pieces[i - 2].lower : kStart;
    const std::uint64_t after = hasAfter ? pieces[i + 1].lower : kEnd;
    const std::uint64_t after2 = i + 2 < pieces.size() ? pieces[i + 2].lower : kEnd;
    const std::uint64_t shapeBefore = hasBefore ? pieces[i - 1].shape : kStart;
    const std::uint64_t shapeAfter = hasAfter ? pieces[i + 1].shape : kEnd;
    out.push_back(key(Bias));
    out.push_back(key(Word, p.lower));
    out.push_back(key(Form, p.form));
    out.push_back(key(Shape, p.shape));
    for (int n = 0; n < 3; ++n) {
        if (p.prefix[n]) out.push_back(key(Prefix1 + static_cast<std::uint64_t>(n), p.prefix[n]));
        if (p.suffix[n]) out.push_back(key(Suffix1 + static_cast<std::uint64_t>(n), p.suffix[n]));
    }
    out.push_back(key(Caps, p.capitalised, p.opensSentence));
    out.push_back(key(WordBefore, before));
    out.push_back(key(WordAfter, after));
    out.push_back(key(WordBeforeAndWord, before, p.lower));
    out.push_back(key(WordAndWordAfter, p.lower, after));
    out.push_back(key(Word2Before, before2));
    out.push_back(key(Word2After, after2));
    out.push_back(key(CapsAfter, hasAfter && pieces[i + 1].capitalised));
    out.push_back(key(CapsBefore, hasBefore && !pieces[i - 1].opensSentence && pieces[i - 1].capitalised));
    // The context of a name never seen: "in Xxxx", "Xxxx said", "Mayor Xxxx".
    out.push_back(key(WordBeforeAndShape, before, p.shape));
    out.push_back(key(ShapeAndWordAfter, p.shape, after));
    out.push_back(key(ShapeAndShapeAfter, p.shape, shapeAfter));
    out.push_back(key(ShapeBeforeAndShape, shapeBefore, p.shape));
    out.push_back(key(WordBeforeShapeShapeAfter, before, p.shape, shapeAfter));
    out.push_back(key(ShapeShapeAfterWord2After, p.shape, shapeAfter, after2));
    out.push_back(key(Words2BeforeAndShape, before2, before, p.shape));
}

void contextFeaturesOf(const std::vector<WordPieces>& pieces, std::size_t i, int previousTag,
                       const std::vector<int>& seenLabels, std::vector<std::uint64_t>& out) {
    const WordPieces& p = pieces[i];
    const std::uint64_t tag = static_cast<std::uint64_t>(previousTag + 2);
    out.push_back(key(TagBefore, tag));
    out.push_back(key(TagBeforeAndWord, tag, p.lower));
    out.push_back(key(TagBeforeAndShape, tag, p.shape));
    for (int label : seenLabels) out.push_back(key(Seen, static_cast<std::uint64_t>(label), p.capitalised));
}

}  // namespace spanmark::suggest
