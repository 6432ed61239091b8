// "Load now" on the inbox page: one inbox pass (batch/inbox.h, unchanged) run
// on a thread of the server, with its progress kept for the page to show
// live. A pass run by `baocao ingest` or `baocao watch` in another process
// shows through the runs table instead (a run without `finished`), and the
// inbox listing shrinks as its files move to archive/.
//
//   PassRunner runner(options, &rules, db_path);
//   Status s = runner.Start();          // Busy when a pass is running here
//   PassProgress p = runner.Progress(); // running, done/total, last file
//
// Thread safety: all members may be called from any thread.
#ifndef BAOCAO_DESK_WEB_PASS_RUNNER_H_
#define BAOCAO_DESK_WEB_PASS_RUNNER_H_

#include <atomic>
#include <mutex>
#include <string>
#include <thread>

#include "batch/inbox.h"
#include "extractors/rules.h"
#include "util/status.h"

namespace baocao::web {

struct PassProgress {
  bool running = false;
  int done = 0;
  int total = 0;
  std::string last_file;
  std::string last_outcome;  // loaded | duplicate | version | quarantined | waiting
  // How the last pass started here ended.
  bool ended = false;
  int loaded = 0;
  int duplicates = 0;
  int quarantined = 0;
  std::string error;  // why it failed (the inbox locked by another run, ...), empty when it did not
};

class PassRunner {
 public:
  // `options.inbox` must be set; `rules` must outlive the runner. The pass
  // opens its own connection to `db_path`.
  PassRunner(IngestOptions options, const RuleSet* rules, std::string db_path)
      : options_(std::move(options)), rules_(rules), db_path_(std::move(db_path)) {}
  ~PassRunner();  // stops a running pass (its files stay in the inbox) and waits
  PassRunner(const PassRunner&) = delete;
  PassRunner& operator=(const PassRunner&) = delete;

  // Starts a pass on a new thread. Busy when one is running here; the inbox
  // lock (held by a pass of another process) is found by the pass itself,
  // which then ends with that reason.
  Status Start();
  PassProgress Progress() const;

 private:
  void Run();

  IngestOptions options_;
  const RuleSet* rules_;
  std::string db_path_;
  mutable std::mutex mu_;
  PassProgress progress_;
  std::thread thread_;
  std::atomic<bool> stop_{false};
};

}  // namespace baocao::web

#endif  // BAOCAO_DESK_WEB_PASS_RUNNER_H_
