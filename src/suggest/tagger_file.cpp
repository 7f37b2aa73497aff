// The tagger's model file: little-endian bytes, so a model trained in the
// page is the same file on the desktop and from the command line.
//   "SPANMARK-TAGGER\n"            16 bytes
//   u32 version (1), u32 documents trained on
//   u32 tag count, then each tag: u32 length, its UTF-8 bytes
//   u64 rows, then each row: u64 feature hash, one f32 per tag
//   u64 FNV-1a of every byte before it
#include <cmath>
#include <cstring>
#include <set>

#include "core/utf8.hpp"
#include "suggest/tagger.hpp"

namespace spanmark::suggest {
namespace {

constexpr std::string_view kMagic = "SPANMARK-TAGGER\n";
constexpr std::uint32_t kVersion = 1;
constexpr std::uint32_t kMostTags = 1 + 2 * 4096;
constexpr std::uint32_t kLongestTag = 1024;

void put(std::string& out, std::uint64_t v, int bytes) {
    for (int b = 0; b < bytes; ++b) out.push_back(static_cast<char>((v >> (8 * b)) & 0xff));
}

class Reader {
public:
    explicit Reader(std::string_view bytes) : bytes_(bytes) {}
    std::size_t at() const { return at_; }
    std::size_t left() const { return bytes_.size() - at_; }
    bool take(int bytes, std::uint64_t& v) {
        if (left() < static_cast<std::size_t>(bytes)) return false;
        v = 0;
        for (int b = 0; b < bytes; ++b) v |= std::uint64_t(static_cast<unsigned char>(bytes_[at_ + static_cast<std::size_t>(b)])) << (8 * b);
        at_ += static_cast<std::size_t>(bytes);
        return true;
    }
    std::string_view piece(std::size_t n) {
        const std::string_view out = bytes_.substr(at_, n);
        at_ += n;
        return out;
    }

private:
    std::string_view bytes_;
    std::size_t at_ = 0;
};

// std::bit_cast is missing from the page's libc++ (clang 14).
std::uint32_t bitsOf(float f) {
    std::uint32_t u;
    std::memcpy(&u, &f, sizeof u);
    return u;
}
float floatOf(std::uint32_t u) {
    float f;
    std::memcpy(&f, &u, sizeof f);
    return f;
}

Error at(std::size_t byte, std::string message) { return Error{"byte " + std::to_string(byte), std::move(message)}; }

}  // namespace

std::string Tagger::save() const {
    std::string out(kMagic);
    put(out, kVersion, 4);
    put(out, documents_, 4);
    put(out, tags_.size(), 4);
    for (const std::string& t : tags_) {
        put(out, t.size(), 4);
        out += t;
    }
    put(out, weights_.rows(), 8);
    for (std::size_t r = 0; r < weights_.rows(); ++r) {
        put(out, weights_.keyOf(r), 8);
        const float* w = weights_.row(r);
        for (std::size_t c = 0; c < tags_.size(); ++c) put(out, bitsOf(w[c]), 4);
    }
    put(out, fnv1a(out), 8);
    return out;
}

Result<Tagger> Tagger::load(std::string_view bytes) {
    if (bytes.substr(0, kMagic.size()) != kMagic)
        return at(0, "not a spanmark tagger model (it does not begin with SPANMARK-TAGGER; make one with spanmark train)");
    Reader in(bytes);
    in.piece(kMagic.size());
    std::uint64_t version = 0, documents = 0, tagCount = 0;
    if (!in.take(4, version)) return at(in.at(), "the model ends before its version");
    if (version > kVersion)
        return at(kMagic.size(), "the model is version " + std::to_string(version) + ", made by a newer spanmark; this one reads version " +
                                     std::to_string(kVersion) + " (update spanmark, or train the model again)");
    if (version == 0) return at(kMagic.size(), "the model's version is 0: the file is damaged");
    if (bytes.size() < kMagic.size() + 8 + 8) return at(bytes.size(), "the model ends early: the file is cut short");
    std::uint64_t checksum = 0;
    Reader tail(bytes.substr(bytes.size() - 8));
    tail.take(8, checksum);
    if (fnv1a(bytes.substr(0, bytes.size() - 8)) != checksum)
        return at(bytes.size() - 8, "the model's checksum does not match its contents: the file is damaged or cut short");
    const std::string_view body = bytes.substr(0, bytes.size() - 8);
    Reader r(body);
    r.piece(kMagic.size() + 4);
    Tagger out;
    if (!r.take(4, documents) || !r.take(4, tagCount)) return at(r.at(), "the model ends before its tags");
    if (tagCount < 3 || tagCount % 2 == 0 || tagCount > kMostTags)
        return at(r.at() - 4, "the model has " + std::to_string(tagCount) + " tags; a model has O and a B- and I- tag per label");
    std::set<std::string> labels;
    for (std::uint64_t t = 0; t < tagCount; ++t) {
        const std::size_t where = r.at();
        std::uint64_t length = 0;
        if (!r.take(4, length) || length > kLongestTag || length > r.left()) return at(where, "tag " + std::to_string(t) + " runs past the end");
        const std::string tag(r.piece(length));
        if (utf8::firstInvalid(tag)) return at(where, "tag " + std::to_string(t) + " is not UTF-8");
        const bool fits = t == 0 ? tag == "O"
                          : t % 2 == 1 ? tag.size() > 2 && tag.compare(0, 2, "B-") == 0 && labels.insert(tag.substr(2)).second
                                       : tag.size() > 2 && tag.compare(0, 2, "I-") == 0 && tag.substr(2) == out.tags_.back().substr(2);
        if (!fits) return at(where, "tag " + std::to_string(t) + " is '" + tag + "'; expected O first, then B-LABEL and I-LABEL for each label, once each");
        out.tags_.push_back(tag);
    }
    std::uint64_t rows = 0;
    if (!r.take(8, rows)) return at(r.at(), "the model ends before its weights");
    const std::uint64_t rowBytes = 8 + 4 * tagCount;
    if (rows > r.left() / rowBytes || rows * rowBytes != r.left())
        return at(r.at() - 8, "the model says " + std::to_string(rows) + " feature rows but holds " + std::to_string(r.left()) + " bytes of them");
    out.weights_ = WeightTable(tagCount);
    out.weights_.reserve(rows);
    for (std::uint64_t k = 0; k < rows; ++k) {
        const std::size_t where = r.at();
        std::uint64_t key = 0;
        r.take(8, key);
        if (key == 0 || out.weights_.find(key) != WeightTable::npos) return at(where, "feature row " + std::to_string(k) + " repeats a feature or is empty");
        float* w = out.weights_.row(out.weights_.rowOf(key));
        for (std::uint64_t c = 0; c < tagCount; ++c) {
            std::uint64_t bits = 0;
            r.take(4, bits);
            w[c] = floatOf(static_cast<std::uint32_t>(bits));
            if (!std::isfinite(w[c])) return at(r.at() - 4, "feature row " + std::to_string(k) + " holds a weight that is not a number");
        }
    }
    out.documents_ = documents;
    return out;
}

}  // namespace spanmark::suggest
