// Threads started once and woken for each piece of parallel work: for work that is short and
// starts often (one search split over threads). Starting a thread at each call costs more than
// waking one, and Linux puts a new thread on its parent's core, where the parent may then wait
// milliseconds for an idle core to take one of them over (measured: a 4 ms match split in two ran
// one part after the other); a woken thread goes to an idle core.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace newsarc {

class ThreadPool {
public:
    // `threads` threads besides the callers of run().
    explicit ThreadPool(unsigned threads);
    ~ThreadPool();
    ThreadPool(const ThreadPool&) = delete;
    ThreadPool& operator=(const ThreadPool&) = delete;

    // Calls work(i) for every i in [0, count), each once, on the pool's threads and the calling one.
    // Waits for all of them, then rethrows the first exception thrown, if any. One call at a time.
    void run(std::size_t count, const std::function<void(std::size_t)>& work);

    unsigned threads() const { return static_cast<unsigned>(workers_.size()); }

private:
    void serve();
    void drain();

    std::vector<std::thread> workers_;
    std::mutex mutex_;
    std::condition_variable wake_, done_;
    const std::function<void(std::size_t)>* work_ = nullptr;
    std::size_t count_ = 0;
    std::atomic<std::size_t> next_{0};
    unsigned busy_ = 0;             // workers still draining the current call
    unsigned long generation_ = 0;  // calls so far: a worker serves each once
    bool stopping_ = false;
    std::exception_ptr error_;
};

}  // namespace newsarc
