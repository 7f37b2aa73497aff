// The desktop has no page around it, so nothing to connect.
#include "main/web_bridge.hpp"

namespace spanmark {

void connectBridge(app::Editor&, platform::Platform&) {}

}  // namespace spanmark
