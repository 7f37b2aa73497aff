#pragma once
// Every format by name: guess which one a file is, read it, write documents
// in it. The CLI's convert and the page's Open and Export share this.
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "formats/import_builder.hpp"
#include "formats/json_text.hpp"

namespace spanmark::formats {

// spanmark, text, doccano, labelstudio, spacy, brat, conll.
const std::vector<std::string>& formatNames();

// From the file name and the start of its contents (the keys of the first
// JSON record tell doccano from Prodigy/spaCy and Label Studio). An error
// when the keys point two ways: it says so and names --from.
Result<std::string> guessFormat(std::string_view name, std::string_view contents);

// Reads one file of any format but brat (which comes as two files).
Result<Imported> readFormat(std::string_view contents, std::string_view name, const std::string& format);

struct ExportedFile {
    std::string suffix;  // appended to the base name: ".json", ".jsonl", ".ann", …
    std::string contents;
    std::string documentId;  // brat's pair per document: whose it is (its id made safe is in the suffix)
};

// The documents in a format; brat gives a .txt and an .ann per document.
// What the format cannot hold is described in `dropped`; what it cannot hold
// safely (a label with a space in brat or CoNLL) is refused with the reason.
// The documents in a format that is one file (all but brat), a piece at a
// time: spanmark and Label Studio stream, so a million spans are never one string.
std::optional<Error> writeFormatTo(const std::vector<const Document*>& docs, const std::string& format,
                                   std::vector<std::string>& dropped, const TextSink& sink);

Result<std::vector<ExportedFile>> writeFormat(const std::vector<const Document*>& docs, const std::string& format,
                                      std::vector<std::string>& dropped);

}  // namespace spanmark::formats
