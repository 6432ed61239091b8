// The account of a run as it happens: one timestamped line per file in the
// log file, and on stderr either a progress bar (a terminal) or the same
// plain lines (cron, systemd: anything else).
//
//   RunLog log(options);              // opens the log file (append)
//   log.BeginPass(total);
//   log.File("loaded", "bao-cao.docx", "");
//   log.EndPass();
//
// Thread safety: one thread.
#ifndef BAOCAO_BATCH_RUN_LOG_H_
#define BAOCAO_BATCH_RUN_LOG_H_

#include <chrono>
#include <cstdio>
#include <functional>
#include <string>

#include "util/status.h"

namespace baocao {

struct RunLogOptions {
  // Appended with one "2026-01-31T02:00:05Z <text>" line per event; empty:
  // no log file.
  std::string file;
  // stderr: "auto" draws a progress bar when stderr is a terminal and prints
  // plain lines otherwise; "lines" always plain lines; "bar"; "none".
  std::string mode = "auto";
  // On a terminal, per-file lines above the bar for every file, not only
  // for files quarantined or left waiting.
  bool verbose = false;
  // Called on the run's thread at the start of a pass (what "begin", name
  // empty) and after each file (what as in File()), with files done and
  // the pass's total: `baocao serve` shows a running pass live with it.
  std::function<void(int done, int total, const std::string& what, const std::string& name)> on_progress;
};

class RunLog {
 public:
  // A log that writes nothing (library callers and tests).
  RunLog() = default;
  ~RunLog();
  RunLog(const RunLog&) = delete;
  RunLog& operator=(const RunLog&) = delete;

  // Opens the log file for appending (created if missing, with its folder).
  Status Open(const RunLogOptions& options);

  // A line about the run itself ("run 12 started: 300 files, 2 jobs").
  void Line(const std::string& text);

  void BeginPass(int total);
  // One file finished: `what` is loaded, duplicate, version, quarantined or
  // waiting; `detail` the reason or note (may be empty).
  void File(const std::string& what, const std::string& name, const std::string& detail);
  void EndPass();

 private:
  void Write(const std::string& text, bool important);
  void DrawBar();
  void ClearBar();

  std::FILE* file_ = nullptr;
  std::function<void(int, int, const std::string&, const std::string&)> on_progress_;
  bool bar_ = false;    // stderr shows the progress bar
  bool lines_ = false;  // stderr shows plain lines
  bool verbose_ = false;
  bool bar_drawn_ = false;
  int total_ = 0;
  int done_ = 0;
  std::chrono::steady_clock::time_point started_;
  std::chrono::steady_clock::time_point last_draw_;
};

// "2026-01-31T02:00:05Z" (UTC, the store's format).
std::string UtcTimestamp();

}  // namespace baocao

#endif  // BAOCAO_BATCH_RUN_LOG_H_
