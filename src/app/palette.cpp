#include "app/palette.hpp"

#include <cstdlib>

namespace spanmark::app {

ImVec4 colorFromHex(const std::string& hex) {
    if (hex.size() != 7 || hex[0] != '#') return ImVec4(0.45f, 0.45f, 0.45f, 1.0f);
    const long v = std::strtol(hex.c_str() + 1, nullptr, 16);
    return ImVec4(((v >> 16) & 0xFF) / 255.0f, ((v >> 8) & 0xFF) / 255.0f, (v & 0xFF) / 255.0f, 1.0f);
}

void Palette::build(const std::vector<Label>& labels, bool dark) {
    entries_.clear();
    int index = 0;
    for (const Label& l : labels) {
        ImVec4 c = colorFromHex(l.color);
        ImVec4 t = c;
        t.w = dark ? 0.32f : 0.22f;
        entries_[l.name] = {ImGui::GetColorU32(c), ImGui::GetColorU32(t), l.kind == LabelKind::Span ? index++ % 4 : 0};
    }
}

ImU32 Palette::solid(const std::string& label) const {
    auto it = entries_.find(label);
    return it == entries_.end() ? IM_COL32(120, 120, 120, 255) : it->second.solid;
}

ImU32 Palette::tint(const std::string& label) const {
    auto it = entries_.find(label);
    return it == entries_.end() ? IM_COL32(120, 120, 120, 60) : it->second.tint;
}

int Palette::styleOf(const std::string& label) const {
    auto it = entries_.find(label);
    return it == entries_.end() ? 0 : it->second.style;
}

}  // namespace spanmark::app
