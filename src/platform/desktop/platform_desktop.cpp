// The desktop: a GLFW window with an OpenGL 3 context, for development.
// It sleeps in glfwWaitEvents while nothing changes.
//   spanmark-desktop [FILE] [--open-dialog] [--screenshot OUT.ppm]
//   spanmark-desktop --team http://NAME:PASSWORD@HOST:PORT/ [--team-cache DIR]
#include <imgui.h>

#include <cstdio>
#include <algorithm>
#include <filesystem>
#include <optional>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "backends/imgui_impl_glfw.h"
#include "backends/imgui_impl_opengl3.h"
#include "platform/desktop/file_browser.hpp"
#include "platform/desktop/file_draft_store.hpp"
#include "platform/desktop/team_link.hpp"
#include "platform/files/safe_write.hpp"
#include "platform/frame_pacer.hpp"
#include "platform/gl.hpp"
#include "platform/platform.hpp"
#include "platform/render_frame.hpp"

namespace spanmark::platform {
namespace {

bool writePpm(const std::string& path, int width, int height) {
    std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * height * 3);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
    const std::string temporary = path + ".part";
    std::FILE* f = std::fopen(temporary.c_str(), "wb");
    if (!f) return false;
    std::fprintf(f, "P6\n%d %d\n255\n", width, height);
    // GL rows run bottom-up.
    bool ok = true;
    for (int y = height - 1; y >= 0 && ok; --y)
        ok = std::fwrite(pixels.data() + static_cast<std::size_t>(y) * width * 3, 1, width * 3, f) ==
             static_cast<std::size_t>(width) * 3;
    ok = std::fclose(f) == 0 && ok;
    return ok && std::rename(temporary.c_str(), path.c_str()) == 0;
}

class DesktopPlatform final : public Platform {
public:
    ~DesktopPlatform() override;
    bool init(int argc, char** argv);
    int run(AppCallbacks app) override;
    workspace::DraftStore& drafts() override { return drafts_; }
    void offerFile(const std::string& name, const std::string& contents, workspace::FileKind kind) override;
    void requestFrame() override {
        pacer_.wake();
        glfwPostEmptyEvent();
    }
    void requestFrameAfter(int milliseconds) override {
        const double at = glfwGetTime() + milliseconds / 1000.0;
        if (wakeAt_ < 0 || at < wakeAt_) wakeAt_ = at;
    }
    void pickFileToOpen() override {
        browser_.open(documentPath_.empty() ? std::filesystem::current_path() : std::filesystem::path(documentPath_));
        requestFrame();
    }

private:
    struct PendingExport {
        std::string name, contents;
    };

    void openPath(const std::string& path);
    void openTeamQueue();
    void sendToTeam(const std::string& name, const std::string& contents);
    void showTeamState();
    void writeExport(const std::filesystem::path& path, const std::string& contents);
    void chooseExportTarget();
    void showError(std::string message) {
        if (app_.showError) app_.showError(std::move(message));
    }

