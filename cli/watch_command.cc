// `baocao watch --inbox DIR`: stays up and runs an inbox pass whenever
// files arrive (inotify), the same pass `ingest` runs once. Holds the inbox
// lock for its whole life, so a cron `ingest` meanwhile exits with 4.
// A file still being copied is left until it is complete: inotify's
// close-write or moved-to wakes the watcher, and files left waiting are
// looked at again every second until they settle. A full rescan every
// minute is the safety net for events a network file system never sends.
// SIGTERM or Ctrl-C stops it cleanly (exit 0).
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <iostream>

#include "cli/command.h"
#include "cli/config.h"
#include "batch/inbox.h"
#include "batch/inbox_lock.h"
#include "batch/inbox_stop.h"
#include "pipeline/pipeline.h"
#include "batch/run_log.h"
#include "batch/run_log_summary.h"
#include "store/database.h"

namespace baocao {
namespace {

constexpr int kRescanMs = 60 * 1000;
constexpr int kWaitingRecheckMs = 1000;
constexpr int kQuietMs = 200;  // let a burst of events end before scanning

struct WatchCommandOptions {
  SettingsFlags settings;
  bool wait = false;
  bool verbose = false;
  bool json = false;
  std::string progress = "lines";
};

// Reads and drops every pending event: a pass looks at the whole inbox.
void Drain(int fd) {
  alignas(inotify_event) char buf[16384];
  while (::read(fd, buf, sizeof buf) > 0) {
  }
}

int RunWatch(const WatchCommandOptions& o, const GlobalOptions& global) {
  Result<Settings> settings = ResolveInboxSettings(o.settings, global);
  if (!settings.ok()) {
    ReportFailure(settings.status());
    return kExitUsage;
  }
  const Settings& s = settings.value();
  std::error_code ec;
  if (!std::filesystem::is_directory(s.inbox, ec)) {
    return ReportFailure(Status::NotFound("inbox is not a directory: " + s.inbox));
  }
  Result<RuleSet> rules = RuleSet::LoadDirectory(s.rules.empty() ? DefaultRulesDirectory() : s.rules);
  if (!rules.ok()) return ReportFailure(rules.status());
  Result<std::unique_ptr<Database>> db = Database::Open(s.database);
  if (!db.ok()) return ReportFailure(db.status());
  RunLog log;
  if (Status st = log.Open({LogFilePath(s), o.progress, o.verbose, {}}); !st.ok()) return ReportFailure(st);
  InboxLock lock;
  if (Status st = lock.Acquire(s.inbox, o.wait); !st.ok()) return ReportFailure(st);

  int inotify = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (inotify < 0) return ReportFailure(Status::IoError("inotify is not available"));
  if (::inotify_add_watch(inotify, s.inbox.c_str(),
                          IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_ATTRIB | IN_MODIFY) < 0) {
    ::close(inotify);
    return ReportFailure(Status::IoError("cannot watch " + s.inbox));
  }
  IngestOptions options = ToIngestOptions(s);
  options.log = &log;
  const std::atomic<bool>* stop = InstallStopHandlers();
  options.stop = stop;
  log.Line("watching " + s.inbox);
  int exit_code = kExitOk;
  while (!stop->load()) {
    Result<IngestSummary> pass = RunInboxPass(options, rules.value(), db.value().get(), lock.fd(),
                                              /*record_empty=*/false);
    if (!pass.ok()) {
      exit_code = ReportFailure(pass.status());
      break;
    }
    const IngestSummary& sum = pass.value();
    if (sum.run_id != 0) {
      std::cout << (o.json ? RunSummaryJson(sum, s.database) + "\n" : RunSummaryText(sum, s.database));
      std::cout.flush();
    }
    if (stop->load()) break;
    pollfd fd{inotify, POLLIN, 0};
    int timeout = sum.counts.waiting > 0 ? kWaitingRecheckMs : kRescanMs;
    if (::poll(&fd, 1, timeout) > 0) {
      // Events come in bursts while a file is copied: wait for a quiet moment.
      do {
        Drain(inotify);
      } while (!stop->load() && ::poll(&fd, 1, kQuietMs) > 0);
    }
  }
  ::close(inotify);
  log.Line("watch stopped");
  return exit_code;
}

}  // namespace

void AddWatchCommand(CLI::App* app, GlobalOptions* global) {
  auto o = std::make_shared<WatchCommandOptions>();
  CLI::App* cmd = app->add_subcommand(
      "watch",
      "Stay up and load files as they arrive in the inbox (inotify); the same processing as ingest.\n"
      "Prints a run summary per batch. Exit codes: 0 stopped by SIGTERM/Ctrl-C, 1 failed, 4 inbox locked.");
  AddSettingsFlags(cmd, &o->settings);
  cmd->add_flag("--wait", o->wait, "When another run holds the inbox, wait for it instead of exiting with 4");
  cmd->add_flag("-v,--verbose", o->verbose, "On a terminal, a line per file above the progress bar");
  cmd->add_flag("--json", o->json, "Print each run summary as one JSON object per line");
  cmd->add_option("--progress", o->progress, "stderr: lines (default), bar, auto or none")
      ->check(CLI::IsMember({"auto", "bar", "lines", "none"}));
  cmd->callback([o, global] { global->exit_code = RunWatch(*o, *global); });
}

}  // namespace baocao
