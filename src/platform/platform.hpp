#pragma once
// The one interface between spanmark and the machine: a window with a GL
// context, input, files and the frame loop. web/ and desktop/ implement it;
// nothing outside this folder knows which one runs.
#include <memory>

#include "app/host.hpp"

namespace spanmark::app {
class Editor;
}

namespace spanmark::platform {

class Platform : public app::Host {
public:
    // Runs until the window closes (desktop) or hands the loop to the
    // browser and returns at once (web). Returns the process exit status.
    virtual int run(app::Editor& editor) = 0;
};

// Opens the window and the GL context and creates the ImGui context; null,
// after telling the person why, when that is impossible.
std::unique_ptr<Platform> createPlatform(int argc, char** argv);

}  // namespace spanmark::platform
