#include "workspace/autosave.hpp"

#include <chrono>

#include "core/sha256.hpp"
#include "formats/document_json.hpp"
#include "formats/edit_json.hpp"

namespace spanmark::workspace {
namespace {

double wallClockMs() {
    return std::chrono::duration<double, std::milli>(std::chrono::system_clock::now().time_since_epoch()).count();
}

}  // namespace

double steadyNowMs() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

std::string draftKeyOf(const Document& doc) { return doc.id + ":" + sha256Hex(doc.text.bytes()); }

void Autosave::opened(const Document& doc, std::string name, std::shared_ptr<const std::string> snapshot) {
    info_ = {};
    info_.key = draftKeyOf(doc);
    info_.id = doc.id;
    info_.name = std::move(name);
    info_.spans = doc.annotations.spanCount();
    pendingSnapshot_ = std::move(snapshot);
    written_ = snapshotStored_ = false;
    sentSeq_ = storedSeq_ = 0;
    error_.clear();
    failedAtMs_ = -1;
    prepared_ = false;
    openedMs_ = steadyNowMs();
}

void Autosave::resumed(const Draft& draft) {
    info_ = draft.info;
    pendingSnapshot_.reset();
    written_ = snapshotStored_ = true;
    sentSeq_ = storedSeq_ = draft.journal.size();
    error_.clear();
}

void Autosave::writeSnapshot(const std::string& snapshot, double nowMs) {
    info_.savedAt = wallClockMs();
    written_ = true;
    snapshotStored_ = false;
    sentSeq_ = storedSeq_ = 0;
    lastChangeMs_ = nowMs;
    store_.writeSnapshot(info_, snapshot);
}

void Autosave::snapshotDocument(const Document& doc, double nowMs) {
    info_.name = doc.id + ".json";
    writeSnapshot(formats::writeSpanmarkJson(doc, formats::Layout::Line), nowMs);
}

void Autosave::changed(const Document& doc, const Edit& edit, double nowMs) {
    if (!writable_) return;
    const double started = steadyNowMs();
    info_.spans = doc.annotations.spanCount();
    if (!error_.empty()) {
        // After a failure the journal has a gap: start again from a snapshot of
        // the document as it is now, but not on every change while storage stays full.
        if (failedAtMs_ >= 0 && nowMs - failedAtMs_ < 10000) return;
        error_.clear();
        snapshotDocument(doc, nowMs);
        lastWriteMs_ = steadyNowMs() - started;
        return;
    }
    if (!written_) {
        if (pendingSnapshot_) writeSnapshot(*pendingSnapshot_, nowMs);
        else snapshotDocument(doc, nowMs);
    }
    pendingSnapshot_.reset();
    if (!error_.empty()) return;  // the snapshot already failed (a store that answers at once): its reason stands
    info_.savedAt = wallClockMs();
    lastChangeMs_ = nowMs;
    store_.append(info_, ++sentSeq_, formats::writeEditJson(edit));
    lastWriteMs_ = steadyNowMs() - started;
}

void Autosave::saved(const Document& doc, std::string savedJson) {
    if (written_) store_.remove(info_.key);
    info_.name = doc.id + ".json";
    pendingSnapshot_ = std::make_shared<const std::string>(std::move(savedJson));
    prepared_ = false;
    openedMs_ = steadyNowMs();
    written_ = snapshotStored_ = false;
    sentSeq_ = storedSeq_ = 0;
    error_.clear();
}

bool Autosave::compactIfIdle(const Document& doc, double nowMs) {
    // On a frame that comes anyway (the pointer on its way to the text): no frame is asked for
    // this, so a page at rest stays at rest.
    if (!written_ && !prepared_ && writable_ && pendingSnapshot_ && nowMs - openedMs_ >= kPrepareAfterMs) {
        prepared_ = true;
        store_.prepareSnapshot(info_.key, *pendingSnapshot_);
    }
    if (!written_ || !writable_ || !error_.empty() || sentSeq_ < kCompactAfter) return false;
    if (nowMs - lastChangeMs_ < kCompactWhenIdleMs) return true;
    snapshotDocument(doc, nowMs);
    return false;
}

void Autosave::forget() {
    if (written_) store_.remove(info_.key);
    written_ = snapshotStored_ = false;
    sentSeq_ = storedSeq_ = 0;
    pendingSnapshot_.reset();
}

void Autosave::stored(const std::string& key, std::uint64_t seq) {
    if (key != info_.key) return;
    if (seq == 0) snapshotStored_ = true;
    if (seq > storedSeq_) storedSeq_ = seq;
}

void Autosave::failed(const std::string& key, const std::string& message) {
    if (key != info_.key) return;
    if (error_.empty()) error_ = message;  // the first failure says why; what follows is its consequence
    failedAtMs_ = lastChangeMs_;
}

Result<Document> replayDraft(const Draft& draft, std::string* problem) {
    auto doc = formats::readAny(draft.snapshot, draft.info.name);
    if (!doc) return doc.error();
    for (std::size_t i = 0; i < draft.journal.size(); ++i) {
        auto edit = formats::readEditJson(draft.journal[i]);
        std::optional<Error> error = edit ? apply(doc.value(), edit.value()) : edit.error();
        if (error) {
            if (problem)
                *problem = "change " + std::to_string(i + 1) + " of " + std::to_string(draft.journal.size()) +
                           " could not be restored (" + error->describe() + ")";
            break;
        }
    }
    return doc;
}

}  // namespace spanmark::workspace