    GLFWwindow* window_ = nullptr;
    FramePacer pacer_;
    double wakeAt_ = -1;  // glfwGetTime() of a frame asked for later, or -1
    AppCallbacks app_;
    FileDraftStore drafts_;
    FileBrowser browser_;
    std::vector<PendingExport> exports_;  // waiting for the person to pick where
    std::string documentPath_;
    std::string screenshotPath_;
    bool browseAtStart_ = false;  // --open-dialog: start with the Open dialog (for screenshots)
    std::string teamAddress_, teamCache_;
    std::unique_ptr<TeamLink> team_;
    std::optional<std::string> teamReopen_;  // a merged queue, shown before the next frame
    std::string teamStatus_;                 // what the last send did: shown after the save's own message
};

DesktopPlatform* g_platform = nullptr;

bool DesktopPlatform::init(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--screenshot" && i + 1 < argc) screenshotPath_ = argv[++i];
        else if (arg == "--open-dialog") browseAtStart_ = true;
        else if (arg == "--team" && i + 1 < argc) teamAddress_ = argv[++i];
        else if (arg == "--team-cache" && i + 1 < argc) teamCache_ = argv[++i];
        else if (!arg.empty() && arg[0] == '-') {
            std::fprintf(stderr, "spanmark-desktop: unknown option %s\nusage: spanmark-desktop [FILE] [--open-dialog] [--screenshot OUT.ppm]\n"
                                 "       spanmark-desktop --team http://NAME:PASSWORD@HOST:PORT/ [--team-cache DIR]\n", arg.c_str());
            return false;
        } else documentPath_ = arg;
    }
    glfwSetErrorCallback([](int code, const char* what) { std::fprintf(stderr, "GLFW error %d: %s\n", code, what); });
    if (!teamAddress_.empty() && !documentPath_.empty()) {
        std::fprintf(stderr, "spanmark-desktop: --team opens the team's queue; give no FILE with it\n");
        return false;
    }
    if (!teamAddress_.empty()) team_ = std::make_unique<TeamLink>(teamAddress_, teamCache_);
    if (!glfwInit()) return false;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 2);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GL_TRUE);
    window_ = glfwCreateWindow(1280, 800, "spanmark", nullptr, nullptr);
    if (!window_) return false;
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(1);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigInputTextCursorBlink = false;
    ImGui_ImplGlfw_InitForOpenGL(window_, true);
    ImGui_ImplOpenGL3_Init("#version 150");
    // Any event wakes the loop for a few frames (ImGui's callbacks chain to ours).
    glfwSetWindowRefreshCallback(window_, [](GLFWwindow*) { g_platform->requestFrame(); });
    return true;
}

DesktopPlatform::~DesktopPlatform() {
    if (!window_) return;
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window_);
    glfwTerminate();
}

// Saving the document writes it back to its own file (FILE.json beside a
// plain text it was opened from); an export goes only where the person picks,
// and never over the open document.
void DesktopPlatform::offerFile(const std::string& name, const std::string& contents, workspace::FileKind kind) {
    namespace fs = std::filesystem;
    if (kind == workspace::FileKind::Document && team_) {
        sendToTeam(name, contents);
        return;
    }
    if (kind == workspace::FileKind::Document && !documentPath_.empty()) {
        fs::path path(documentPath_);
        const fs::path extension = fs::path(name).extension();
        if (path.extension() != extension) path.replace_extension(extension);
        if (auto error = files::writeFileSafely(path.string(), contents)) showError("Not saved: " + *error);
        return;
    }
    exports_.push_back({name, contents});
    if (exports_.size() == 1) chooseExportTarget();
}

void DesktopPlatform::chooseExportTarget() {
    namespace fs = std::filesystem;
    const fs::path folder = documentPath_.empty() ? fs::current_path() : fs::absolute(documentPath_).parent_path();
    browser_.openForSave(folder, exports_.front().name);
    requestFrame();
}

void DesktopPlatform::writeExport(const std::filesystem::path& path, const std::string& contents) {
    // The same file by inode: through symlinks, hard links and relative names alike.
    if (!documentPath_.empty() && files::sameFile(path.string(), documentPath_)) {
        showError(path.string() + ": not exported: that is the open document, and an export never writes over it");
        return;
    }
    if (auto error = files::writeFileSafely(path.string(), contents)) showError("Not exported: " + *error);
}

void DesktopPlatform::openPath(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        showError(path + ": is a folder; open a file in it (Ctrl+O)");
        return;
    }
    std::ifstream in(path, std::ios::binary);
    std::string contents;
    try {
        contents.assign(std::istreambuf_iterator<char>(in), {});
    } catch (const std::exception&) {
        in.setstate(std::ios::badbit);
    }
    if (!in || in.bad()) {
        showError(path + ": cannot read the file");
        return;
    }
    // Drafts are looked for beside the new file while it opens; on a refusal the old one stays.
    const std::string previous = documentPath_;
    drafts_.setDocumentPath(path);
    documentPath_ = path;
    if (!app_.open(contents, path).empty()) {
        drafts_.setDocumentPath(previous);
        documentPath_ = previous;
    }
}

