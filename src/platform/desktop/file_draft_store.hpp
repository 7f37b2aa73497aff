#pragma once
// Drafts on the desktop: files beside the document, DOC.draft-XXXXXXXXXXXX
// (twelve hex digits of the draft key's sha256, so each text and each corpus
// entry has its own). The snapshot is written to a temporary, fsynced and
// renamed; each journal entry is appended and fsynced. A write is reported
// stored only after that; a failure (a read-only folder) is reported at once.
#include <optional>
#include <string>
#include <vector>

#include "workspace/draft_store.hpp"

namespace spanmark::platform {

class FileDraftStore final : public workspace::DraftStore {
public:
    static constexpr std::size_t kMaxDraftsPerDocument = 10;

    // Drafts go beside this file from now on; empty for a document with no file (the sample).
    void setDocumentPath(std::string path) { documentPath_ = std::move(path); }

    void writeSnapshot(const workspace::DraftInfo& info, const std::string& snapshot) override;
    void append(const workspace::DraftInfo& info, std::uint64_t seq, const std::string& entry) override;
    void remove(const std::string& key) override;
    void findById(const std::string& id) override;
    void load(const std::string& key) override;
    void listRecent(std::size_t limit) override;
    std::size_t bytesUsed() const override;

    std::string pathFor(const std::string& key) const;
    // A draft file read back; an incomplete last entry (a crash while appending) is left out.
    static std::optional<workspace::Draft> read(const std::string& file);

private:
    std::vector<std::string> draftFiles() const;
    void evict(const std::string& keep);

    std::string documentPath_;
};

}  // namespace spanmark::platform
