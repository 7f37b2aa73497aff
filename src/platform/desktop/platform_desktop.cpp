// The desktop: a GLFW window with an OpenGL 3 context, for development.
// It sleeps in glfwWaitEvents while nothing changes.
//   spanmark-desktop [FILE] [--open-dialog] [--screenshot OUT.ppm]
#include <imgui.h>

#include <cstdio>
#include <algorithm>
#include <filesystem>
#include <optional>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "app/editor.hpp"
#include "backends/imgui_impl_glfw.h"
#include "backends/imgui_impl_opengl3.h"
#include "platform/desktop/file_browser.hpp"
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
    int run(app::Editor& editor) override;
    void offerFile(const std::string& name, const std::string& contents) override;
    void requestFrame() override {
        pacer_.wake();
        glfwPostEmptyEvent();
    }
    void requestFrameAfter(int milliseconds) override {
        wakeAt_ = glfwGetTime() + milliseconds / 1000.0;
    }
    void pickFileToOpen() override {
        browser_.open(documentPath_.empty() ? std::filesystem::current_path() : std::filesystem::path(documentPath_));
        requestFrame();
    }
    // Drafts live beside the document, as FILE.draft.json; the sample article,
    // which has no file, keeps none.
    void storeDraft(const std::string&, const std::string& contents) override {
        if (!documentPath_.empty()) writeAtomically(documentPath_ + ".draft.json", contents);
    }
    void dropDraft(const std::string&) override {
        if (!documentPath_.empty()) std::remove((documentPath_ + ".draft.json").c_str());
    }
    void findDraft(const std::string& key) override {
        if (documentPath_.empty() || !editor_) return;
        std::ifstream in(documentPath_ + ".draft.json", std::ios::binary);
        if (!in) return;
        const std::string draft(std::istreambuf_iterator<char>(in), {});
        editor_->restoreDraft(key, draft, "the last session");
    }

private:
    GLFWwindow* window_ = nullptr;
    FramePacer pacer_;
    double wakeAt_ = -1;  // glfwGetTime() of a frame asked for later, or -1
    static bool writeAtomically(const std::string& path, const std::string& contents);

    void openPath(const std::string& path);

    app::Editor* editor_ = nullptr;
    FileBrowser browser_;
    std::string documentPath_;
    std::string screenshotPath_;
    bool browseAtStart_ = false;  // --open-dialog: start with the Open dialog (for screenshots)
};

DesktopPlatform* g_platform = nullptr;

bool DesktopPlatform::init(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--screenshot" && i + 1 < argc) screenshotPath_ = argv[++i];
        else if (arg == "--open-dialog") browseAtStart_ = true;
        else if (!arg.empty() && arg[0] == '-') {
            std::fprintf(stderr, "spanmark-desktop: unknown option %s\nusage: spanmark-desktop [FILE] [--open-dialog] [--screenshot OUT.ppm]\n", arg.c_str());
            return false;
        } else documentPath_ = arg;
    }
    glfwSetErrorCallback([](int code, const char* what) { std::fprintf(stderr, "GLFW error %d: %s\n", code, what); });
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

bool DesktopPlatform::writeAtomically(const std::string& path, const std::string& contents) {
    const std::string temporary = path + ".part";
    {
        std::ofstream out(temporary, std::ios::binary);
        out << contents;
        out.flush();
        if (!out) {
            std::fprintf(stderr, "spanmark-desktop: cannot write %s\n", temporary.c_str());
            return false;
        }
    }
    return std::rename(temporary.c_str(), path.c_str()) == 0;
}

// Saving writes back beside the document: FILE.json itself, or FILE.json
// next to a plain text it was opened from.
void DesktopPlatform::offerFile(const std::string& name, const std::string& contents) {
    std::string path = name;
    if (!documentPath_.empty() && name.size() > 5 && name.substr(name.size() - 5) == ".json" && name != "labels.json") {
        path = documentPath_;
        const auto dot = path.find_last_of('.');
        if (dot == std::string::npos || path.substr(dot) != ".json") path = path.substr(0, dot) + ".json";
    }
    if (!writeAtomically(path, contents)) editor_->showError(path + ": could not be written");
}

void DesktopPlatform::openPath(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        editor_->showError(path + ": cannot read the file");
        return;
    }
    // The document path changes only when the file opened: saves and drafts go beside it.
    if (editor_->load(std::string(std::istreambuf_iterator<char>(in), {}), path).empty()) documentPath_ = path;
}

int DesktopPlatform::run(app::Editor& editor) {
    editor_ = &editor;
    if (!documentPath_.empty()) openPath(documentPath_);
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
        int width = 0, height = 0;
        glfwGetFramebufferSize(window_, &width, &height);
        float xscale = 1, yscale = 1;
        glfwGetWindowContentScale(window_, &xscale, &yscale);
        ImGui_ImplGlfw_NewFrame();
        std::optional<std::filesystem::path> chosen;
        const bool inputWaiting = renderFrame(editor, xscale, width, height, [&] { chosen = browser_.draw(); });
        if (chosen) openPath(chosen->string());
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
