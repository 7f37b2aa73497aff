#pragma once
// The desktop's Open dialog: an ImGui window over the editor that walks the
// file system and picks a spanmark JSON, JSONL corpus or plain text file.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace spanmark::platform {

class FileBrowser {
public:
    void open(const std::filesystem::path& start);
    bool isOpen() const { return open_; }
    // Draws the window; returns the chosen file, once.
    std::optional<std::filesystem::path> draw();

private:
    void list();

    bool open_ = false;
    std::filesystem::path directory_;
    std::vector<std::filesystem::directory_entry> entries_;
    std::string problem_;
};

}  // namespace spanmark::platform
