// One document converted and extracted in a child process, so that a
// converter that crashes, hangs or eats memory takes down that child only.
//
//   Result<std::unique_ptr<Worker>> w = Worker::Start(bytes, name, rules, convert, limits);
//   ... poll(w->fd()) ...; if (w->ReadAvailable()) outcome = w->Finish();
//   ... or, past w->deadline(): outcome = w->Kill();
//
// The child is forked (it shares the parent's compiled rules copy-on-write),
// runs ProcessBytes under the limits and writes its outcome to a pipe
// (worker_wire.h); the parent stays the only process that writes the
// database. The child:
//  - has an address-space limit (RLIMIT_AS) of what it inherited plus
//    WorkerLimits::memory_bytes; an allocation past it ends the child with
//    "out of memory" (the new-handler exits, nothing is unwound);
//  - is killed (SIGKILL) by Kill() when its time is up: "timeout"; a CPU
//    limit (the time limit on every core, plus 5 s) is the backstop should
//    the parent stall;
//  - dies with the parent (PR_SET_PDEATHSIG), so a parent killed with -9
//    leaves no orphan converting on;
//  - runs in its own process group, so Ctrl-C on the terminal reaches the
//    parent only, which stops the run cleanly.
//
// The child calls TestHookInWorkerChild (batch/test_hooks.h) before it
// converts: test builds make it crash, hang or allocate there on purpose.
//
// Thread safety: a Worker belongs to the thread that started it; Start()
// forks, so call it from a single-threaded process.
#ifndef BAOCAO_BATCH_WORKER_H_
#define BAOCAO_BATCH_WORKER_H_

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/pipeline.h"
#include "extractors/rules.h"
#include "ingest/converter.h"
#include "util/status.h"

namespace baocao {

struct WorkerLimits {
  // Wall-clock seconds one document may take (convert + normalise +
  // extract). Default 600 s: a hang is still caught, while a scanned report
  // of several hundred pages (about 0.7 s a page on 2 cores, twice that
  // when two documents share them) is not taken for one.
  double seconds = 600;
  // Memory the child may allocate beyond what it inherits from the parent.
  // Default 1 GiB: the largest legitimate report needs a fraction of it.
  std::uint64_t memory_bytes = 1ull << 30;
};

// Reaps children whose reply was already taken (Worker::Finish); with
// `block`, waits for all of them (at the end of a pass).
void ReapExitedWorkers(bool block);

class Worker {
 public:
  using Clock = std::chrono::steady_clock;

  // Forks the child. `close_in_child` lists descriptors the child must not
  // keep (the inbox lock), so a lingering child never holds them. Fails
  // (Internal) only when the system refuses a pipe or a process.
  static Result<std::unique_ptr<Worker>> Start(std::string_view bytes, const std::string& file_name,
                                               const RuleSet& rules, const ConvertOptions& convert,
                                               const WorkerLimits& limits,
                                               const std::vector<int>& close_in_child = {});
  // Kills and reaps a child still running.
  ~Worker();
  Worker(const Worker&) = delete;
  Worker& operator=(const Worker&) = delete;

  // The pipe to poll for reading.
  int fd() const { return fd_; }
  Clock::time_point deadline() const { return deadline_; }
  pid_t pid() const { return pid_; }

  // Reads whatever the child has written so far without blocking. Returns
  // true once the child has closed the pipe (it has exited or is exiting):
  // then call Finish().
  bool ReadAvailable();

  // Returns the child's outcome: its own (the Processed document, or the
  // converter's reason) when its reply is whole — the exiting child is then
  // reaped later by ReapExitedWorkers, so the parent does not wait while the
  // kernel tears down the child's memory — or else, after reaping it, one of
  //   "out of memory: ..."            the memory limit was reached,
  //   "timeout: ..."                  the CPU backstop fired,
  //   "crashed: signal N (NAME)"      the child died of a signal,
  //   "crashed: exit code N" / "crashed: incomplete reply".
  Result<Processed> Finish();

  // Kills the child now (its time is up) and reaps it: "timeout: ...".
  Result<Processed> Kill();

 private:
  Worker() = default;
  Result<Processed> Reap(bool killed_by_us);

  pid_t pid_ = -1;
  int fd_ = -1;
  Clock::time_point deadline_;
  WorkerLimits limits_;
  std::string reply_;
};

}  // namespace baocao

#endif  // BAOCAO_BATCH_WORKER_H_
