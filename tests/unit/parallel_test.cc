#include "common/parallel.h"

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

}  // namespace
}  // namespace newsarc
