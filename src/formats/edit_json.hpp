#pragma once
// One edit as one line of JSON, and back: the journal that autosave keeps
// (workspace/drafts.hpp) is a file's snapshot followed by these lines.
// Every field of every operation is kept exactly, so replaying the lines on
// the snapshot gives the document byte for byte (docs/drafts.md).
#include <string>
#include <string_view>

#include "core/edit.hpp"
#include "core/result.hpp"

namespace spanmark::formats {

std::string writeEditJson(const Edit& edit);
// A located error ("/operations/2/span/start: …") when the line is not an edit.
Result<Edit> readEditJson(std::string_view line);

}  // namespace spanmark::formats
