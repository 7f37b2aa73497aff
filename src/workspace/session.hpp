#pragma once
// The open document and its history: the data side of the editor (the views
// only draw it). Every change passes through apply(), undo() or redo().
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/document.hpp"
#include "core/history.hpp"

namespace spanmark::workspace {

class Session {
public:
    const Document& document() const { return doc_; }

    // Replaces the document; on a refusal the open one stays as it was.
    std::optional<Error> load(std::string_view contents, std::string_view name);
    // Replaces the document with one already read, with an empty history.
    void open(Document doc);
    std::string save() const;
    void markSaved() { savedState_ = history_.state(); }
    // After restoring a draft: its changes were never downloaded.
    void markUnsaved() { savedState_ = UINT64_MAX; }
    bool dirty() const { return history_.state() != savedState_; }

    std::optional<Error> apply(Edit edit);
    // The edit undone or redone, so the selection can follow it; null when none.
    const Edit* undo();
    const Edit* redo();
    const History& history() const { return history_; }

    // Grows with every change and every load: views rebuild what they derive.
    std::uint64_t revision() const { return loads_ * (1ull << 40) + history_.revision(); }
    // Grows with every load only: what is derived from the text itself is rebuilt on it.
    std::uint64_t loads() const { return loads_; }

    // The step that took the document from revision() - 1 to revision(), so
    // a view can follow it instead of deriving everything again: the edit,
    // applied as is or (undone) as its inverse. None after a load.
    struct Change {
        const Edit* edit = nullptr;
        bool undone = false;
    };
    std::optional<Change> lastChange() const {
        if (!change_.edit || changeRevision_ != revision()) return std::nullopt;
        return change_;
    }

private:
    void remember(Change change);

    Document doc_;
    History history_;
    std::uint64_t savedState_ = 0;
    std::uint64_t loads_ = 0;
    Change change_;
    std::uint64_t changeRevision_ = 0;
};

}  // namespace spanmark::workspace
