#include "platform/files/safe_write.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

namespace spanmark::platform::files {
namespace {

std::string described(const std::string& path, const char* what, int error) {
    return path + ": " + what + " (" + std::strerror(error) + ")";
}

int writeAll(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return errno;
        if (n == 0) return EIO;
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return 0;
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

// Copies a finished temporary into a file that other names share, then makes it durable.
int copyInto(const std::string& from, const std::string& to) {
    const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    const int out = ::open(to.c_str(), O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC);
    int error = in < 0 || out < 0 ? errno : 0;
    std::vector<char> buffer(1 << 16);
    while (!error) {
        const ssize_t n = ::read(in, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) error = errno;
        if (n <= 0) break;
        error = writeAll(out, std::string_view(buffer.data(), static_cast<std::size_t>(n)));
    }
    if (!error && ::fsync(out) != 0) error = errno;
    if (in >= 0) ::close(in);
    if (out >= 0 && ::close(out) != 0 && !error) error = errno;
    return error;
}

}  // namespace

OutputFile::OutputFile(std::string path) : requested_(std::move(path)) {}

OutputFile::~OutputFile() {
    if (fd_ >= 0 && fd_ != STDOUT_FILENO) ::close(fd_);
    if (!temporary_.empty() && !published_) ::unlink(temporary_.c_str());
}

std::optional<std::string> OutputFile::failure(const char* what, int error) {
    return described(requested_.empty() ? "standard output" : requested_, what, error);
}

std::optional<std::string> OutputFile::open() {
    if (requested_.empty()) {
        fd_ = STDOUT_FILENO;
        inPlace_ = true;
        return std::nullopt;
    }
    target_ = resolveLinks(requested_);
    exists_ = ::stat(target_.c_str(), &existing_) == 0;
    if (exists_ && S_ISDIR(existing_.st_mode)) return failure("is a folder, not a file", EISDIR);
    if (exists_ && !S_ISREG(existing_.st_mode)) {
        // A FIFO, a device: there is nothing to rename over, so write in place.
        fd_ = ::open(target_.c_str(), O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC);
        if (fd_ < 0) return failure("cannot be opened for writing", errno);
        inPlace_ = true;
        return std::nullopt;
    }
    const std::filesystem::path target(target_);
    folder_ = target.has_parent_path() ? target.parent_path().string() : ".";
    std::string pattern = (std::filesystem::path(folder_) / ("." + target.filename().string() + ".XXXXXX")).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    fd_ = ::mkstemp(name.data());  // O_EXCL: a planted link at this name is never followed
    if (fd_ < 0) return described(folder_, "a temporary file cannot be made in this folder", errno);
    temporary_ = name.data();
    // The replaced file's mode stays; a new file gets the usual 0666 less the umask.
    mode_t mode = 0;
    if (exists_) mode = existing_.st_mode & 07777;
    else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    if (::fchmod(fd_, mode) != 0) return failure("cannot set the file's mode", errno);
    replacesLinked_ = exists_ && existing_.st_nlink > 1;
    return std::nullopt;
}

bool OutputFile::write(std::string_view bytes) {
    if (writeError_ || fd_ < 0) return false;
    writeError_ = writeAll(fd_, bytes);
    return writeError_ == 0;
}

std::optional<std::string> OutputFile::finish() {
    if (fd_ < 0) return failure("was not opened", EBADF);
    if (writeError_) return failure("could not be written", writeError_);
    struct stat written {};
    // Pipes and terminals cannot be synced; files and devices that can are.
    const bool syncable = ::fstat(fd_, &written) == 0 && (S_ISREG(written.st_mode) || S_ISBLK(written.st_mode));
    if (syncable && ::fsync(fd_) != 0) return failure("could not be flushed to disk", errno);
    if (fd_ != STDOUT_FILENO && ::close(fd_) != 0) {
        fd_ = -1;
        return failure("could not be written", errno);
    }
    fd_ = -1;
    return std::nullopt;
}

std::optional<std::string> OutputFile::publish() {
    if (inPlace_ || published_) return std::nullopt;
    if (replacesLinked_) {
        // Other names share this file: a rename would leave them on the old inode. The new
        // contents are durable in the temporary; now the file itself is rewritten in place.
        if (const int error = copyInto(temporary_, target_)) {
            published_ = true;  // the temporary is kept: it holds the only whole copy
            return failure(("could not be rewritten in place; the new contents are in " + temporary_).c_str(), error);
        }
        ::unlink(temporary_.c_str());
        published_ = true;
        return std::nullopt;
    }
    if (::rename(temporary_.c_str(), target_.c_str()) != 0) return failure("could not be replaced", errno);
    published_ = true;
    const int dir = ::open(folder_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        const bool synced = ::fsync(dir) == 0;
        const int error = errno;
        ::close(dir);
        if (!synced && error != EINVAL) return described(folder_, "the folder could not be flushed to disk", error);
    }
    return std::nullopt;
}

std::optional<std::string> OutputFile::commit() {
    if (auto error = finish()) return error;
    return publish();
}

std::optional<std::string> writeFileSafely(const std::string& path, std::string_view contents) {
    OutputFile file(path);
    if (auto error = file.open()) return error;
    file.write(contents);
    return file.commit();
}

std::optional<std::string> appendDurably(const std::string& path, std::string_view bytes) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return described(path, "cannot be opened to add to it", errno);
    int error = writeAll(fd, bytes);
    if (!error && ::fsync(fd) != 0) error = errno;
    ::close(fd);
    return error ? std::optional<std::string>(described(path, "could not be written", error)) : std::nullopt;
}

bool sameFile(const std::string& a, const std::string& b) {
    struct stat sa {}, sb {};
    return ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

}  // namespace spanmark::platform::files
