#pragma once
// The desktop's file dialog: an ImGui window over the editor that walks the
// file system. To open, it lists spanmark JSON, JSONL corpora and plain
// text; to save (an export), it asks for a name in a folder. A name typed in
// its field and Enter choose at once, so the keyboard alone is enough.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace spanmark::platform {

class FileBrowser {
public:
    void open(const std::filesystem::path& start);
    void openForSave(const std::filesystem::path& folder, const std::string& suggestedName);
    bool isOpen() const { return open_; }
    bool saving() const { return saving_; }
    // Draws the window; returns the chosen file, once.
    std::optional<std::filesystem::path> draw();

private:
    void list();

    bool open_ = false;
    bool saving_ = false;
    bool focusName_ = false;
    std::filesystem::path directory_;
    std::vector<std::filesystem::directory_entry> entries_;
    std::string problem_;
    std::string name_;
};

}  // namespace spanmark::platform
