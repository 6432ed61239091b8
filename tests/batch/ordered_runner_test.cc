// The file-parallel runner of batch/ordered_runner.h: work on several
// threads at once, results consumed on the caller in index order, at most
// 2 x jobs waiting. Nothing here depends on timing: concurrency is shown by
// two items that wait for each other.
#include "batch/ordered_runner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace baocao {
namespace {

TEST(OrderedRunnerTest, ResultsAreConsumedInOrderOnTheCallerForAnyJobs) {
  for (int jobs : {0, 1, 2, 3, 8}) {
    const std::thread::id caller = std::this_thread::get_id();
    std::vector<std::size_t> order;
    std::vector<std::string> values;
    RunInOrder<std::string>(
        40, jobs, [](std::size_t i) { return "file " + std::to_string(i); },
        [&](std::size_t i, std::string v) {
          EXPECT_EQ(std::this_thread::get_id(), caller);
          order.push_back(i);
          values.push_back(std::move(v));
        });
    ASSERT_EQ(order.size(), 40u) << jobs;
    for (std::size_t i = 0; i < order.size(); ++i) {
      EXPECT_EQ(order[i], i) << jobs;
      EXPECT_EQ(values[i], "file " + std::to_string(i)) << jobs;
    }
  }
  int calls = 0;
  RunInOrder<int>(0, 4, [](std::size_t) { return 1; }, [&](std::size_t, int) { ++calls; });
  EXPECT_EQ(calls, 0);
}

TEST(OrderedRunnerTest, TwoJobsRunAtOnce) {
  // Items 0 and 1 each wait until the other has started: they finish only
  // if they run at the same time (the wait gives up after a minute).
  std::mutex mu;
  std::condition_variable cv;
  int started = 0;
  bool together = true;
  RunInOrder<int>(
      4, 2,
      [&](std::size_t i) {
        if (i > 1) return static_cast<int>(i);
        std::unique_lock<std::mutex> lock(mu);
        ++started;
        cv.notify_all();
        if (!cv.wait_for(lock, std::chrono::seconds(60), [&] { return started >= 2; })) together = false;
        return static_cast<int>(i);
      },
      [](std::size_t i, int v) { EXPECT_EQ(static_cast<std::size_t>(v), i); });
  EXPECT_TRUE(together);
}

TEST(OrderedRunnerTest, AtMostTwiceTheJobsWaitToBeConsumed) {
  // Item 0 is held back until every other item that may start has started:
  // with 3 jobs, no more than 6 items are taken before 0 is consumed.
  constexpr int kJobs = 3;
  std::atomic<int> taken{0};
  std::atomic<int> consumed{0};
  int most_ahead = 0;
  RunInOrder<int>(
      50, kJobs,
      [&](std::size_t i) {
        int t = ++taken;
        if (i == 0) {
          // Give the other threads every chance to run ahead.
          for (int spin = 0; spin < 200 && taken < 2 * kJobs; ++spin) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
          }
        }
        return t;
      },
      [&](std::size_t, int) {
        most_ahead = std::max(most_ahead, taken.load() - consumed.load());
        ++consumed;
      });
  EXPECT_EQ(consumed, 50);
  EXPECT_LE(most_ahead, 2 * kJobs);
}

}  // namespace
}  // namespace baocao
