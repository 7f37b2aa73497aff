#pragma once
// The commands of the spanmark CLI (docs/cli.md); each returns the exit status.
#include <string>
#include <vector>

namespace spanmark::cli {

int validate(const std::vector<std::string>& files);
int stats(const std::vector<std::string>& files);
int agree(const std::vector<std::string>& args);
// B against A as the reference: precision, recall and F1 per label (inspect.cpp).
int agreeReference(const std::vector<std::string>& files);
// Any number of annotators: pairwise F1, kappa, Fleiss' kappa, alpha (agree_command.cpp).
// `reportOnly`: the corpus and label rows alone, after agreeReference's table.
int agreePanel(const std::vector<std::string>& files, const std::string& format, bool reportOnly);
int convert(const std::vector<std::string>& args);
int merge(const std::vector<std::string>& args);
// http:// or https://: a team server's address rather than a file.
bool isServerAddress(const std::string& arg);
int suggest(const std::vector<std::string>& args);
// The learned tagger from a corpus's spans (train_command.cpp).
int train(const std::vector<std::string>& args);
int team(const std::vector<std::string>& args);

}  // namespace spanmark::cli
