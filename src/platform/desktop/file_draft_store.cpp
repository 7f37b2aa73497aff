#include "platform/desktop/file_draft_store.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/sha256.hpp"
#include "platform/files/safe_write.hpp"

namespace spanmark::platform {
namespace fs = std::filesystem;
namespace {

constexpr const char* kMagic = "spanmark-draft 1\n";

// name LENGTH [more]\nBYTES\n: length-prefixed, so any byte may be inside.
void field(std::string& out, const char* name, const std::string& bytes, const std::string& more = {}) {
    out += name;
    out += ' ';
    out += std::to_string(bytes.size());
    if (!more.empty()) out += ' ' + more;
    out += '\n';
    out += bytes;
    out += '\n';
}

std::string numbers(double savedAt, std::size_t spans) {
    return std::to_string(static_cast<long long>(savedAt)) + " " + std::to_string(spans);
}

struct Field {
    std::string name, bytes, more;
};

// The next field at `at`, or nullopt at the end or at a cut one.
std::optional<Field> nextField(const std::string& data, std::size_t& at) {
    const std::size_t eol = data.find('\n', at);
    if (eol == std::string::npos) return std::nullopt;
    const std::string head = data.substr(at, eol - at);
    const std::size_t space = head.find(' ');
    if (space == std::string::npos) return std::nullopt;
    Field f;
    f.name = head.substr(0, space);
    std::size_t length = 0;
    const std::size_t space2 = head.find(' ', space + 1);
    try {
        length = std::stoull(head.substr(space + 1, space2 == std::string::npos ? std::string::npos : space2 - space - 1));
    } catch (...) {
        return std::nullopt;
    }
    if (space2 != std::string::npos) f.more = head.substr(space2 + 1);
    if (eol + 1 + length + 1 > data.size() || data[eol + 1 + length] != '\n') return std::nullopt;
    f.bytes = data.substr(eol + 1, length);
    at = eol + 1 + length + 1;
    return f;
}

void takeNumbers(const std::string& more, workspace::DraftInfo& info) {
    const std::size_t space = more.find(' ');
    if (space == std::string::npos) return;
    try {
        info.savedAt = std::stod(more.substr(0, space));
        info.spans = std::stoull(more.substr(space + 1));
    } catch (...) {
    }
}

}  // namespace

std::string FileDraftStore::pathFor(const std::string& key) const {
    return documentPath_ + ".draft-" + sha256Hex(key).substr(0, 12);
}

std::vector<std::string> FileDraftStore::draftFiles() const {
    std::vector<std::string> out;
    if (documentPath_.empty()) return out;
    const fs::path doc(documentPath_);
    const std::string prefix = doc.filename().string() + ".draft-";
    std::error_code ec;
    const fs::path folder = doc.has_parent_path() ? doc.parent_path() : fs::path(".");
    for (const auto& e : fs::directory_iterator(folder, ec)) {
        const std::string name = e.path().filename().string();
        if (name.size() == prefix.size() + 12 && name.rfind(prefix, 0) == 0) out.push_back(e.path().string());
    }
    return out;
}

std::optional<workspace::Draft> FileDraftStore::read(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    const std::string data(std::istreambuf_iterator<char>(in), {});
    if (data.rfind(kMagic, 0) != 0) return std::nullopt;
    std::size_t at = std::char_traits<char>::length(kMagic);
    workspace::Draft d;
    d.info.bytes = data.size();
    bool snapshot = false;
    while (auto f = nextField(data, at)) {
        if (f->name == "key") d.info.key = f->bytes;
        else if (f->name == "id") d.info.id = f->bytes;
        else if (f->name == "name") d.info.name = f->bytes;
        else if (f->name == "snapshot") {
            d.snapshot = std::move(f->bytes);
            takeNumbers(f->more, d.info);
            snapshot = true;
        } else if (f->name == "entry") {
            d.journal.push_back(std::move(f->bytes));
            takeNumbers(f->more, d.info);
        }
    }
    if (!snapshot || d.info.key.empty()) return std::nullopt;
    return d;
}

void FileDraftStore::writeSnapshot(const workspace::DraftInfo& info, const std::string& snapshot) {
    if (!events_) return;
    if (documentPath_.empty()) {
        events_->draftStoreFailed(info.key, "this document has no file to keep a draft beside; save it (Ctrl+S) to keep your work");
        return;
    }
    std::string out = kMagic;
    field(out, "key", info.key);
    field(out, "id", info.id);
    field(out, "name", info.name);
    field(out, "snapshot", snapshot, numbers(info.savedAt, info.spans));
    if (auto error = files::writeFileSafely(pathFor(info.key), out)) {
        events_->draftStoreFailed(info.key, "the draft could not be written: " + *error);
        return;
    }
    evict(info.key);
    events_->draftStored(info.key, 0);
}

void FileDraftStore::append(const workspace::DraftInfo& info, std::uint64_t seq, const std::string& entry) {
    if (!events_) return;
    if (documentPath_.empty()) {
        events_->draftStoreFailed(info.key, "this document has no file to keep a draft beside; save it (Ctrl+S) to keep your work");
        return;
    }
    std::string out;
    field(out, "entry", entry, numbers(info.savedAt, info.spans));
    if (auto error = files::appendDurably(pathFor(info.key), out)) {
        events_->draftStoreFailed(info.key, "the draft could not be written: " + *error);
        return;
    }
    events_->draftStored(info.key, seq);
}

void FileDraftStore::remove(const std::string& key) {
    if (documentPath_.empty()) return;
    std::error_code ec;
    fs::remove(pathFor(key), ec);
}

void FileDraftStore::findById(const std::string& id) {
    std::vector<workspace::DraftInfo> found;
    for (const std::string& file : draftFiles())
        if (auto d = read(file); d && d->info.id == id) found.push_back(d->info);
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.savedAt > b.savedAt; });
    if (events_) events_->draftsFound(id, std::move(found));
}

void FileDraftStore::load(const std::string& key) {
    if (!events_) return;
    auto d = documentPath_.empty() ? std::nullopt : read(pathFor(key));
    if (!d || d->info.key != key) events_->draftLoadFailed(key, "no readable draft is stored beside the document");
    else events_->draftLoaded(std::move(*d));
}

void FileDraftStore::listRecent(std::size_t limit) {
    std::vector<workspace::DraftInfo> all;
    for (const std::string& file : draftFiles())
        if (auto d = read(file)) all.push_back(d->info);
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.savedAt > b.savedAt; });
    if (all.size() > limit) all.resize(limit);
    if (events_) events_->recentDrafts(std::move(all));
}

std::size_t FileDraftStore::bytesUsed() const {
    std::size_t total = 0;
    std::error_code ec;
    for (const std::string& file : draftFiles()) {
        const auto size = fs::file_size(file, ec);
        if (!ec) total += size;
    }
    return total;
}

void FileDraftStore::evict(const std::string& keep) {
    std::vector<workspace::DraftInfo> all;
    for (const std::string& file : draftFiles())
        if (auto d = read(file)) all.push_back(d->info);
    if (all.size() <= kMaxDraftsPerDocument) return;
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.savedAt > b.savedAt; });
    for (std::size_t i = kMaxDraftsPerDocument; i < all.size(); ++i)
        if (all[i].key != keep) remove(all[i].key);
}

}  // namespace spanmark::platform
