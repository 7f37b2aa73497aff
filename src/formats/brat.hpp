#pragma once
// brat standoff: the text in FILE.txt, annotations in FILE.ann. Offsets are
// code points (brat's server is Python). T lines are spans, R lines
// relations, A lines attributes, # lines notes. What spanmark has no place
// for (events, equivalences, normalisations, attributes on relations) is
// counted in the warnings; a discontinuous span is kept as the span that
// covers its fragments, and reported.
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "formats/import_builder.hpp"

namespace spanmark::formats {

Result<Imported> readBrat(std::string_view text, std::string_view ann, std::string_view name);

struct BratFiles {
    std::string txt, ann;
};
// The labels must pass checkLineLabels (formats/tokens.hpp) first; notes
// with line breaks and attributes with spaces are dropped and counted.
BratFiles writeBrat(const Document& doc, std::vector<std::string>& dropped);

}  // namespace spanmark::formats
