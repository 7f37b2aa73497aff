#pragma once
// The one way a document changes: apply an edit, undo it, redo it.
// Unlimited depth; a batch is one edit and so one step. revision() counts
// every change, so autosave and the view can tell when to act.
#include <cstdint>
#include <optional>
#include <vector>

#include "core/edit.hpp"

namespace spanmark {

class History {
public:
    // Applies and records the edit; on a refusal nothing changes. An empty
    // edit changes nothing and is not recorded.
    std::optional<Error> apply(Document& doc, Edit edit);
    bool undo(Document& doc);
    bool redo(Document& doc);

    bool canUndo() const { return !done_.empty(); }
    bool canRedo() const { return !undone_.empty(); }
    const Edit* nextUndo() const { return done_.empty() ? nullptr : &done_.back().edit; }
    const Edit* nextRedo() const { return undone_.empty() ? nullptr : &undone_.back().edit; }

    // Grows by one at every apply, undo and redo.
    std::uint64_t revision() const { return revision_; }
    // Names the document's state: equal values mean equal documents, so
    // "saved" is state() == the state at the last save.
    std::uint64_t state() const { return done_.empty() ? 0 : done_.back().state; }

    void clear();

private:
    struct Step {
        Edit edit;
        std::uint64_t state;
    };
    std::vector<Step> done_;
    std::vector<Step> undone_;
    std::uint64_t revision_ = 0;
    std::uint64_t nextState_ = 1;
};

}  // namespace spanmark
