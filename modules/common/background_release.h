#pragma once

#include <future>
#include <memory>
#include <tuple>
#include <type_traits>

namespace fd {

// Frees what a call no longer needs on another thread: the destructors of a large run's
// structures (hash tables and lists of thousands of records) take tens of milliseconds that
// the caller need not wait for. One job at a time: a new one, and the destructor, wait for the
// last. What is released must not be used again, nor point to anything the caller still frees.
class BackgroundRelease
{
public:
    BackgroundRelease() = default;
    BackgroundRelease(const BackgroundRelease&) = delete;
    BackgroundRelease& operator=(const BackgroundRelease&) = delete;
    ~BackgroundRelease() { wait(); }

    template <typename... T>
    void release(T&&... objects)
    {
        static_assert((!std::is_lvalue_reference_v<T> && ...), "what is released is moved in");
        wait();
        auto held = std::make_shared<std::tuple<std::decay_t<T>...>>(std::move(objects)...);
        // The job owns the only reference and drops it itself, so the destructors run on its
        // thread (or at wait() when the system refuses a thread).
        m_job = std::async(std::launch::async | std::launch::deferred, [held = std::move(held)]() mutable { held.reset(); });
    }

    void wait()
    {
        if (m_job.valid())
            m_job.get();
    }

private:
    std::future<void> m_job;
};

}  // namespace fd
