// The page and the desktop app: one editor on whichever platform was built.
#include "app/editor.hpp"
#include "main/web_bridge.hpp"
#include "platform/platform.hpp"

int main(int argc, char** argv) {
    using namespace spanmark;
    // Static: on the web, main returns while the browser keeps calling in.
    static auto platform = platform::createPlatform(argc, argv);
    if (!platform) return 1;
    static app::Editor editor(*platform, platform->drafts());
    connectBridge(editor, *platform);
    return platform->run({[](float scale) { return editor.prepareFonts(scale); }, [] { editor.drawFrame(); },
                          [](std::string_view contents, std::string_view name) { return editor.open(contents, name); },
                          [](std::string message) { editor.workspace().showError(std::move(message)); },
                          [](std::string message) { editor.workspace().setStatus(std::move(message)); }});
}
