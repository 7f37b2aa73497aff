// The browser: a WebGL2 canvas sized in device pixels, DOM events fed to
// ImGui, frames drawn on requestAnimationFrame only when something changed.
// Drafts go to IndexedDB (indexeddb_draft_store.cpp); the window.spanmark
// hook calls the app through main/web_bridge.cpp, not through here.
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "app/input_clock.hpp"
#include "app/keymap.hpp"
#include <imgui_internal.h>
#include "backends/imgui_impl_opengl3.h"
#include "core/utf8.hpp"
#include "platform/frame_pacer.hpp"
#include "platform/platform.hpp"
#include "platform/render_frame.hpp"
#include "platform/web/canvas_fonts.hpp"
#include "platform/web/indexeddb_draft_store.hpp"
#include "platform/web/key_codes.hpp"

namespace spanmark::platform {
namespace {

EM_JS(void, js_request_animation_frame, (), {
    if (Module.spanmarkFramePending) return;
    Module.spanmarkFramePending = true;
    requestAnimationFrame(function() {
        Module.spanmarkFramePending = false;
        Module._spanmark_frame();
    });
});

EM_JS(void, js_request_frame_after, (int milliseconds), {
    setTimeout(function() { Module._spanmark_wake(); }, milliseconds);
});

// The documents (one a line) and the labels (one a line) are copied out of the heap, and the
// copies are handed to the worker (web/learner.js); false when there is none to hand them to.
EM_JS(int, js_learn_aside, (double ticket, const char* lines, int linesLength, const char* labels, int labelsLength), {
    return spanmarkLearnAside(ticket, HEAPU8.slice(lines, lines + linesLength), HEAPU8.slice(labels, labels + labelsLength)) ? 1 : 0;
});

EM_JS(void, js_show_fatal, (const char* message), { spanmarkShowFatal(UTF8ToString(message)); });
EM_JS(void, js_started, (), { spanmarkStarted(); });
EM_JS(void, js_first_frame, (), { spanmarkFirstFrame(); });
EM_JS(void, js_set_cursor, (const char* name), { Module.canvas.style.cursor = UTF8ToString(name); });
EM_JS(void, js_pick_file, (), { spanmarkPickFile(); });
EM_JS(void, js_offer_file, (const char* name, int nameLength, const char* data, int length), {
    // Bytes, decoded here: a NUL inside the name or the contents stays in them.
    const decoder = new TextDecoder();
    spanmarkOfferFile(decoder.decode(HEAPU8.subarray(name, name + nameLength)),
                      decoder.decode(HEAPU8.subarray(data, data + length)));
});

class WebPlatform final : public Platform {
public:
    bool init();
    int run(AppCallbacks app) override;
    workspace::DraftStore& drafts() override { return drafts_; }
    void offerFile(const std::string& name, const std::string& contents, workspace::FileKind) override {
        js_offer_file(name.data(), static_cast<int>(name.size()), contents.data(), static_cast<int>(contents.size()));
    }
    bool learnAside(std::uint64_t ticket, const std::vector<std::string>& lines,
                    const std::vector<std::string>& labels) override {
        std::string documents, names;
        for (const std::string& line : lines) documents.append(line).push_back('\n');
        for (const std::string& label : labels) names.append(label).push_back('\n');
        return js_learn_aside(static_cast<double>(ticket), documents.data(), static_cast<int>(documents.size()), names.data(),
                              static_cast<int>(names.size())) != 0;
    }
    void requestFrame() override {
        pacer_.wake();
        js_request_animation_frame();
    }
    void requestFrameAfter(int milliseconds) override { js_request_frame_after(milliseconds); }
    void pickFileToOpen() override { js_pick_file(); }
    app::SystemFonts* systemFonts() override { return &canvasFonts_; }

    void frame();
    void drawNow() override;
    // Stamps the events the handlers just queued with the time they arrived.
    void stampInput();
    float displayScale() const override { return scale_; }

private:
    void installInput();
    void updateCanvasSize();
    void updateCursor();

