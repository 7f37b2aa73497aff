#pragma once
// The label editor: add, rename, recolour and re-key span and relation
// labels. Works on a copy; Apply turns the changes into one undoable edit.
#include <optional>
#include <string>
#include <vector>

#include "core/edit.hpp"

namespace spanmark::app {

struct LabelEditorAction {
    std::optional<Edit> apply;
    bool exportFile = false;
};

class LabelEditor {
public:
    void open(const Document& doc);
    bool isOpen() const { return open_; }
    LabelEditorAction draw(const Document& doc);

private:
    struct Row {
        Label label;
        std::string originalName;  // empty for a label added here
        std::string from, to;      // relation ends, comma-separated while editing
    };
    std::vector<Row> rows_;
    bool open_ = false;
    std::string problem_;
};

}  // namespace spanmark::app
