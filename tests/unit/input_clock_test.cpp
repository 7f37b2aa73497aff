#include <catch_amalgamated.hpp>

#include "app/input_clock.hpp"

using spanmark::app::InputClock;

TEST_CASE("ImGui's clock follows the events' own times when frames are slow", "[input]") {
    InputClock clock;
    clock.step(0, 10.0);
    // A double-click 0.1 s apart, drawn by frames 0.4 s apart: down, up, down, up.
    clock.stamp(1, 10.00);
    clock.stamp(2, 10.05);
    clock.stamp(3, 10.10);
    clock.stamp(4, 10.15);
    double seen[4];
    const double frames[4] = {10.4, 10.8, 11.2, 11.6};
    for (std::uint32_t e = 1; e <= 4; ++e) {
        clock.step(e, frames[e - 1]);  // the frame that takes event e
        seen[e - 1] = clock.time();
    }
    CHECK(seen[2] - seen[0] == Catch::Approx(0.10).margin(0.001));  // ImGui sees the two clicks 0.1 s apart, not 0.8
    // With the queue empty, the clock catches up to now.
    clock.step(0, 12.0);
    CHECK(clock.time() == Catch::Approx(12.0));
    // It never goes back, even for an event stamped before it.
    clock.stamp(5, 11.0);
    CHECK(clock.step(5, 12.5) > 0);
    CHECK(clock.time() > 12.0);
}
