#pragma once
// Every format by name: guess which one a file is, read it, write documents
// in it. The CLI's convert and the page's Open and Export share this.
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "formats/import_builder.hpp"

namespace spanmark::formats {

// spanmark, text, doccano, labelstudio, spacy, brat, conll.
const std::vector<std::string>& formatNames();

// From the file name and the first few KB of its contents.
std::string guessFormat(std::string_view name, std::string_view contents);

// Reads one file of any format but brat (which comes as two files).
Result<Imported> readFormat(std::string_view contents, std::string_view name, const std::string& format);

struct ExportedFile {
    std::string suffix;  // appended to the base name: ".json", ".jsonl", ".ann", …
    std::string contents;
};

// The documents in a format; brat gives a .txt and an .ann per document.
// What the format cannot hold is described in `dropped`.
std::vector<ExportedFile> writeFormat(const std::vector<const Document*>& docs, const std::string& format,
                                      std::vector<std::string>& dropped);

}  // namespace spanmark::formats
