// The page and the desktop app: one editor on whichever platform was built.
#include "app/editor.hpp"
#include "platform/platform.hpp"

int main(int argc, char** argv) {
    // Static: on the web, main returns while the browser keeps calling in.
    static auto platform = spanmark::platform::createPlatform(argc, argv);
    if (!platform) return 1;
    static spanmark::app::Editor editor(*platform);
    return platform->run(editor);
}
