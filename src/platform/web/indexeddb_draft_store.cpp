#include "platform/web/indexeddb_draft_store.hpp"

#include <emscripten.h>

#include <string>
#include <vector>

namespace spanmark::platform::web {
namespace {

IndexedDbDraftStore* g_store = nullptr;
std::vector<workspace::DraftInfo> g_infos;  // gathered one by one, then handed over

// Every string crosses as (pointer, length) bytes and is decoded with TextDecoder in drafts.js.
EM_JS(void, js_draft_write, (const char* key, int keyLength, const char* id, int idLength, const char* name,
                             int nameLength, double savedAt, double spans, double seq, const char* data, int length), {
    spanmarkDrafts.write(HEAPU8, key, keyLength, id, idLength, name, nameLength, savedAt, spans, seq, data, length);
});
EM_JS(void, js_draft_prepare, (const char* key, int keyLength, const char* data, int length), {
    spanmarkDrafts.prepare(HEAPU8, key, keyLength, data, length);
});
EM_JS(void, js_draft_remove, (const char* key, int length), { spanmarkDrafts.remove(HEAPU8, key, length); });
EM_JS(void, js_draft_find, (const char* id, int length), { spanmarkDrafts.find(HEAPU8, id, length); });
EM_JS(void, js_draft_load, (const char* key, int length), { spanmarkDrafts.load(HEAPU8, key, length); });
EM_JS(void, js_draft_list, (int limit), { spanmarkDrafts.list(limit); });
EM_JS(void, js_draft_claim, (const char* key, int length, int takeOver), {
    spanmarkDrafts.claim(HEAPU8, key, length, takeOver !== 0);
});

void write(const workspace::DraftInfo& info, double seq, const std::string& data) {
    js_draft_write(info.key.data(), static_cast<int>(info.key.size()), info.id.data(), static_cast<int>(info.id.size()),
                   info.name.data(), static_cast<int>(info.name.size()), info.savedAt, static_cast<double>(info.spans),
                   seq, data.data(), static_cast<int>(data.size()));
}

std::string str(const char* data, int length) { return std::string(data, static_cast<std::size_t>(length)); }

}  // namespace

IndexedDbDraftStore::IndexedDbDraftStore() { g_store = this; }
IndexedDbDraftStore::~IndexedDbDraftStore() { g_store = nullptr; }

void IndexedDbDraftStore::prepareSnapshot(const std::string& key, const std::string& snapshot) {
    preparedKey_ = key;
    preparedSize_ = snapshot.size();
    js_draft_prepare(key.data(), static_cast<int>(key.size()), snapshot.data(), static_cast<int>(snapshot.size()));
}

// seq 0 is a snapshot: it replaces the draft's journal. A prepared one is already in drafts.js:
// only its length crosses (-1 - length says "the prepared bytes").
void IndexedDbDraftStore::writeSnapshot(const workspace::DraftInfo& info, const std::string& snapshot) {
    if (info.key == preparedKey_ && snapshot.size() == preparedSize_) {
        preparedKey_.clear();
        js_draft_write(info.key.data(), static_cast<int>(info.key.size()), info.id.data(), static_cast<int>(info.id.size()),
                       info.name.data(), static_cast<int>(info.name.size()), info.savedAt, static_cast<double>(info.spans), 0,
                       nullptr, -1 - static_cast<int>(snapshot.size()));
        return;
    }
    write(info, 0, snapshot);
}

void IndexedDbDraftStore::append(const workspace::DraftInfo& info, std::uint64_t seq, const std::string& entry) {
    write(info, static_cast<double>(seq), entry);
}

void IndexedDbDraftStore::remove(const std::string& key) { js_draft_remove(key.data(), static_cast<int>(key.size())); }
void IndexedDbDraftStore::findById(const std::string& id) { js_draft_find(id.data(), static_cast<int>(id.size())); }
void IndexedDbDraftStore::load(const std::string& key) { js_draft_load(key.data(), static_cast<int>(key.size())); }
void IndexedDbDraftStore::listRecent(std::size_t limit) { js_draft_list(static_cast<int>(limit)); }
void IndexedDbDraftStore::claim(const std::string& key, bool takeOver) {
    js_draft_claim(key.data(), static_cast<int>(key.size()), takeOver ? 1 : 0);
}

}  // namespace spanmark::platform::web

using spanmark::platform::web::g_infos;
using spanmark::platform::web::g_store;
using spanmark::platform::web::str;

extern "C" {

EMSCRIPTEN_KEEPALIVE void spanmark_draft_bytes(double bytes) {
    if (g_store) g_store->setBytesUsed(static_cast<std::size_t>(bytes));
}

EMSCRIPTEN_KEEPALIVE void spanmark_draft_stored(const char* key, int keyLength, double seq) {
    if (g_store && g_store->events()) g_store->events()->draftStored(str(key, keyLength), static_cast<std::uint64_t>(seq));
}

EMSCRIPTEN_KEEPALIVE void spanmark_draft_failed(const char* key, int keyLength, const char* message, int messageLength) {
    if (g_store && g_store->events()) g_store->events()->draftStoreFailed(str(key, keyLength), str(message, messageLength));
}

EMSCRIPTEN_KEEPALIVE void spanmark_draft_info(const char* key, int keyLength, const char* id, int idLength,
                                              const char* name, int nameLength, double savedAt, double spans, double bytes) {
    g_infos.push_back({str(key, keyLength), str(id, idLength), str(name, nameLength), savedAt,
                       static_cast<std::size_t>(spans), static_cast<std::size_t>(bytes)});
}

// After spanmark_draft_info for each draft found (newest first).
EMSCRIPTEN_KEEPALIVE void spanmark_drafts_found(const char* id, int idLength) {
    auto infos = std::move(g_infos);
    g_infos.clear();
    if (g_store && g_store->events()) g_store->events()->draftsFound(str(id, idLength), std::move(infos));
}

EMSCRIPTEN_KEEPALIVE void spanmark_drafts_listed() {
    auto infos = std::move(g_infos);
    g_infos.clear();
    if (g_store && g_store->events()) g_store->events()->recentDrafts(std::move(infos));
}

// After spanmark_draft_info for the draft itself: its snapshot and its journal, entries separated by newlines.
EMSCRIPTEN_KEEPALIVE void spanmark_draft_loaded(const char* snapshot, int snapshotLength, const char* journal, int journalLength) {
    spanmark::workspace::Draft draft;
    if (!g_infos.empty()) draft.info = g_infos.back();
    g_infos.clear();
    draft.snapshot = str(snapshot, snapshotLength);
    const std::string all = str(journal, journalLength);
    std::size_t begin = 0;
    while (begin < all.size()) {
        std::size_t end = all.find('\n', begin);
        if (end == std::string::npos) end = all.size();
        draft.journal.push_back(all.substr(begin, end - begin));
        begin = end + 1;
    }
    if (g_store && g_store->events()) g_store->events()->draftLoaded(std::move(draft));
}

EMSCRIPTEN_KEEPALIVE void spanmark_draft_load_failed(const char* key, int keyLength, const char* message, int messageLength) {
    if (g_store && g_store->events()) g_store->events()->draftLoadFailed(str(key, keyLength), str(message, messageLength));
}

EMSCRIPTEN_KEEPALIVE void spanmark_draft_claimed(const char* key, int keyLength, int exclusive) {
    if (g_store && g_store->events()) g_store->events()->draftClaimed(str(key, keyLength), exclusive != 0);
}

}  // extern "C"
