#include <catch_amalgamated.hpp>

#include <random>

#include "core/annotations.hpp"

using namespace spanmark;

namespace {

std::vector<std::string> ids(const std::vector<const Span*>& spans) {
    std::vector<std::string> out;
    for (const Span* s : spans) out.push_back(s->id);
    return out;
}

}  // namespace

TEST_CASE("interval queries agree with a scan of every span", "[annotations]") {
    std::mt19937 rng(7);
    Annotations a;
    std::vector<Span> all;
    for (int i = 0; i < 3000; ++i) {
        Span s;
        s.id = "s" + std::to_string(i + 1);
        s.start = rng() % 10000;
        // Mostly short spans, a few very long ones: the case that defeats a window scan.
        s.end = s.start + 1 + (i % 97 == 0 ? rng() % 8000 : rng() % 40);
        s.label = i % 2 ? "ACTOR" : "PLACE";
        all.push_back(s);
        a.insertSpan(s);
    }
    // Remove a third, to exercise erase and slot reuse.
    for (int i = 0; i < 3000; i += 3) {
        a.eraseSpan(all[i].id);
        all[i].id.clear();
    }
    for (int q = 0; q < 500; ++q) {
        const std::size_t p = rng() % 11000;
        const std::size_t e = p + 1 + rng() % 300;
        std::vector<std::string> cover, meet;
        for (const Span& s : all) {
            if (s.id.empty()) continue;
            if (s.start <= p && p < s.end) cover.push_back(s.id);
            if (s.start < e && s.end > p) meet.push_back(s.id);
        }
        auto got = ids(a.covering(p));
        auto gotMeet = ids(a.intersecting(p, e));
        std::sort(cover.begin(), cover.end());
        std::sort(meet.begin(), meet.end());
        std::sort(got.begin(), got.end());
        std::sort(gotMeet.begin(), gotMeet.end());
        CHECK(got == cover);
        CHECK(gotMeet == meet);
    }
}

TEST_CASE("spans come out in file order and ids number on", "[annotations]") {
    Annotations a;
    a.insertSpan({"s2", 5, 9, "PLACE", {}, {}, {}});
    a.insertSpan({"s10", 5, 9, "ACTOR", {}, {}, {}});
    a.insertSpan({"s1", 0, 4, "ACTOR", {}, {}, {}});
    a.insertSpan({"s3", 5, 7, "ACTOR", {}, {}, {}});
    CHECK(ids(a.spans()) == std::vector<std::string>{"s1", "s3", "s10", "s2"});
    CHECK(a.nextSpanId() == "s11");
    CHECK(a.find(5, 9, "PLACE")->id == "s2");
    CHECK(a.find(5, 9, "QUOTE") == nullptr);
    CHECK(naturalLess("r2", "r10"));
    CHECK_FALSE(naturalLess("r10", "r2"));
    CHECK(naturalLess("a", "b"));
}

TEST_CASE("erasing many spans at once, then inserting into the slots they left, keeps every query right", "[annotations]") {
    // Erased entries stay in the index, marked, until the next read or insert (core/interval_index.hpp).
    Annotations a;
    for (int i = 0; i < 200; ++i) {
        // Two labels on the same bounds: an erase must take the one it names, not its twin.
        for (const char* label : {"ACTOR", "PLACE"})
            a.insertSpan({"s" + std::to_string(a.nextSpanNumber()), static_cast<std::size_t>(i * 5), static_cast<std::size_t>(i * 5 + 3), label, {}, {}, {}});
    }
    std::vector<std::string> gone;
    a.forEachSpan([&](const Span& s) {
        if (s.label == "ACTOR" || s.start % 10 == 0) gone.push_back(s.id);
    });
    for (const std::string& id : gone) a.eraseSpan(id);
    // Inserted while the marked entries were still there, reusing their slots.
    a.insertSpan({a.nextSpanId(), 7, 9, "ACTOR", {}, {}, {}});
    a.eraseSpan(a.find(5, 8, "PLACE")->id);
    a.insertSpan({a.nextSpanId(), 5, 8, "ACTOR", {}, {}, {}});
    std::vector<std::string> left;
    for (const Span* s : a.spans()) left.push_back(std::to_string(s->start) + ":" + s->label);
    REQUIRE(left.size() == 100 - 1 + 2);
    CHECK(left[0] == "5:ACTOR");
    CHECK(left[1] == "7:ACTOR");
    CHECK(left[2] == "15:PLACE");
    CHECK(a.find(5, 8, "PLACE") == nullptr);
    CHECK(a.find(15, 18, "ACTOR") == nullptr);
    CHECK(a.find(15, 18, "PLACE") != nullptr);
    CHECK(ids(a.covering(7)).size() == 2);  // [5, 8) ACTOR and [7, 9) ACTOR
    CHECK(a.intersecting(0, 1000).size() == left.size());
}
