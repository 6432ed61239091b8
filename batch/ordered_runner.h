// Files handled in parallel, their results taken in the order given: the
// runner `baocao extract FILE...` uses, so its output does not depend on
// --jobs.
//
//   RunInOrder<Result<Processed>>(files.size(), jobs,
//       [&](std::size_t i) { return ProcessFile(files[i]); },     // on a pool thread
//       [&](std::size_t i, Result<Processed> r) { Print(r); });   // on the caller, i = 0, 1, 2...
//
// `work` runs on up to `jobs` threads (0: one per core online; never more
// threads than items; with one job everything runs on the calling thread).
// `consume` runs on the calling thread, once per item, in index order. At
// most 2 x jobs results wait to be consumed, so memory stays bounded
// however many items there are.
//
// The inbox pass (batch/inbox.cc) keeps the same contract (parallel work,
// results committed in name order, a bounded window) with its own loop:
// its work is child processes with deadlines, forked from one thread.
//
// Thread safety: `work` must be safe to call concurrently; `consume` is
// never called concurrently.
#ifndef BAOCAO_BATCH_ORDERED_RUNNER_H_
#define BAOCAO_BATCH_ORDERED_RUNNER_H_

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#include "batch/inbox.h"

namespace baocao {

template <typename T>
void RunInOrder(std::size_t n, int jobs, const std::function<T(std::size_t)>& work,
                const std::function<void(std::size_t, T)>& consume) {
  const std::size_t threads_wanted = static_cast<std::size_t>(jobs > 0 ? jobs : DefaultJobs());
  const std::size_t threads = std::min(n, threads_wanted);
  if (threads <= 1) {
    for (std::size_t i = 0; i < n; ++i) consume(i, work(i));
    return;
  }
  std::mutex mu;
  std::condition_variable cv;
  std::map<std::size_t, T> done;  // finished, not yet consumed
  std::size_t next_to_take = 0, next_to_consume = 0;
  const std::size_t window = 2 * threads;
  auto worker = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock<std::mutex> lock(mu);
        cv.wait(lock, [&] { return next_to_take >= n || next_to_take < next_to_consume + window; });
        if (next_to_take >= n) return;
        i = next_to_take++;
      }
      T result = work(i);
      {
        std::lock_guard<std::mutex> lock(mu);
        done.emplace(i, std::move(result));
      }
      cv.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (std::size_t t = 0; t < threads; ++t) pool.emplace_back(worker);
  while (next_to_consume < n) {
    std::unique_lock<std::mutex> lock(mu);
    cv.wait(lock, [&] { return done.count(next_to_consume) > 0; });
    auto it = done.find(next_to_consume);
    T result = std::move(it->second);
    done.erase(it);
    lock.unlock();
    consume(next_to_consume, std::move(result));
    lock.lock();
    ++next_to_consume;
    lock.unlock();
    cv.notify_all();
  }
  for (std::thread& t : pool) t.join();
}

}  // namespace baocao

#endif  // BAOCAO_BATCH_ORDERED_RUNNER_H_
