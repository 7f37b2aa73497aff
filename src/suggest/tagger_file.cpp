// The tagger's model file: little-endian bytes, so a model trained in the
// page is the same file on the desktop and from the command line.
//   "SPANMARK-TAGGER\n"            16 bytes
//   u32 version (1), u32 documents trained on
//   u32 tag count, then each tag: u32 length, its UTF-8 bytes
//   u64 rows, then each row: u64 feature hash, one f32 per tag
//   u64 FNV-1a of every byte before it
#include <algorithm>
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

// Little-endian, written into room already made: a model of 10,000 rows is some 400 KB,
// and byte by byte appends cost the page several milliseconds.
template <int Bytes>
char* put(char* out, std::uint64_t v) {
    for (int b = 0; b < Bytes; ++b) out[b] = static_cast<char>((v >> (8 * b)) & 0xff);
    return out + Bytes;
}
template <int Bytes>
std::uint64_t get(const char* in) {
    std::uint64_t v = 0;
    for (int b = 0; b < Bytes; ++b) v |= std::uint64_t(static_cast<unsigned char>(in[b])) << (8 * b);
    return v;
}

class Reader {
public:
    explicit Reader(std::string_view bytes) : bytes_(bytes) {}
    std::size_t at() const { return at_; }
    std::size_t left() const { return bytes_.size() - at_; }
    bool take(int bytes, std::uint64_t& v) {
        if (left() < static_cast<std::size_t>(bytes)) return false;
        v = bytes == 8 ? get<8>(bytes_.data() + at_) : get<4>(bytes_.data() + at_);
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
    std::size_t size = kMagic.size() + 12 + 8 + weights_.rows() * (8 + 4 * tags_.size()) + 8;
    for (const std::string& t : tags_) size += 4 + t.size();
    std::string bytes(size, '\0');
    char* out = bytes.data();
    out = std::copy(kMagic.begin(), kMagic.end(), out);
    out = put<4>(out, kVersion);
    out = put<4>(out, documents_);
    out = put<4>(out, tags_.size());
    for (const std::string& t : tags_) {
        out = put<4>(out, t.size());
        out = std::copy(t.begin(), t.end(), out);
    }
    out = put<8>(out, weights_.rows());
    for (std::size_t r = 0; r < weights_.rows(); ++r) {
        out = put<8>(out, weights_.keyOf(r));
        const float* w = weights_.row(r);
        for (std::size_t c = 0; c < tags_.size(); ++c) out = put<4>(out, bitsOf(w[c]));
    }
    put<8>(out, fnv1a(std::string_view(bytes).substr(0, size - 8)));
    return bytes;
}

Result<Tagger> Tagger::load(std::string_view bytes) {
    TaggerLoading loading{std::string(bytes)};
    while (!loading.step(std::size_t(-1) / 2)) {
    }
    return loading.take();
}

TaggerLoading::TaggerLoading(std::string bytes) : bytes_(std::move(bytes)) {}

std::optional<Error> TaggerLoading::start() {
    const std::string_view bytes = bytes_;
    if (bytes.substr(0, kMagic.size()) != kMagic)
        return at(0, "not a spanmark tagger model (it does not begin with SPANMARK-TAGGER; make one with spanmark train)");
    Reader in(bytes);
    in.piece(kMagic.size());
    std::uint64_t version = 0;
    if (!in.take(4, version)) return at(in.at(), "the model ends before its version");
    if (version > kVersion)
        return at(kMagic.size(), "the model is version " + std::to_string(version) + ", made by a newer spanmark; this one reads version " +
                                     std::to_string(kVersion) + " (update spanmark, or train the model again)");
    if (version == 0) return at(kMagic.size(), "the model's version is 0: the file is damaged");
    if (bytes.size() < kMagic.size() + 8 + 8) return at(bytes.size(), "the model ends early: the file is cut short");
    hash_ = fnv1aStart();
    return std::nullopt;
}

std::optional<Error> TaggerLoading::readTags() {
    const std::string_view body = std::string_view(bytes_).substr(0, bytes_.size() - 8);
    Reader r(body);
    r.piece(kMagic.size() + 4);
    std::uint64_t documents = 0;
    if (!r.take(4, documents) || !r.take(4, tagCount_)) return at(r.at(), "the model ends before its tags");
    if (tagCount_ < 3 || tagCount_ % 2 == 0 || tagCount_ > kMostTags)
        return at(r.at() - 4, "the model has " + std::to_string(tagCount_) + " tags; a model has O and a B- and I- tag per label");
    std::set<std::string> labels;
    for (std::uint64_t t = 0; t < tagCount_; ++t) {
        const std::size_t where = r.at();
        std::uint64_t length = 0;
        if (!r.take(4, length) || length > kLongestTag || length > r.left()) return at(where, "tag " + std::to_string(t) + " runs past the end");
        const std::string tag(r.piece(length));
        if (utf8::firstInvalid(tag)) return at(where, "tag " + std::to_string(t) + " is not UTF-8");
        const bool fits = t == 0 ? tag == "O"
                          : t % 2 == 1 ? tag.size() > 2 && tag.compare(0, 2, "B-") == 0 && labels.insert(tag.substr(2)).second
                                       : tag.size() > 2 && tag.compare(0, 2, "I-") == 0 && tag.substr(2) == out_.tags_.back().substr(2);
        if (!fits) return at(where, "tag " + std::to_string(t) + " is '" + tag + "'; expected O first, then B-LABEL and I-LABEL for each label, once each");
        out_.tags_.push_back(tag);
    }
    if (!r.take(8, rows_)) return at(r.at(), "the model ends before its weights");
    const std::uint64_t rowBytes = 8 + 4 * tagCount_;
    if (rows_ > r.left() / rowBytes || rows_ * rowBytes != r.left())
        return at(r.at() - 8, "the model says " + std::to_string(rows_) + " feature rows but holds " + std::to_string(r.left()) + " bytes of them");
    out_.documents_ = documents;
    out_.weights_ = WeightTable(tagCount_);
    out_.weights_.reserve(rows_);
    at_ = r.at();
    return std::nullopt;
}

bool TaggerLoading::step(std::size_t units) {
    constexpr std::size_t kBytesPerUnit = 64;
    while (!error_ && phase_ != kDone) {
        if (phase_ == kHeader) {
            error_ = start();
            phase_ = kChecksum;
            continue;
        }
        if (phase_ == kChecksum) {
            const std::size_t end = bytes_.size() - 8;
            const std::size_t n = std::min(end - at_, units > end / kBytesPerUnit ? end : units * kBytesPerUnit);
            hash_ = fnv1aMore(hash_, std::string_view(bytes_).substr(at_, n));
            at_ += n;
            if (at_ < end) return false;
            if (hash_ != get<8>(bytes_.data() + end))
                error_ = at(end, "the model's checksum does not match its contents: the file is damaged or cut short");
            phase_ = kTags;
            return false;
        }
        if (phase_ == kTags) {
            error_ = readTags();
            phase_ = kRows;
            continue;
        }
        const std::size_t rowBytes = 8 + 4 * tagCount_;
        for (std::size_t done = 0; row_ < rows_; ++row_, at_ += rowBytes) {
            if (done++ == units) return false;
            const char* row = bytes_.data() + at_;
            const std::uint64_t key = get<8>(row);
            const std::size_t before = out_.weights_.rows();
            const std::size_t index = key == 0 ? WeightTable::npos : out_.weights_.rowOf(key);
            if (index == WeightTable::npos || out_.weights_.rows() == before) {
                error_ = at(at_, "feature row " + std::to_string(row_) + " repeats a feature or is empty");
                return true;
            }
            float* w = out_.weights_.row(index);
            for (std::uint64_t c = 0; c < tagCount_; ++c) {
                w[c] = floatOf(static_cast<std::uint32_t>(get<4>(row + 8 + 4 * c)));
                if (!std::isfinite(w[c])) {
                    error_ = at(at_ + 8 + 4 * c, "feature row " + std::to_string(row_) + " holds a weight that is not a number");
                    return true;
                }
            }
        }
        phase_ = kDone;
    }
    return true;
}

Result<Tagger> TaggerLoading::take() {
    if (error_) return *error_;
    return std::move(out_);
}

}  // namespace spanmark::suggest
