#pragma once
// The one interface between spanmark and the machine: a window with a GL
// context, input, files, drafts' storage and the frame loop. web/ and
// desktop/ implement it; nothing outside this folder knows which one runs.
// The platform calls the app only through AppCallbacks: it knows no Editor.
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "app/host.hpp"
#include "workspace/draft_store.hpp"

namespace spanmark::platform {

struct AppCallbacks {
    // Fonts for the display scale; true when the atlas changed and must be uploaded again.
    std::function<bool(float displayScale)> prepareFonts;
    // The app's UI for one frame, between ImGui::NewFrame and ImGui::Render.
    std::function<void()> drawFrame;
    // A file's contents to open; the error message, empty when it opened.
    std::function<std::string(std::string_view contents, std::string_view name)> open;
    std::function<void(std::string message)> showError;
    // A message for the status bar (what the platform did: sent to a team server).
    std::function<void(std::string message)> showStatus;
};

class Platform : public app::Host {
public:
    // Where this machine keeps drafts.
    virtual workspace::DraftStore& drafts() = 0;
    // Runs until the window closes (desktop) or hands the loop to the
    // browser and returns at once (web). Returns the process exit status.
    virtual int run(AppCallbacks app) = 0;
    // Draws a frame at once (the page's hook needs the screen it answers about).
    virtual void drawNow() {}
    virtual float displayScale() const { return 1; }
};

// Opens the window and the GL context and creates the ImGui context; null,
// after telling the person why, when that is impossible.
std::unique_ptr<Platform> createPlatform(int argc, char** argv);

}  // namespace spanmark::platform
