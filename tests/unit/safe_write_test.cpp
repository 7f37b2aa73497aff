// Writing a document back: through symlinks, keeping hard links and the
// file's mode, never leaving a temporary, and saying why when it cannot.
#include <catch_amalgamated.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "platform/files/safe_write.hpp"

namespace fs = std::filesystem;
using spanmark::platform::files::writeFileSafely;

namespace {

struct TempFolder {
    fs::path path;
    TempFolder() {
        std::string pattern = (fs::temp_directory_path() / "spanmark-write-XXXXXX").string();
        path = ::mkdtemp(pattern.data());
    }
    ~TempFolder() {
        std::error_code ec;
        fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(path, ec);
    }
};

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void write(const fs::path& p, const std::string& s) { std::ofstream(p, std::ios::binary) << s; }

std::size_t entries(const fs::path& folder) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("a save replaces the file and keeps its mode; nothing else is left in the folder", "[files]") {
    TempFolder t;
    const fs::path doc = t.path / "doc.json";
    write(doc, "old");
    ::chmod(doc.c_str(), 0600);
    REQUIRE_FALSE(writeFileSafely(doc.string(), "new contents"));
    CHECK(read(doc) == "new contents");
    struct stat st {};
    ::stat(doc.c_str(), &st);
    CHECK((st.st_mode & 07777) == 0600);
    CHECK(entries(t.path) == 1);
}

TEST_CASE("a symlinked document is written through the link, which stays a link", "[files]") {
    TempFolder t;
    fs::create_directory(t.path / "real");
    write(t.path / "real" / "doc.json", "old");
    fs::create_symlink("real/doc.json", t.path / "link.json");
    REQUIRE_FALSE(writeFileSafely((t.path / "link.json").string(), "through"));
    CHECK(fs::is_symlink(t.path / "link.json"));
    CHECK(read(t.path / "real" / "doc.json") == "through");
}

TEST_CASE("a document with another hard link: both names see the new contents", "[files]") {
    TempFolder t;
    write(t.path / "a.json", "old");
    fs::create_hard_link(t.path / "a.json", t.path / "b.json");
    REQUIRE_FALSE(writeFileSafely((t.path / "a.json").string(), "shared"));
    CHECK(read(t.path / "b.json") == "shared");
    CHECK(fs::hard_link_count(t.path / "a.json") == 2);
    CHECK(entries(t.path) == 2);
}

TEST_CASE("a folder that cannot be written: the reason, with the path, and the file as it was", "[files]") {
    TempFolder t;
    write(t.path / "doc.json", "old");
    // A directory where the file would go: rename cannot replace it, even as root.
    fs::create_directory(t.path / "taken.json");
    auto error = writeFileSafely((t.path / "taken.json").string(), "new");
    REQUIRE(error);
    CHECK(error->find((t.path / "taken.json").string()) == 0);
    CHECK(entries(t.path) == 2);  // no temporary left behind
    if (::geteuid() != 0) {
        ::chmod(t.path.c_str(), 0555);
        auto denied = writeFileSafely((t.path / "doc.json").string(), "new");
        REQUIRE(denied);
        CHECK(denied->find("a temporary file cannot be made in this folder") != std::string::npos);
        CHECK(read(t.path / "doc.json") == "old");
    }
}
