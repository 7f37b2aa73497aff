#include "platform/render_frame.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <chrono>

#include "app/theme.hpp"
#include "backends/imgui_impl_opengl3.h"
#include "platform/gl.hpp"

namespace spanmark::platform {

namespace {
using Clock = std::chrono::steady_clock;
FrameParts g_parts;
}  // namespace

const FrameParts& lastFrameParts() { return g_parts; }

bool renderFrame(const AppCallbacks& app, float displayScale, int framebufferWidth, int framebufferHeight,
                 const std::function<void()>& platformUi) {
    if (app.prepareFonts(displayScale)) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    const auto start = Clock::now();
    app.drawFrame();
    if (platformUi) platformUi();
    const auto drawn = Clock::now();
    ImGui::Render();
    glViewport(0, 0, framebufferWidth, framebufferHeight);
    const ImVec4 clear = app::theme().chrome;
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    g_parts.appMs = std::chrono::duration<double, std::milli>(drawn - start).count();
    g_parts.renderMs = std::chrono::duration<double, std::milli>(Clock::now() - drawn).count();
    return !ImGui::GetCurrentContext()->InputEventsQueue.empty();
}

}  // namespace spanmark::platform
