// A pool of threads woken for each call.
#include "common/base/thread_pool.h"

namespace newsarc {

ThreadPool::ThreadPool(unsigned threads) {
    workers_.reserve(threads);
    for (unsigned t = 0; t < threads; ++t) workers_.emplace_back([this] { serve(); });
}

ThreadPool::~ThreadPool() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    for (auto& worker : workers_) worker.join();
}

void ThreadPool::run(std::size_t count, const std::function<void(std::size_t)>& work) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        work_ = &work;
        count_ = count;
        next_ = 0;
        error_ = nullptr;
        busy_ = threads();
        ++generation_;
    }
    wake_.notify_all();
    drain();
    std::unique_lock<std::mutex> lock(mutex_);
    done_.wait(lock, [this] { return busy_ == 0; });
    work_ = nullptr;
    if (error_) std::rethrow_exception(error_);
}

void ThreadPool::serve() {
    unsigned long served = 0;
    for (;;) {
        {
            std::unique_lock<std::mutex> lock(mutex_);
            wake_.wait(lock, [&] { return stopping_ || generation_ != served; });
            if (stopping_) return;
            served = generation_;
        }
        drain();
        {
            std::lock_guard<std::mutex> lock(mutex_);
            --busy_;
        }
        done_.notify_one();
    }
}

void ThreadPool::drain() {
    for (std::size_t i; (i = next_.fetch_add(1)) < count_;) {
        try {
            (*work_)(i);
        } catch (...) {
            std::lock_guard<std::mutex> lock(mutex_);
            if (!error_) error_ = std::current_exception();
        }
    }
}

}  // namespace newsarc
