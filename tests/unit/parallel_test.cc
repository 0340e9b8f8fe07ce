#include "common/base/parallel.h"
#include "common/base/thread_pool.h"

#include <atomic>
#include <stdexcept>
#include <vector>

#include <gtest/gtest.h>

namespace newsarc {
namespace {

TEST(ParallelFor, RunsEveryIndexOnce) {
    for (unsigned threads : {1u, 2u, 4u, 16u}) {
        std::vector<std::atomic<int>> runs(37);
        parallel_for(runs.size(), threads, [&](std::size_t i) { ++runs[i]; });
        for (const auto& r : runs) EXPECT_EQ(r.load(), 1) << threads << " threads";
    }
    parallel_for(0, 4, [](std::size_t) { FAIL() << "no work for an empty range"; });
}

TEST(ParallelFor, RethrowsAfterTheOthersFinish) {
    std::atomic<int> done{0};
    EXPECT_THROW(parallel_for(8, 3,
                              [&](std::size_t i) {
                                  if (i == 2) throw std::runtime_error("shard 2");
                                  ++done;
                              }),
                 std::runtime_error);
    EXPECT_EQ(done.load(), 7);
}

TEST(ThreadPool, RunsEveryIndexOnceCallAfterCall) {
    for (unsigned threads : {0u, 1u, 3u}) {
        ThreadPool pool(threads);
        for (int call = 0; call < 50; ++call) {
            std::vector<std::atomic<int>> runs(call % 7);
            pool.run(runs.size(), [&](std::size_t i) { ++runs[i]; });
            for (const auto& r : runs) EXPECT_EQ(r.load(), 1) << threads << " threads, call " << call;
        }
    }
}

TEST(ThreadPool, SharesTheWorkAndRethrows) {
    ThreadPool pool(1);
    // Two pieces that each wait for the other: they only finish on two threads at once.
    std::atomic<int> arrived{0};
    pool.run(2, [&](std::size_t) {
        ++arrived;
        while (arrived.load() < 2) std::this_thread::yield();
    });
    std::atomic<int> done{0};
    EXPECT_THROW(pool.run(6,
                          [&](std::size_t i) {
                              if (i == 4) throw std::runtime_error("part 4");
                              ++done;
                          }),
                 std::runtime_error);
    EXPECT_EQ(done.load(), 5);
    pool.run(3, [&](std::size_t) { ++done; });  // usable after an error
    EXPECT_EQ(done.load(), 8);
}

}  // namespace
}  // namespace newsarc
