#include "core/history.hpp"

#include <stdexcept>

namespace spanmark {

std::optional<Error> History::apply(Document& doc, Edit edit) {
    if (edit.empty()) return std::nullopt;
    if (auto error = spanmark::apply(doc, edit)) return error;
    done_.push_back({std::move(edit), nextState_++});
    undone_.clear();
    ++revision_;
    return std::nullopt;
}

bool History::undo(Document& doc) {
    if (done_.empty()) return false;
    // The inverse of the newest edit always fits the current state.
    if (auto error = spanmark::apply(doc, inverse(done_.back().edit)))
        throw std::logic_error("undo failed: " + error->describe());
    undone_.push_back(std::move(done_.back()));
    done_.pop_back();
    ++revision_;
    return true;
}

bool History::redo(Document& doc) {
    if (undone_.empty()) return false;
    if (auto error = spanmark::apply(doc, undone_.back().edit))
        throw std::logic_error("redo failed: " + error->describe());
    done_.push_back(std::move(undone_.back()));
    undone_.pop_back();
    ++revision_;
    return true;
}

void History::clear() {
    done_.clear();
    undone_.clear();
    ++revision_;
}

}  // namespace spanmark