    AppCallbacks app_;
    app::InputClock inputClock_;
    web::IndexedDbDraftStore drafts_;
    CanvasFonts canvasFonts_;
    FramePacer pacer_;
    float scale_ = 1;
    int width_ = 0, height_ = 0;  // device pixels
    bool firstFrameDone_ = false;
    ImGuiMouseCursor cursor_ = ImGuiMouseCursor_COUNT;
};

WebPlatform* g_platform = nullptr;

void wake() {
    g_platform->stampInput();
    g_platform->requestFrame();
}

void setModifiers(ImGuiIO& io, bool ctrl, bool shift, bool alt, bool meta) {
    io.AddKeyEvent(ImGuiMod_Ctrl, ctrl);
    io.AddKeyEvent(ImGuiMod_Shift, shift);
    io.AddKeyEvent(ImGuiMod_Alt, alt);
    io.AddKeyEvent(ImGuiMod_Super, meta);
}

int imguiButton(unsigned short domButton) {
    // DOM: 0 left, 1 middle, 2 right. ImGui: 0 left, 1 right, 2 middle.
    return domButton == 0 ? 0 : domButton == 1 ? 2 : domButton == 2 ? 1 : domButton;
}

EM_BOOL onMouseMove(int, const EmscriptenMouseEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    setModifiers(io, e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
    io.AddMousePosEvent(static_cast<float>(e->clientX) * g_platform->displayScale(),
                        static_cast<float>(e->clientY) * g_platform->displayScale());
    wake();
    return EM_FALSE;
}

EM_BOOL onMouseButton(int type, const EmscriptenMouseEvent* e, void* data) {
    onMouseMove(type, e, data);
    ImGui::GetIO().AddMouseButtonEvent(imguiButton(e->button), type == EMSCRIPTEN_EVENT_MOUSEDOWN);
    wake();
    return type == EMSCRIPTEN_EVENT_MOUSEDOWN;  // keeps the browser from starting a text selection
}

EM_BOOL onWheel(int, const EmscriptenWheelEvent* e, void*) {
    // Pixel deltas of about 100 make one notch; ImGui counts notches, up positive.
    const double unit = e->deltaMode == DOM_DELTA_LINE ? 3.0 : e->deltaMode == DOM_DELTA_PAGE ? 0.1 : 100.0;
    ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(-e->deltaX / unit), static_cast<float>(-e->deltaY / unit));
    wake();
    return EM_TRUE;
}

EM_BOOL onKey(int type, const EmscriptenKeyboardEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    setModifiers(io, e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
    const ImGuiKey key = web::keyFromDomCode(e->code);
    const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    if (key != ImGuiKey_None) io.AddKeyEvent(key, down);
    if (down && !e->ctrlKey && !e->metaKey && !e->altKey) {
        // A printable key names itself in `key` as exactly one character.
        const std::size_t length = std::strlen(e->key);
        const utf8::Decoded d = utf8::decode(e->key, 0);
        if (d.length > 0 && static_cast<std::size_t>(d.length) == length && d.codePoint >= 0x20)
            io.AddInputCharacter(d.codePoint);
    }
    wake();
    if (key == ImGuiKey_None) return EM_FALSE;
    if (e->ctrlKey || e->metaKey) return app::ownsControlShortcut(key);  // the rest stay the browser's
    return EM_TRUE;
}

EM_BOOL onFocus(int type, const EmscriptenFocusEvent*, void*) {
    ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
    wake();
    return EM_FALSE;
}

EM_BOOL onResize(int, const EmscriptenUiEvent*, void*) {
    wake();
    return EM_FALSE;
}

bool WebPlatform::init() {
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = EM_FALSE;
    attrs.antialias = EM_FALSE;
    attrs.depth = EM_FALSE;
    attrs.stencil = EM_FALSE;
    const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context("#canvas", &attrs);
    if (context <= 0) {
        js_show_fatal("This browser could not create a WebGL 2 context, which spanmark needs to draw.");
        return false;
    }
    emscripten_webgl_make_context_current(context);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.BackendPlatformName = "spanmark-web";
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would need frames at rest
    ImGui_ImplOpenGL3_Init("#version 300 es");
    installInput();
    return true;
}

void WebPlatform::installInput() {
    const char* canvas = "#canvas";
    emscripten_set_mousedown_callback(canvas, nullptr, EM_TRUE, onMouseButton);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, onMouseButton);
    emscripten_set_mousemove_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, onMouseMove);
    emscripten_set_wheel_callback(canvas, nullptr, EM_TRUE, onWheel);
    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, onKey);
    emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, onKey);
    emscripten_set_focus_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, onFocus);
    emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, onFocus);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, onResize);
}

