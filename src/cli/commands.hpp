#pragma once
// The commands of the spanmark CLI (docs/cli.md); each returns the exit status.
#include <string>
#include <vector>

namespace spanmark::cli {

int validate(const std::vector<std::string>& files);
int stats(const std::vector<std::string>& files);
int agree(const std::vector<std::string>& files);
int convert(const std::vector<std::string>& args);
int suggest(const std::vector<std::string>& args);
int team(const std::vector<std::string>& args);

}  // namespace spanmark::cli
