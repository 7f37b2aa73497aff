#include "platform/render_frame.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include "app/theme.hpp"
#include "backends/imgui_impl_opengl3.h"
#include "platform/gl.hpp"

namespace spanmark::platform {

bool renderFrame(const AppCallbacks& app, float displayScale, int framebufferWidth, int framebufferHeight,
                 const std::function<void()>& platformUi) {
    if (app.prepareFonts(displayScale)) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    app.drawFrame();
    if (platformUi) platformUi();
    ImGui::Render();
    glViewport(0, 0, framebufferWidth, framebufferHeight);
    const ImVec4 clear = app::theme().chrome;
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    return !ImGui::GetCurrentContext()->InputEventsQueue.empty();
}

}  // namespace spanmark::platform
