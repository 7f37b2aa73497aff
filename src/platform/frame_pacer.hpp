#pragma once
// Decides when a frame is worth drawing. Input wakes it for a few frames,
// because ImGui settles hover, focus and popups over the frames that follow
// an event; with nothing pending the loop sleeps and the page uses no CPU.
namespace spanmark::platform {

class FramePacer {
public:
    static constexpr int kSettleFrames = 3;

    void wake(int frames = kSettleFrames) {
        if (frames > pending_) pending_ = frames;
    }
    bool pending() const { return pending_ > 0; }
    void drawn() {
        if (pending_ > 0) --pending_;
    }

private:
    int pending_ = kSettleFrames;
};

}  // namespace spanmark::platform
