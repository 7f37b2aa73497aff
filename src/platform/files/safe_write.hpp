#pragma once
// Writing a file so that a crash, a full disk or an odd target never leaves
// a cut or lost file, for the desktop app and the command line alike.
// OutputFile writes a temporary made with mkstemp (O_EXCL, so it follows no
// link) in the target's folder, keeps the replaced file's mode, fsyncs the
// file, renames it over the target and fsyncs the folder. A symlink is
// written through to its target; a file with other hard links is rewritten
// in place once the temporary is durable (so every name sees the new
// contents); a target that is not a regular file (a FIFO, a device,
// standard output) is written in place, every write checked.
// Errors are text with the path and the reason; nullopt when it worked.
#include <optional>
#include <string>
#include <string_view>
#include <sys/stat.h>

namespace spanmark::platform::files {

class OutputFile {
public:
    // An empty path is standard output.
    explicit OutputFile(std::string path);
    ~OutputFile();  // an unpublished temporary is removed: the target is untouched
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    std::optional<std::string> open();
    // False from the first failure on; finish() then says why.
    bool write(std::string_view bytes);
    // Everything written and on disk; the target is not yet replaced.
    std::optional<std::string> finish();
    // The target replaced by the finished file (for a pair: finish both, then publish both).
    std::optional<std::string> publish();
    std::optional<std::string> commit();  // finish, then publish

    const std::string& path() const { return requested_; }

private:
    std::optional<std::string> failure(const char* what, int error);

    std::string requested_, target_, folder_, temporary_;
    int fd_ = -1;
    bool inPlace_ = false, replacesLinked_ = false, published_ = false;
    int writeError_ = 0;
    struct stat existing_ {};
    bool exists_ = false;
};

std::optional<std::string> writeFileSafely(const std::string& path, std::string_view contents);
// Adds to the end of a file and fsyncs it (a journal).
std::optional<std::string> appendDurably(const std::string& path, std::string_view bytes);
// The same file: both exist and are one inode (hard links and symlinks included).
bool sameFile(const std::string& a, const std::string& b);

}  // namespace spanmark::platform::files
