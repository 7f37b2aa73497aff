// spanmark: validate, summarise, compare, suggest, train and convert annotation
// files (docs/cli.md). Each command lives in cli/; this is the dispatch.
#include <cstdio>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/say.hpp"

int main(int argc, char** argv) {
    using namespace spanmark::cli;
    if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h") {
        std::fputs(kUsage, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : (standardOutputWritten() ? 0 : 1);
    }
    const std::string command = argv[1];
    const std::vector<std::string> args(argv + 2, argv + argc);
    if ((command == "validate" || command == "stats") && args.empty()) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    if (command == "validate") return validate(args);
    if (command == "stats") return stats(args);
    if (command == "agree") return agree(args);
    if (command == "convert") return convert(args);
    if (command == "merge") return merge(args);
    if (command == "suggest") return suggest(args);
    if (command == "train") return train(args);
    if (command == "team") return team(args);
    say(stderr, "spanmark: unknown command '%s'\n", command.c_str());
    std::fputs(kUsage, stderr);
    return 2;
}