void WebPlatform::updateCanvasSize() {
    double cssWidth = 0, cssHeight = 0;
    emscripten_get_element_css_size("#canvas", &cssWidth, &cssHeight);
    scale_ = static_cast<float>(emscripten_get_device_pixel_ratio());
    const int w = static_cast<int>(std::lround(cssWidth * scale_));
    const int h = static_cast<int>(std::lround(cssHeight * scale_));
    if (w != width_ || h != height_) {
        width_ = w;
        height_ = h;
        emscripten_set_canvas_element_size("#canvas", w, h);
    }
    ImGuiIO& io = ImGui::GetIO();
    // ImGui works in device pixels: fonts are rasterised for them, not scaled.
    io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
    io.DisplayFramebufferScale = ImVec2(1, 1);
}

void WebPlatform::updateCursor() {
    const ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
    if (cursor == cursor_) return;
    cursor_ = cursor;
    const char* name = "default";
    switch (cursor) {
    case ImGuiMouseCursor_None: name = "none"; break;
    case ImGuiMouseCursor_TextInput: name = "text"; break;
    case ImGuiMouseCursor_Hand: name = "pointer"; break;
    case ImGuiMouseCursor_ResizeEW: name = "ew-resize"; break;
    case ImGuiMouseCursor_ResizeNS: name = "ns-resize"; break;
    case ImGuiMouseCursor_NotAllowed: name = "not-allowed"; break;
    default: break;
    }
    js_set_cursor(name);
}

void WebPlatform::drawNow() {
    updateCanvasSize();
    ImGuiIO& io = ImGui::GetIO();
    const ImVector<ImGuiInputEvent>& queue = ImGui::GetCurrentContext()->InputEventsQueue;
    io.DeltaTime = inputClock_.step(queue.empty() ? 0 : queue.front().EventId, emscripten_get_now() / 1000.0);
    const bool inputWaiting = renderFrame(app_, scale_, width_, height_);
    updateCursor();
    pacer_.drawn();
    if (inputWaiting) pacer_.wake();
    if (!firstFrameDone_) {
        firstFrameDone_ = true;
        js_first_frame();
    }
}

void WebPlatform::stampInput() {
    const ImVector<ImGuiInputEvent>& queue = ImGui::GetCurrentContext()->InputEventsQueue;
    const double now = emscripten_get_now() / 1000.0;
    // Only the events queued since the last stamp: a burst of mouse moves is not walked again and again.
    int first = queue.Size;
    while (first > 0 && queue[first - 1].EventId > inputClock_.lastStamped()) --first;
    for (int i = first; i < queue.Size; ++i) inputClock_.stamp(queue[i].EventId, now);
}

void WebPlatform::frame() {
    if (!pacer_.pending()) return;
    drawNow();
    if (pacer_.pending()) js_request_animation_frame();
}

int WebPlatform::run(AppCallbacks app) {
    app_ = std::move(app);
    js_started();
    requestFrame();
    return 0;  // the browser owns the loop from here; the runtime stays alive
}

}  // namespace

std::unique_ptr<Platform> createPlatform(int, char**) {
    auto platform = std::make_unique<WebPlatform>();
    if (!platform->init()) return nullptr;
    g_platform = platform.get();
    return platform;
}

}  // namespace spanmark::platform

extern "C" {

EMSCRIPTEN_KEEPALIVE void spanmark_frame() { spanmark::platform::g_platform->frame(); }
EMSCRIPTEN_KEEPALIVE void spanmark_wake() { spanmark::platform::g_platform->requestFrame(); }

}  // extern "C"
