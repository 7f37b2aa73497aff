#pragma once
#include <string>
#include <string_view>

namespace spanmark {

// Lower-case hex SHA-256 of the bytes, as stored in `document.sha256`.
std::string sha256Hex(std::string_view bytes);

}  // namespace spanmark
