#pragma once
// What the editor asks of the machine it runs on, beyond what the workspace
// asks (workspace/host.hpp): a file chooser. The platform layer implements it.
#include "workspace/host.hpp"

namespace spanmark::app {

class Host : public workspace::Host {
public:
    // Asks the person for a file to open; its contents arrive through Editor::open.
    virtual void pickFileToOpen() = 0;
};

}  // namespace spanmark::app
