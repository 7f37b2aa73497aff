#pragma once
#include <functional>

#include "platform/platform.hpp"

namespace spanmark::platform {

// One frame after the backend's own NewFrame: fonts for the scale, the
// app's UI, and the GL draw. Shared by the web and desktop loops.
// Returns true while input events wait in ImGui's queue: ImGui takes fast
// input a step per frame, so the loop must keep drawing until it is empty.
// `platformUi` draws windows of the platform's own (the desktop file browser).
bool renderFrame(const AppCallbacks& app, float displayScale, int framebufferWidth, int framebufferHeight,
                 const std::function<void()>& platformUi = {});

}  // namespace spanmark::platform
