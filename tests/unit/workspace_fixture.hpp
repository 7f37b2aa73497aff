#pragma once
// A workspace with no window: a NullHost that keeps the files it is handed,
// and drafts in memory. The workspace tests drive it as the keys would.
#include <string>
#include <vector>

#include "workspace/memory_draft_store.hpp"
#include "workspace/workspace.hpp"

namespace spanmark::test {

class NullHost final : public workspace::Host {
public:
    struct File {
        std::string name, contents;
        workspace::FileKind kind;
    };
    void offerFile(const std::string& name, const std::string& contents, workspace::FileKind kind) override {
        files.push_back({name, contents, kind});
    }
    void requestFrame() override { ++frames; }
    void requestFrameAfter(int) override { ++frames; }
    // A host with a worker (set takesLearning): the learnings handed to it, as the page's worker gets them.
    struct Handed {
        std::uint64_t ticket;
        std::vector<std::string> lines, labels;
    };
    bool learnAside(std::uint64_t ticket, const std::vector<std::string>& lines, const std::vector<std::string>& labels) override {
        if (!takesLearning) return false;
        handed.push_back({ticket, lines, labels});
        return true;
    }
    bool takesLearning = false;
    std::vector<Handed> handed;

    std::vector<File> files;
    int frames = 0;
};

// Selects [begin, end) and presses a label's key.
inline workspace::Outcome label(workspace::Workspace& ws, std::size_t begin, std::size_t end, const std::string& name) {
    ws.selection().select({begin, end});
    return ws.applyLabel(name);
}

// Runs the opened document's suggestion steps, a frame's each, until they are all found.
inline void findSuggestions(workspace::Workspace& ws) {
    for (int i = 0; i < 1000 && (i == 0 || ws.suggestionsPending()); ++i) ws.stepSuggestions();
}

}  // namespace spanmark::test
