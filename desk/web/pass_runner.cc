#include "desk/web/pass_runner.h"

#include "batch/run_log.h"
#include "store/database.h"

namespace baocao::web {

PassRunner::~PassRunner() {
  stop_ = true;
  if (thread_.joinable()) thread_.join();
}

Status PassRunner::Start() {
  std::lock_guard<std::mutex> lock(mu_);
  if (progress_.running) return Status::Busy("a pass is already running");
  if (thread_.joinable()) thread_.join();
  progress_ = PassProgress{};
  progress_.running = true;
  thread_ = std::thread([this] { Run(); });
  return Status::Ok();
}

PassProgress PassRunner::Progress() const {
  std::lock_guard<std::mutex> lock(mu_);
  return progress_;
}

void PassRunner::Run() {
  std::string error;
  RunCounts counts;
  RunLog log;
  RunLogOptions log_options;
  log_options.mode = "none";
  log_options.on_progress = [this](int done, int total, const std::string& what, const std::string& name) {
    std::lock_guard<std::mutex> lock(mu_);
    progress_.done = done;
    progress_.total = total;
    if (what != "begin") {
      progress_.last_file = name;
      progress_.last_outcome = what;
    }
  };
  Status opened = log.Open(log_options);
  Result<std::unique_ptr<Database>> db = Database::Open(db_path_);
  if (!opened.ok()) {
    error = opened.reason();
  } else if (!db.ok()) {
    error = db.status().reason();
  } else {
    IngestOptions o = options_;
    o.log = &log;
    o.stop = &stop_;
    Result<IngestSummary> s = IngestInbox(o, *rules_, db.value().get());
    if (!s.ok()) {
      error = s.status().reason();
    } else {
      counts = s.value().counts;
    }
  }
  std::lock_guard<std::mutex> lock(mu_);
  progress_.running = false;
  progress_.ended = true;
  progress_.loaded = counts.loaded;
  progress_.duplicates = counts.duplicates;
  progress_.quarantined = counts.quarantined;
  progress_.error = error;
}

}  // namespace baocao::web
