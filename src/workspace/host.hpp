#pragma once
// What the workspace asks of the machine it runs on: handing files to the
// person and drawing again. The platform layer implements it (with the app's
// own requests in app/host.hpp); the tests use a NullHost.
#include <string>

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
};

}  // namespace spanmark::workspace
