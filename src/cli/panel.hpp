#pragma once
// The files of a panel of annotators, for agree and merge: each file one
// annotator's documents (named after the file: anna.jsonl is anna),
// matched by document id into rows, one per document, with a null where an
// annotator left the document out.
#include <deque>
#include <functional>
#include <string>
#include <vector>

#include "core/document.hpp"

namespace spanmark::cli {

struct Panel {
    std::vector<std::string> annotators;
    std::vector<std::string> ids;                     // in the order first met
    std::vector<std::vector<const Document*>> rows;   // rows[d][a]
    std::deque<Document> documents;                   // what the rows point into
};

// Reports (FILE:LINE: error: …) and returns false for a refused file, a
// document id used twice in one file, or one id with two texts.
bool readPanel(const std::vector<std::string>& files, Panel& panel);
// The same from a team server's layers (every annotator's, not the gold), grouped by document.
bool readTeamPanel(const std::string& url, Panel& panel);

// Runs the tasks on the machine's cores, each once, and returns when all are done.
void runOnCores(const std::vector<std::function<void()>>& tasks);

}  // namespace spanmark::cli
