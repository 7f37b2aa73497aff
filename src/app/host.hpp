#pragma once
// What the editor asks of the machine it runs on. The platform layer
// implements it for the browser and for the desktop.
#include <string>

namespace spanmark::app {

class Host {
public:
    virtual ~Host() = default;
    // Hands a finished file to the person: a download in the browser, a
    // file written next to the document on the desktop.
    virtual void offerFile(const std::string& fileName, const std::string& contents) = 0;
    // Something changed outside an input event (a load, a timer): draw again.
    virtual void requestFrame() = 0;
    // The same, later: for work that can wait until the person has seen the page.
    virtual void requestFrameAfter(int milliseconds) = 0;
    // Asks the person for a file to open; its contents arrive through Editor::load.
    virtual void pickFileToOpen() = 0;

    // Drafts: the autosaved state of a document, kept by the machine (IndexedDB
    // in the browser, a file beside the document on the desktop) under a key
    // made of the document's id and text hash. Storing may fail later; the
    // platform then calls Editor::storageFailed.
    virtual void storeDraft(const std::string& key, const std::string& contents) = 0;
    virtual void dropDraft(const std::string& key) = 0;
    // Looks for a draft; when there is one the platform calls Editor::restoreDraft.
    virtual void findDraft(const std::string& key) = 0;
};

}  // namespace spanmark::app
