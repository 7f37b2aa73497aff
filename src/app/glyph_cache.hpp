#pragma once
// The units the machine's fonts draw (system_fonts.hpp), each measured once
// and rasterised the first time it is in sight, packed in shelves into
// texture pages of their own beside ImGui's atlas. Emptied when the text's
// font size changes.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "app/system_fonts.hpp"

namespace spanmark::app {

class GlyphCache {
public:
    struct Placed {
        void* texture = nullptr;
        float u0 = 0, v0 = 0, u1 = 0, v1 = 0;
        int width = 0, height = 0, baseline = 0, left = 0;
        bool color = false;
    };

    // The machine's fonts (null where there are none) and the size the text is drawn at.
    void reset(SystemFonts* fonts, float pixels);
    bool available() const { return fonts_ != nullptr; }
    // The unit's advance, below 0 where the machine's fonts cannot draw it.
    float advance(std::string_view key);
    // The unit's image in a texture, rasterised now if it is new; null where it cannot be drawn.
    const Placed* image(std::string_view key);
    std::size_t imagesMade() const { return images_.size(); }

    static constexpr int kPageSize = 1024;

private:
    bool place(int width, int height, int& x, int& y);

    SystemFonts* fonts_ = nullptr;
    float pixels_ = 0;
    std::unordered_map<std::string, float> advances_;
    std::unordered_map<std::string, std::unique_ptr<Placed>> images_;  // null: tried, cannot be drawn
    std::vector<void*> pages_;  // kept across resets and filled again (their pixels are overwritten)
    std::size_t page_ = 0;
    int shelfX_ = 0, shelfY_ = 0, shelfHeight_ = 0;
};

}  // namespace spanmark::app
