#include "platform/desktop/file_browser.hpp"

#include <imgui.h>

#include <algorithm>

namespace spanmark::platform {
namespace fs = std::filesystem;

namespace {

bool openable(const fs::path& p) {
    const std::string ext = p.extension().string();
    return ext == ".json" || ext == ".jsonl" || ext == ".txt";
}

}  // namespace

void FileBrowser::openForSave(const fs::path& folder, const std::string& suggestedName) {
    open(folder);
    saving_ = true;
    name_ = suggestedName;
}

void FileBrowser::open(const fs::path& start) {
    saving_ = false;
    name_.clear();
    focusName_ = true;
    std::error_code ec;
    directory_ = fs::weakly_canonical(fs::absolute(start, ec), ec);
    if (!fs::is_directory(directory_, ec)) directory_ = directory_.parent_path();
    if (directory_.empty()) directory_ = fs::current_path(ec);
    open_ = true;
    list();
}

void FileBrowser::list() {
    entries_.clear();
    problem_.clear();
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(directory_, fs::directory_options::skip_permission_denied, ec)) {
        if (e.path().filename().string().rfind('.', 0) == 0) continue;  // hidden
        if (e.is_directory(ec) || openable(e.path())) entries_.push_back(e);
    }
    if (ec) problem_ = directory_.string() + ": " + ec.message();
    std::sort(entries_.begin(), entries_.end(), [](const auto& a, const auto& b) {
        std::error_code ignore;
        const bool da = a.is_directory(ignore), db = b.is_directory(ignore);
        return da != db ? da : a.path().filename() < b.path().filename();
    });
}

std::optional<fs::path> FileBrowser::draw() {
    if (!open_) return std::nullopt;
    std::optional<fs::path> chosen;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 36, ImGui::GetFontSize() * 26), ImGuiCond_Appearing);
    ImGui::Begin(saving_ ? "Export to a file###files" : "Open a file###files", &open_,
                 ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings);
    ImGui::TextWrapped("%s", directory_.string().c_str());
    if (ImGui::Button("\xE2\x86\x91 Up") && directory_.has_parent_path() && directory_ != directory_.root_path()) {
        directory_ = directory_.parent_path();
        list();
    }
    ImGui::SameLine();
    ImGui::TextDisabled("spanmark .json, .jsonl corpora and .txt");
    if (!problem_.empty()) ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.05f, 1), "%s", problem_.c_str());
    ImGui::BeginChild("entries", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 2), ImGuiChildFlags_Border);
    std::optional<fs::path> enter;
    for (const auto& e : entries_) {
        std::error_code ec;
        const bool dir = e.is_directory(ec);
        const std::string text = (dir ? "\xE2\x96\xB8 " : "   ") + e.path().filename().string() + (dir ? "/" : "");
        if (ImGui::Selectable(text.c_str())) {
            if (dir) enter = e.path();
            else if (saving_) name_ = e.path().filename().string();
            else chosen = e.path();
        }
    }
    ImGui::EndChild();
    // A name typed here (relative to the folder shown, or absolute) and Enter choose it.
    ImGui::TextUnformatted("File name");
    ImGui::SameLine();
    if (focusName_) {
        ImGui::SetKeyboardFocusHere();
        focusName_ = false;
    }
    char buffer[1024];
    const std::size_t n = std::min(name_.size(), sizeof buffer - 1);
    name_.copy(buffer, n);
    buffer[n] = '\0';
    ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 12);
    const bool entered = ImGui::InputText("##name", buffer, sizeof buffer, ImGuiInputTextFlags_EnterReturnsTrue);
    name_ = buffer;
    ImGui::SameLine();
    if ((ImGui::Button(saving_ ? "Save" : "Open") || entered) && !name_.empty()) {
        const fs::path typed(name_);
        const fs::path path = typed.is_absolute() ? typed : directory_ / typed;
        std::error_code ec;
        if (fs::is_directory(path, ec)) enter = path;
        else if (saving_ || fs::exists(path, ec)) chosen = path;
        else problem_ = path.string() + ": no such file";
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel (Esc)") || ImGui::IsKeyPressed(ImGuiKey_Escape)) open_ = false;
    ImGui::End();
    if (enter) {
        directory_ = *enter;
        if (!saving_) name_.clear();
        list();
    }
    if (chosen) open_ = false;
    return chosen;
}

}  // namespace spanmark::platform
