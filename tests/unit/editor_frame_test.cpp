// The editor's frames with no window, as Dear ImGui's example_null runs:
// an ImGui context with no renderer, input fed as a platform would, and the
// workspace's drafts in memory. A drag and a label key make a span, autosave
// keeps it, and a new editor on the same drafts brings it back.
#include <catch_amalgamated.hpp>
#include <imgui.h>

#include "app/editor.hpp"
#include "core/merge.hpp"
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

TEST_CASE("headless frames: Ctrl+D sets two annotators' layers side by side, Esc goes back to curating", "[app][curation]") {
    const char* text = "Ana Lobo met Rui Sol in Faro.";
    auto layer = [&](const std::string& spans) {
        return std::string(R"({"format": "spanmark", "version": 1, "document": {"id": "n1", "text": ")") + text +
               R"("}, "spans": )" + spans + R"(, "relations": []})";
    };
    auto anna = formats::readSpanmarkJson(layer(R"([{"id": "s1", "start": 0, "end": 8, "label": "ACTOR"}, {"id": "s2", "start": 24, "end": 28, "label": "PLACE"}])"));
    auto ben = formats::readSpanmarkJson(layer(R"([{"id": "s1", "start": 0, "end": 8, "label": "ACTOR"}, {"id": "s2", "start": 13, "end": 20, "label": "ACTOR"}])"));
    REQUIRE(anna);
    REQUIRE(ben);
    MergeCounts counts;
    auto merged = mergeVersions({"anna", "ben"}, {&anna.value(), &ben.value()}, 0, counts);
    REQUIRE(merged);

    HeadlessImGui imgui;
    NullHost host;
    workspace::MemoryDraftStore drafts;
    app::Editor editor(host, drafts);
    imgui.frame(editor, 2);
    ImGuiIO& io = ImGui::GetIO();
    auto press = [&](ImGuiKey key, bool ctrl) {
        if (ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, true);
        io.AddKeyEvent(key, true);
        imgui.frame(editor);
        io.AddKeyEvent(key, false);
        if (ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, false);
        imgui.frame(editor, 2);
    };
    // The sample article is no merge: nothing to set side by side, and the status bar says why.
    press(ImGuiKey_D, true);
    CHECK_FALSE(editor.compare().isOpen());
    CHECK(editor.workspace().status().find("merge") != std::string::npos);

    REQUIRE(editor.open(formats::writeSpanmarkJson(*merged), "review.json").empty());
    imgui.frame(editor, 4);
    REQUIRE(editor.workspace().layers());
    press(ImGuiKey_D, true);
    REQUIRE(editor.compare().isOpen());
    CHECK(editor.compare().leftName() == "anna");
    CHECK(editor.compare().rightName() == "ben");
    CHECK(editor.compare().differences() == 2);  // anna's Faro, ben's Rui Sol
    REQUIRE(editor.compare().pickers(1).size() == 3);  // anna, ben, the gold
    CHECK(editor.compare().layerNames().back().rfind("gold", 0) == 0);
    // A click on the right column's gold: anna against the gold, which has only the agreed actor yet.
    const app::Point gold = editor.compare().pickers(1)[2];
    io.AddMousePosEvent(gold.x, gold.y);
    imgui.frame(editor);
    io.AddMouseButtonEvent(0, true);
    imgui.frame(editor);
    io.AddMouseButtonEvent(0, false);
    imgui.frame(editor, 2);
    CHECK(editor.compare().rightName().rfind("gold", 0) == 0);
    CHECK(editor.compare().differences() == 1);
    press(ImGuiKey_Escape, false);
    CHECK_FALSE(editor.compare().isOpen());
}
