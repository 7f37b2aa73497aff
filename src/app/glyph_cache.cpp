#include "app/glyph_cache.hpp"

#include <algorithm>

namespace spanmark::app {
namespace {

constexpr int kGap = 1;  // between images, so linear filtering never reads a neighbour

}  // namespace

void GlyphCache::reset(SystemFonts* fonts, float pixels) {
    if (fonts == fonts_ && pixels == pixels_) return;
    fonts_ = fonts;
    pixels_ = pixels;
    advances_.clear();
    images_.clear();
    // The pages are kept and filled again from the top: a texture's size never changes.
    shelfX_ = shelfY_ = shelfHeight_ = 0;
    page_ = 0;
}

float GlyphCache::advance(std::string_view key) {
    if (!fonts_) return -1;
    auto it = advances_.find(std::string(key));
    if (it != advances_.end()) return it->second;
    const float a = fonts_->measure(key, pixels_);
    advances_.emplace(std::string(key), a);
    return a;
}

bool GlyphCache::place(int width, int height, int& x, int& y) {
    if (width + kGap > kPageSize || height + kGap > kPageSize) return false;
    if (pages_.empty()) pages_.push_back(fonts_->createTexture(kPageSize, kPageSize));
    if (shelfX_ + width + kGap > kPageSize) {  // the shelf is full: a new one below
        shelfY_ += shelfHeight_;
        shelfX_ = 0;
        shelfHeight_ = 0;
    }
    if (shelfY_ + height + kGap > kPageSize) {  // the page is full: the next one
        if (++page_ == pages_.size()) pages_.push_back(fonts_->createTexture(kPageSize, kPageSize));
        shelfX_ = shelfY_ = shelfHeight_ = 0;
    }
    x = shelfX_;
    y = shelfY_;
    shelfX_ += width + kGap;
    shelfHeight_ = std::max(shelfHeight_, height + kGap);
    return true;
}

const GlyphCache::Placed* GlyphCache::image(std::string_view key) {
    if (!fonts_) return nullptr;
    auto found = images_.find(std::string(key));
    if (found != images_.end()) return found->second.get();
    std::unique_ptr<Placed> placed;
    GlyphImage g = fonts_->draw(key, pixels_);
    int x = 0, y = 0;
    if (g.width > 0 && g.height > 0 && g.rgba.size() == static_cast<std::size_t>(g.width) * g.height * 4 &&
        place(g.width, g.height, x, y)) {
        fonts_->updateTexture(pages_[page_], x, y, g.width, g.height, g.rgba.data());
        placed = std::make_unique<Placed>();
        placed->texture = pages_[page_];
        const float page = static_cast<float>(kPageSize);
        placed->u0 = x / page;
        placed->v0 = y / page;
        placed->u1 = (x + g.width) / page;
        placed->v1 = (y + g.height) / page;
        placed->width = g.width;
        placed->height = g.height;
        placed->baseline = g.baseline;
        placed->left = g.left;
        placed->color = g.color;
    }
    return images_.emplace(std::string(key), std::move(placed)).first->second.get();
}

}  // namespace spanmark::app
