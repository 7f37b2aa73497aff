#pragma once
// The page's window.spanmark hook (web/hook.js) reaches the editor through
// the exports in web_bridge.cpp; on the desktop there is no hook.
namespace spanmark::app {
class Editor;
}
namespace spanmark::platform {
class Platform;
}

namespace spanmark {

void connectBridge(app::Editor& editor, platform::Platform& platform);

}  // namespace spanmark
