#pragma once
// CoNLL IOB2 (IOBES read too): one token a line (the token first, the tag last, separated by
// tabs or spaces), a blank line between sentences, -DOCSTART- between
// documents. There is no running text: it is rebuilt with one space between
// tokens and a line break between sentences. IOB cannot hold overlapping or
// nested spans, relations, notes or attributes; writing counts what it drops.
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "formats/import_builder.hpp"

namespace spanmark::formats {

Result<Imported> readConll(std::string_view input, std::string_view name);
// The labels must pass checkLineLabels (formats/tokens.hpp) first.
std::string writeConll(const std::vector<const Document*>& docs, std::vector<std::string>& dropped);

}  // namespace spanmark::formats
