#pragma once
// ImGui's clock, kept by the input's own times. ImGui takes queued input a
// step per frame and times double-clicks and key repeats by its frame clock;
// on a slow or loaded machine two clicks 100 ms apart can land in frames
// 400 ms apart, and a double-click is lost. The platform stamps each queued
// event with when it arrived, and before a frame asks here for the step that
// brings ImGui's clock to the oldest event still queued (or to now when none
// is), so ImGui sees the events' own spacing, however slow the frames.
// No ImGui in here: the event ids are ImGuiInputEvent::EventId.
#include <cstdint>
#include <deque>
#include <utility>

namespace spanmark::app {

class InputClock {
public:
    // An event with this id (increasing) was queued at `seconds`.
    void stamp(std::uint32_t eventId, double seconds) {
        if (eventId <= last_) return;
        stamps_.emplace_back(eventId, seconds);
        last_ = eventId;
    }
    // The DeltaTime for the next frame, when the oldest queued event has `oldestQueued`
    // (0: the queue is empty) and the time is `now`. Never negative or zero; the clock never goes back.
    float step(std::uint32_t oldestQueued, double now) {
        while (!stamps_.empty() && oldestQueued != 0 && stamps_.front().first < oldestQueued) stamps_.pop_front();
        if (oldestQueued == 0) stamps_.clear();
        double target = now;
        if (!stamps_.empty() && stamps_.front().first == oldestQueued) target = stamps_.front().second;
        if (time_ < 0) time_ = target - 1.0 / 60.0;
        const double delta = target > time_ + 1e-4 ? target - time_ : 1e-4;
        time_ += delta;
        return static_cast<float>(delta);
    }
    double time() const { return time_; }
    // The newest event stamped so far (0 when none): the platform stamps only those after it.
    std::uint32_t lastStamped() const { return last_; }

private:
    std::deque<std::pair<std::uint32_t, double>> stamps_;
    double time_ = -1;
    std::uint32_t last_ = 0;
};

}  // namespace spanmark::app
