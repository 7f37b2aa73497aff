// The editor's frames with no window, as Dear ImGui's example_null runs:
// an ImGui context with no renderer, input fed as a platform would, and the
// workspace's drafts in memory. A drag and a label key make a span, autosave
// keeps it, and a new editor on the same drafts brings it back.
#include <catch_amalgamated.hpp>
#include <imgui.h>

#include "app/editor.hpp"
#include "formats/document_json.hpp"
#include "workspace/memory_draft_store.hpp"

using namespace spanmark;

namespace {

class NullHost final : public app::Host {
public:
    void offerFile(const std::string& name, const std::string& contents, workspace::FileKind) override {
        offered.emplace_back(name, contents);
    }
    void requestFrame() override {}
    void requestFrameAfter(int) override {}
    void pickFileToOpen() override { ++picks; }
    std::vector<std::pair<std::string, std::string>> offered;
    int picks = 0;
};

// One ImGui context for the test, with a font atlas built and no texture.
struct HeadlessImGui {
    HeadlessImGui() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1280, 800);
        io.DeltaTime = 1.0f / 60.0f;
    }
    ~HeadlessImGui() { ImGui::DestroyContext(); }

    void frame(app::Editor& editor, int count = 1) {
        for (int i = 0; i < count; ++i) {
            if (editor.prepareFonts(1.0f)) {
                unsigned char* pixels = nullptr;
                int w = 0, h = 0;
                ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // what a renderer would upload
            }
            ImGui::NewFrame();
            editor.drawFrame();
            ImGui::Render();
        }
    }
};

// Drags over [begin, end) as a hand does and presses a key, a few frames for each event.
void dragAndPress(HeadlessImGui& imgui, app::Editor& editor, std::size_t begin, std::size_t end, ImGuiKey key, char c) {
    for (int i = 0; i < 3 && editor.scrollIntoView(begin, end); ++i) imgui.frame(editor, 2);
    const auto rects = editor.textRects(begin, end);
    REQUIRE_FALSE(rects.empty());
    const app::Rect first = rects.front(), last = rects.back();
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(first.x + 2, first.y + first.height * 0.4f);
    imgui.frame(editor, 2);
    io.AddMouseButtonEvent(0, true);
    imgui.frame(editor, 2);
    for (int step = 1; step <= 5; ++step) {
        const float t = static_cast<float>(step) / 5;
        io.AddMousePosEvent(first.x + 2 + (last.x + last.width - 4 - first.x) * t, first.y + first.height * 0.4f + (last.y - first.y) * t);
        imgui.frame(editor);
    }
    io.AddMouseButtonEvent(0, false);
    imgui.frame(editor, 2);
    io.AddKeyEvent(key, true);
    io.AddInputCharacter(static_cast<unsigned>(c));
    imgui.frame(editor);
    io.AddKeyEvent(key, false);
    imgui.frame(editor, 2);
}

}  // namespace

TEST_CASE("headless frames: drag, label key, autosave, and a new editor restores the span", "[app]") {
    HeadlessImGui imgui;
    NullHost host;
    workspace::MemoryDraftStore store;
    std::string made;
    {
        app::Editor editor(host, store);
        imgui.frame(editor, 3);
        const std::string text(editor.workspace().document().text.bytes());
        const std::string phrase = "Vila Seca";
        const std::size_t byte = text.find(phrase);
        REQUIRE(byte != std::string::npos);
        const std::size_t begin = editor.workspace().document().text.codePointOfByte(byte);
        dragAndPress(imgui, editor, begin, begin + phrase.size(), ImGuiKey_2, '2');
        const Document& doc = editor.workspace().document();
        REQUIRE(doc.annotations.spanCount() == 1);
        const Span* s = doc.annotations.spans().front();
        CHECK(s->label == "PLACE");
        CHECK(doc.text.slice(s->start, s->end) == phrase);
        CHECK(editor.workspace().autosave().durable());
        made = formats::writeSpanmarkJson(doc);
        // Ctrl+O asks the host for a file chooser, through the keymap.
        ImGuiIO& io = ImGui::GetIO();
        io.AddKeyEvent(ImGuiMod_Ctrl, true);
        io.AddKeyEvent(ImGuiKey_O, true);
        imgui.frame(editor);
        io.AddKeyEvent(ImGuiKey_O, false);
        io.AddKeyEvent(ImGuiMod_Ctrl, false);
        imgui.frame(editor, 2);
        CHECK(host.picks == 1);
    }
    app::Editor reloaded(host, store);
    imgui.frame(reloaded, 2);
    CHECK(formats::writeSpanmarkJson(reloaded.workspace().document()) == made);
    CHECK(reloaded.workspace().draftNotice().rfind("Restored unsaved work", 0) == 0);
}
