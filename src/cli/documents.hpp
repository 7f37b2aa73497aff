#pragma once
// The documents of an input file, whatever its format: a spanmark corpus
// streams one line at a time, anything else is read whole. Refusals are
// reported (FILE:LINE: error: …) and end the walk.
#include <cstddef>
#include <functional>
#include <string>

#include "core/document.hpp"

namespace spanmark::cli {

// `from` is a format name, or empty to guess it from the file. `visit` gets
// each document and its line in the file (0 when the format has no lines).
bool forEachDocument(const std::string& path, const std::string& from,
                     const std::function<void(Document&&, std::size_t line)>& visit);

// The whole file into `out`; false when it cannot be read (a folder included).
bool readAll(const std::string& path, std::string& out);

// True for a name ending in .jsonl: one document a line.
bool isJsonl(const std::string& path);

// The format a file would be read as (from, or the guess); "" after reporting why none.
std::string formatOf(const std::string& path, const std::string& from);

// Refuses (and reports) an output that is one of the inputs: writing it would destroy what is being read.
bool distinctFromInputs(const std::string& output, const std::vector<std::string>& inputs);

}  // namespace spanmark::cli
