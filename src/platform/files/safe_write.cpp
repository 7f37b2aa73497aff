#include "platform/files/safe_write.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

namespace spanmark::platform::files {
namespace {

std::string failure(const std::string& path, const char* what) {
    return path + ": " + what + " (" + std::strerror(errno) + ")";
}

bool writeAll(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

// A symlink names where the bytes go: follow it (and its chain) to the file it points at.
std::string resolveLinks(const std::string& path) {
    std::error_code ec;
    std::filesystem::path p(path);
    for (int hops = 0; hops < 40 && std::filesystem::is_symlink(p, ec); ++hops) {
        const std::filesystem::path target = std::filesystem::read_symlink(p, ec);
        if (ec) break;
        p = target.is_absolute() ? target : p.parent_path() / target;
    }
    return p.string();
}

}  // namespace

std::optional<std::string> writeFileSafely(const std::string& requested, std::string_view contents) {
    const std::string path = resolveLinks(requested);
    struct stat existing {};
    const bool exists = ::stat(path.c_str(), &existing) == 0;
    if (exists && !S_ISREG(existing.st_mode)) {
        // A FIFO, a device: there is nothing to rename over, so write in place.
        const int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
        if (fd < 0) return failure(requested, "cannot be opened for writing");
        const bool ok = writeAll(fd, contents);
        const int savedErrno = errno;
        if (::close(fd) != 0 || !ok) {
            if (!ok) errno = savedErrno;
            return failure(requested, "could not be written");
        }
        return std::nullopt;
    }
    std::filesystem::path target(path);
    const std::string folder = target.has_parent_path() ? target.parent_path().string() : ".";
    std::string temporary = (std::filesystem::path(folder) / ("." + target.filename().string() + ".XXXXXX")).string();
    std::vector<char> name(temporary.begin(), temporary.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0) return failure(folder, "a temporary file cannot be made in this folder");
    temporary = name.data();
    auto abandon = [&](const char* what) {
        const int savedErrno = errno;
        ::close(fd);
        ::unlink(temporary.c_str());
        errno = savedErrno;
        return failure(requested, what);
    };
    // The replaced file's mode stays; a new file gets the usual 0666 less the umask.
    mode_t mode = 0;
    if (exists) mode = existing.st_mode & 07777;
    else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    if (::fchmod(fd, mode) != 0) return abandon("cannot set the file's mode");
    if (!writeAll(fd, contents)) return abandon("could not be written");
    if (::fsync(fd) != 0) return abandon("could not be flushed to disk");
    if (::close(fd) != 0) {
        ::unlink(temporary.c_str());
        return failure(requested, "could not be written");
    }
    if (exists && existing.st_nlink > 1) {
        // Other names share this file: a rename would leave them on the old inode. The new
        // contents are durable in the temporary; now the file itself is rewritten in place.
        const int out = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
        const bool ok = out >= 0 && writeAll(out, contents) && ::fsync(out) == 0;
        const int savedErrno = errno;
        if (out >= 0) ::close(out);
        if (!ok) {
            errno = savedErrno;
            return failure(requested, ("could not be rewritten in place; the new contents are in " + temporary).c_str());
        }
        ::unlink(temporary.c_str());
        return std::nullopt;
    }
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        const int savedErrno = errno;
        ::unlink(temporary.c_str());
        errno = savedErrno;
        return failure(requested, "could not be replaced");
    }
    const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return std::nullopt;
}

std::optional<std::string> appendDurably(const std::string& path, std::string_view bytes) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return failure(path, "cannot be opened to add to it");
    const bool ok = writeAll(fd, bytes) && ::fsync(fd) == 0;
    const int savedErrno = errno;
    ::close(fd);
    errno = savedErrno;
    return ok ? std::nullopt : std::optional<std::string>(failure(path, "could not be written"));
}

bool sameFile(const std::string& a, const std::string& b) {
    struct stat sa {}, sb {};
    return ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

}  // namespace spanmark::platform::files
