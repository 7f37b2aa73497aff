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

// Where the last frame's work went, in milliseconds: the app's UI (with what
// it did between frames' drawing, the learning among it) and the draw after
// it (ImGui's Render and the GL calls). Benchmarks read it to tell which part
// of a slow frame was slow.
struct FrameParts {
    double appMs = 0;
    double renderMs = 0;
};
const FrameParts& lastFrameParts();

}  // namespace spanmark::platform
