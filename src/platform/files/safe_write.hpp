#pragma once
// Writing a file so that a crash, a full disk or an odd target never leaves
// a cut or lost file: a temporary made with mkstemp in the target's folder,
// the replaced file's mode kept, fsync of the file and of its folder, then
// rename. A symlink is written through to its target; a file with other hard
// links is rewritten in place once the temporary is durable (so every name
// sees the new contents); a target that is not a regular file (a FIFO, a
// device) is written in place, every write checked.
// Each returns the reason it failed, with the path; nullopt when it worked.
#include <optional>
#include <string>
#include <string_view>

namespace spanmark::platform::files {

std::optional<std::string> writeFileSafely(const std::string& path, std::string_view contents);
// Adds to the end of a file and fsyncs it (a journal).
std::optional<std::string> appendDurably(const std::string& path, std::string_view bytes);
// The same file: both exist and are one inode (hard links and symlinks included).
bool sameFile(const std::string& a, const std::string& b);

}  // namespace spanmark::platform::files
