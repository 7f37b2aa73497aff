#pragma once
// Files compiled into the program (cmake/embed.cmake writes their bytes), so
// the page and the desktop app start with no extra download or install.
#include <span>
#include <string_view>

namespace spanmark::app::assets {

std::span<const unsigned char> uiFont();  // third_party/dejavu, subset
std::string_view sampleArticle();         // assets/sample-article.txt

}  // namespace spanmark::app::assets
