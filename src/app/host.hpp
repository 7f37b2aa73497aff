#pragma once
// What the editor asks of the machine it runs on, beyond what the workspace
// asks (workspace/host.hpp): a file chooser, and its own fonts for what the
// embedded font cannot draw. The platform layer implements it.
#include "app/system_fonts.hpp"
#include "workspace/host.hpp"

namespace spanmark::app {

class Host : public workspace::Host {
public:
    // Asks the person for a file to open; its contents arrive through Editor::open.
    virtual void pickFileToOpen() = 0;
    // The machine's fonts for the units the embedded font cannot draw; null where there are
    // none (those units then show the font's fallback mark).
    virtual SystemFonts* systemFonts() { return nullptr; }
};

}  // namespace spanmark::app
