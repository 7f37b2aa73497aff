#pragma once
// Label colours as ImGui draws them.
#include <imgui.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "core/labels.hpp"

namespace spanmark::app {

class Palette {
public:
    void build(const std::vector<Label>& labels, bool dark);
    ImU32 solid(const std::string& label) const;
    ImU32 tint(const std::string& label) const;   // translucent, behind text
    int styleOf(const std::string& label) const;  // underline pattern, so colour is never the only cue

private:
    struct Entry {
        ImU32 solid, tint;
        int style;
    };
    std::unordered_map<std::string, Entry> entries_;
};

// Parses "#rrggbb"; grey for anything else.
ImVec4 colorFromHex(const std::string& hex);

}  // namespace spanmark::app
