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
    savedState_ = history_.state();
    ++loads_;
}

std::string Session::save() const { return formats::writeSpanmarkJson(doc_); }

std::optional<Error> Session::apply(Edit edit) { return history_.apply(doc_, std::move(edit)); }

const Edit* Session::undo() {
    const Edit* edit = history_.nextUndo();
    if (!edit) return nullptr;
    history_.undo(doc_);
    return history_.nextRedo();
}

const Edit* Session::redo() {
    if (!history_.nextRedo()) return nullptr;
    history_.redo(doc_);
    return history_.nextUndo();
}

}  // namespace spanmark::workspace
