#include "workspace/session.hpp"

#include "formats/document_json.hpp"

namespace spanmark::workspace {

std::optional<Error> Session::load(std::string_view contents, std::string_view name) {
    auto loaded = formats::readAny(contents, name);
    if (!loaded) return loaded.error();
    open(std::move(loaded.value()));
    return std::nullopt;
}

void Session::open(Document doc) {
    doc_ = std::move(doc);
    history_.clear();
    change_ = {};
    savedState_ = history_.state();
    ++loads_;
}

std::string Session::save() const { return formats::writeSpanmarkJson(doc_); }

std::optional<Error> Session::apply(Edit edit) {
    const std::uint64_t before = history_.revision();
    auto error = history_.apply(doc_, std::move(edit));
    if (!error && history_.revision() != before) remember({history_.nextUndo(), false});
    return error;
}

const Edit* Session::undo() {
    const Edit* edit = history_.nextUndo();
    if (!edit) return nullptr;
    history_.undo(doc_);
    remember({history_.nextRedo(), true});
    return history_.nextRedo();
}

const Edit* Session::redo() {
    if (!history_.nextRedo()) return nullptr;
    history_.redo(doc_);
    remember({history_.nextUndo(), false});
    return history_.nextUndo();
}

void Session::remember(Change change) {
    change_ = change;
    changeRevision_ = revision();
}

}  // namespace spanmark::workspace
