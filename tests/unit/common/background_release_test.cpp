#include "common/background_release.h"

#include <catch2/catch_test_macros.hpp>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

namespace {

// Records the thread it was destroyed on, and can take its time about it.
struct Noted
{
    std::shared_ptr<std::thread::id> destroyedOn;
    std::shared_ptr<std::atomic<int>> destroyed;
    std::chrono::milliseconds slow{0};

    Noted(std::shared_ptr<std::thread::id> on, std::shared_ptr<std::atomic<int>> count, std::chrono::milliseconds ms = {})
        : destroyedOn(std::move(on)), destroyed(std::move(count)), slow(ms)
    {
    }
    Noted(Noted&& o) noexcept = default;
    ~Noted()
    {
        if (!destroyedOn)
            return;  // moved from
        std::this_thread::sleep_for(slow);
        *destroyedOn = std::this_thread::get_id();
        ++*destroyed;
    }
};

}  // namespace

TEST_CASE("Released objects are destroyed on another thread, all of them, before the next release", "[common]")
{
    auto on = std::make_shared<std::thread::id>();
    auto count = std::make_shared<std::atomic<int>>(0);
    std::vector<int> big(100000, 7);
    {
        fd::BackgroundRelease release;
        release.release(Noted(on, count, std::chrono::milliseconds(200)), std::move(big));
        CHECK(big.empty());  // moved in
        // The caller goes on without waiting for the slow destructor.
        CHECK(count->load() == 0);
        release.wait();
        CHECK(count->load() == 1);
        CHECK(*on != std::this_thread::get_id());
        // A second release waits for the first; the destructor waits for the last.
        release.release(Noted(on, count, std::chrono::milliseconds(20)));
        release.release(Noted(on, count));
        CHECK(count->load() >= 2);
    }
    CHECK(count->load() == 3);
}
