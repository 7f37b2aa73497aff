// spanmark: validate, convert and compare annotation files (SPEC.md §2).
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "formats/document_json.hpp"

namespace {

const char* kUsage =
    "usage: spanmark validate FILE...\n"
    "\n"
    "  validate FILE...   exit 0 if every file is a valid spanmark document\n";

// FILE:LINE:COLUMN: error: what, as compilers write it, so editors can jump there.
void report(const std::string& path, const spanmark::Error& e) {
    if (e.line > 0)
        std::fprintf(stderr, "%s:%zu:%zu: error: %s\n", path.c_str(), e.line, e.column, e.message.c_str());
    else
        std::fprintf(stderr, "%s: error: %s\n", path.c_str(), e.describe().c_str());
}

bool readFile(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    out.assign(std::istreambuf_iterator<char>(in), {});
    return !in.bad();
}

int validate(const std::vector<std::string>& files) {
    if (files.empty()) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    int status = 0;
    for (const std::string& path : files) {
        std::string contents;
        if (!readFile(path, contents)) {
            std::fprintf(stderr, "%s: error: cannot read the file\n", path.c_str());
            status = 1;
            continue;
        }
        auto doc = spanmark::formats::readAny(contents, path);
        if (!doc) {
            report(path, doc.error());
            status = 1;
        }
    }
    return status;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h") {
        std::fputs(kUsage, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    const std::string command = argv[1];
    std::vector<std::string> args(argv + 2, argv + argc);
    if (command == "validate") return validate(args);
    std::fprintf(stderr, "spanmark: unknown command '%s'\n%s", command.c_str(), kUsage);
    return 2;
}
