#pragma once
// What the workspace asks of the machine it runs on: handing files to the
// person, drawing again, and learning on another thread where it can. The platform layer implements it (with the app's
// own requests in app/host.hpp); the tests use a NullHost.
#include <cstdint>
#include <string>
#include <vector>

namespace spanmark::workspace {

enum class FileKind {
    Document,  // the open document saved: on the desktop, written back to its own file
    Export,    // another format, or another file: only ever where the person chose
};

class Host {
public:
    virtual ~Host() = default;
    // A download in the browser; on the desktop, the document's own file
    // (Document) or a path the person picks (Export).
    virtual void offerFile(const std::string& fileName, const std::string& contents, FileKind kind) = 0;
    // Something changed outside an input event (a load, a stored draft): draw again.
    virtual void requestFrame() = 0;
    // The same, later: for work that can wait until the person has seen the page.
    virtual void requestFrameAfter(int milliseconds) = 0;
    // The tagger's learning off the frames' thread (the page's worker): true when the host
    // took it; its answers come back through Workspace::learningAside*. The default, and a
    // host that cannot, leaves the learning to slices of the frames.
    virtual bool learnAside(std::uint64_t /*ticket*/, const std::vector<std::string>& /*lines*/,
                            const std::vector<std::string>& /*labels*/) {
        return false;
    }
};

}  // namespace spanmark::workspace