// Team mode: the queue opens as a corpus kept in the team cache folder, its drafts beside it.
void DesktopPlatform::openTeamQueue() {
    std::string error;
    auto opened = team_->open(error);
    showTeamState();
    if (!opened) {
        showError("Team: " + error);
        return;
    }
    documentPath_ = team_->queuePath();
    drafts_.setDocumentPath(documentPath_);
    if (app_.open(opened->contents, documentPath_).empty() && app_.showStatus) app_.showStatus(opened->message);
}

void DesktopPlatform::sendToTeam(const std::string& name, const std::string& contents) {
    std::string error;
    auto sent = team_->send(contents, name, error);
    showTeamState();
    if (sent.reopen) teamReopen_ = std::move(sent.reopen);
    if (!error.empty()) showError(error);
    else teamStatus_ = sent.message + " · " + team_->title().substr(team_->title().rfind(" · ") + 3);
    requestFrame();
}

void DesktopPlatform::showTeamState() { glfwSetWindowTitle(window_, team_->title().c_str()); }

int DesktopPlatform::run(AppCallbacks app) {
    app_ = std::move(app);
    if (team_) openTeamQueue();
    if (!documentPath_.empty() && !team_) openPath(documentPath_);
    if (browseAtStart_) pickFileToOpen();
    int framesLeftForShot = 4;
    while (!glfwWindowShouldClose(window_)) {
        if (pacer_.pending() || !screenshotPath_.empty()) {
            glfwPollEvents();
        } else if (wakeAt_ >= 0) {
            glfwWaitEventsTimeout(std::max(0.0, wakeAt_ - glfwGetTime()));
            pacer_.wake();
        } else {
            glfwWaitEvents();
            pacer_.wake();
        }
        if (wakeAt_ >= 0 && glfwGetTime() >= wakeAt_) wakeAt_ = -1;
        if (teamReopen_) {
            // Opened between frames, not inside the save that sent it: the workspace is not mid-command.
            const std::string merged = std::move(*teamReopen_);
            teamReopen_.reset();
            const std::string message = "Merged with the changes made elsewhere: the queue is shown as the server now has it";
            if (app_.open(merged, documentPath_).empty() && teamStatus_.empty()) teamStatus_ = message;
        }
        if (!teamStatus_.empty() && app_.showStatus) app_.showStatus(std::exchange(teamStatus_, {}));
        int width = 0, height = 0;
        glfwGetFramebufferSize(window_, &width, &height);
        float xscale = 1, yscale = 1;
        glfwGetWindowContentScale(window_, &xscale, &yscale);
        ImGui_ImplGlfw_NewFrame();
        std::optional<std::filesystem::path> chosen;
        const bool saving = browser_.saving();
        const bool inputWaiting = renderFrame(app_, xscale, width, height, [&] { chosen = browser_.draw(); });
        if (chosen && saving && !exports_.empty()) {
            // The first file goes where the person picked; any others of the same export (brat's .ann) beside it.
            const std::string first = exports_.front().name;
            for (const PendingExport& e : exports_)
                writeExport(e.name == first ? *chosen : chosen->parent_path() / e.name, e.contents);
            exports_.clear();
        } else if (chosen) {
            openPath(chosen->string());
        } else if (saving && !browser_.isOpen()) {
            exports_.clear();  // cancelled
        }
        pacer_.drawn();
        if (inputWaiting) pacer_.wake();
        if (!screenshotPath_.empty() && --framesLeftForShot == 0) {
            const bool ok = writePpm(screenshotPath_, width, height);
            if (!ok) std::fprintf(stderr, "spanmark-desktop: cannot write %s\n", screenshotPath_.c_str());
            return ok ? 0 : 1;
        }
        glfwSwapBuffers(window_);
    }
    return 0;
}

}  // namespace

std::unique_ptr<Platform> createPlatform(int argc, char** argv) {
    auto platform = std::make_unique<DesktopPlatform>();
    g_platform = platform.get();
    if (!platform->init(argc, argv)) {
        std::fprintf(stderr, "spanmark-desktop: cannot open an OpenGL 3 window\n");
        g_platform = nullptr;
        return nullptr;
    }
    return platform;
}

}  // namespace spanmark::platform
