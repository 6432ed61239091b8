#include "batch/inbox.h"

#include <poll.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <deque>
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

#include "batch/inbox_kill_point.h"
#include "batch/inbox_lock.h"
#include "batch/inbox_mover.h"
#include "util/sha256.h"

namespace baocao {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// One inbox file on its way through a pass.
struct Item {
  enum class Kind {
    kGone,       // vanished between the listing and the read
    kWaiting,    // still being written: left for a later pass
    kDuplicate,  // bytes already stored
    kConvert,    // handed to a child; `outcome` once it is done
    kFailed,     // unreadable: `outcome` holds why
    kStopped,    // the run was stopped before its child finished
  };
  std::string path;
  std::string name;
  Kind kind = Kind::kGone;
  std::string note;  // kWaiting: why
  Readiness readiness = Readiness::kReady;
  std::optional<FileIdentity> identity;
  std::string sha;
  std::unique_ptr<Worker> worker;  // while the child runs
  std::optional<Result<Processed>> outcome;

  bool ready() const { return kind != Kind::kConvert || outcome.has_value(); }
};

class Pass {
 public:
  Pass(const IngestOptions& options, const RuleSet& rules, Database* db, int lock_fd)
      : options_(options), rules_(rules), db_(db), lock_fd_(lock_fd), mover_(options.inbox),
        log_(options.log != nullptr ? options.log : &silent_) {
    jobs_ = options.jobs > 0 ? options.jobs : DefaultJobs();
  }

  Result<IngestSummary> Run(bool record_empty);

 private:
  Result<std::vector<std::string>> Scan();
  Status Loop(const std::vector<std::string>& files);
  Status RetrySettling();
  Status EnsureRun();
  Status Prepare(Item* item);
  Status WaitForChildren(std::deque<Item>& window);
  Status Commit(Item& item);
  Status CommitDocument(Item& item, const Processed& processed);
  Status Archive(Item& item, const std::string& what, const std::string& detail);
  Status Quarantine(Item& item, const std::string& reason);
  bool Unchanged(const Item& item);
  bool Stopping() const { return options_.stop != nullptr && options_.stop->load(); }

  const IngestOptions& options_;
  const RuleSet& rules_;
  Database* db_;
  int lock_fd_;
  InboxMover mover_;
  RunLog silent_;
  RunLog* log_;
  int jobs_ = 1;
  int running_ = 0;
  std::size_t total_ = 0;
  bool stopped_ = false;
  // Files modified too recently, looked at again once they have settled
  // (first look only), so a one-pass run right after a copy still loads them.
  bool allow_retry_ = true;
  std::vector<std::string> retry_;
  std::int64_t youngest_retry_ns_ = 0;
  IngestSummary summary_;
};

Result<std::vector<std::string>> Pass::Scan() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(options_.inbox, ec)) {
    // symlink_status: a link is left alone, never followed out of the inbox.
    if (!fs::is_regular_file(entry.symlink_status(ec))) continue;
    std::string name = entry.path().filename().string();
    if (!IsIgnoredName(name)) names.push_back(name);
  }
  if (ec) return Status::IoError("cannot list inbox " + options_.inbox + ": " + ec.message());
  // Name order makes runs repeatable: the same inbox loads in the same order.
  std::sort(names.begin(), names.end());
  return names;
}

Result<IngestSummary> Pass::Run(bool record_empty) {
  auto started = Clock::now();
  Result<std::vector<std::string>> files = Scan();
  if (!files.ok()) return files.status();
  summary_.jobs = jobs_;
  total_ = files.value().size();
  if (record_empty) {
    if (Status s = EnsureRun(); !s.ok()) return s;
  }
  log_->BeginPass(static_cast<int>(total_));
  Status looped = Loop(files.value());
  if (looped.ok()) looped = RetrySettling();
  ReapExitedWorkers(/*block=*/true);
  Status flushed = mover_.Flush();
  log_->EndPass();
  summary_.seconds = std::chrono::duration<double>(Clock::now() - started).count();
  struct rusage self {};
  struct rusage children {};
  ::getrusage(RUSAGE_SELF, &self);
  ::getrusage(RUSAGE_CHILDREN, &children);
  summary_.parent_peak_kib = self.ru_maxrss;
  summary_.worker_peak_kib = children.ru_maxrss;
  if (summary_.run_id == 0) return summary_;  // nothing but files still being written (watch)
  RunEnd end;
  end.seconds = summary_.seconds;
  end.jobs = jobs_;
  end.quarantine_reasons = summary_.quarantine_reasons;
  Status failed = !looped.ok() ? looped : flushed;
  if (!failed.ok()) {
    end.status = "failed";
    end.error = failed.reason();
    db_->FinishRun(summary_.run_id, summary_.counts, end);  // best effort: the run failed already
    log_->Line("run " + std::to_string(summary_.run_id) + " failed: " + failed.reason());
    return failed;
  }
  summary_.status = stopped_ ? "stopped" : summary_.counts.quarantined > 0 ? "quarantined" : "ok";
  end.status = summary_.status;
  if (Status s = db_->FinishRun(summary_.run_id, summary_.counts, end); !s.ok()) return s;
  const RunCounts& c = summary_.counts;
  log_->Line("run " + std::to_string(summary_.run_id) + " " + summary_.status + ": " + std::to_string(c.loaded) +
             " loaded (" + std::to_string(c.new_versions) + " new versions), " + std::to_string(c.duplicates) +
             " duplicates, " + std::to_string(c.quarantined) + " quarantined, " + std::to_string(c.waiting) +
             " waiting");
  return summary_;
}

Status Pass::EnsureRun() {
  if (summary_.run_id != 0) return Status::Ok();
  Result<std::int64_t> run = db_->BeginRun(rules_.version());
  if (!run.ok()) return run.status();
  summary_.run_id = run.value();
  log_->Line("run " + std::to_string(summary_.run_id) + " started: " + std::to_string(total_) + " files in " +
             options_.inbox + ", " + std::to_string(jobs_) + " jobs");
  return Status::Ok();
}

Status Pass::Loop(const std::vector<std::string>& files) {
  // Results are committed in name order; the window bounds how far the
  // children may run ahead of the commit, and so the memory the parent
  // holds, whatever the size of the inbox.
  const std::size_t window_cap = static_cast<std::size_t>(jobs_) * 4 + 8;
  std::deque<Item> window;
  std::size_t next = 0;
  while (true) {
    if (Stopping() && !stopped_) {
      stopped_ = true;
      for (Item& item : window) {
        if (item.worker != nullptr) {
          item.worker.reset();  // kills the child; its file stays in the inbox
          item.kind = Item::Kind::kStopped;
          --running_;
        }
      }
    }
    // Commit first: a file with the same bytes as one just converted is then
    // seen as a duplicate before a child is started for it.
    while (!window.empty() && window.front().ready()) {
      if (Status s = Commit(window.front()); !s.ok()) return s;
      window.pop_front();
    }
    while (!stopped_ && next < files.size() && window.size() < window_cap && running_ < jobs_) {
      Item item;
      item.name = files[next++];
      item.path = (fs::path(options_.inbox) / item.name).string();
      if (Status s = Prepare(&item); !s.ok()) return s;
      window.push_back(std::move(item));
    }
    while (!window.empty() && window.front().ready()) {
      if (Status s = Commit(window.front()); !s.ok()) return s;
      window.pop_front();
    }
    if (window.empty()) {
      if (next == files.size() || stopped_) return Status::Ok();
      continue;
    }
    bool can_prepare = !stopped_ && next < files.size() && window.size() < window_cap && running_ < jobs_;
    if (can_prepare) continue;
    if (Status s = WaitForChildren(window); !s.ok()) return s;
    ReapExitedWorkers(/*block=*/false);
  }
}

Status Pass::RetrySettling() {
  allow_retry_ = false;
  if (retry_.empty() || stopped_) return Status::Ok();
  // Sleep until the youngest has been left alone for settle_seconds; a stop
  // signal cuts the sleep short (poll returns EINTR).
  auto now_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                    std::chrono::system_clock::now().time_since_epoch()).count();
  double wait = options_.read.settle_seconds - static_cast<double>(now_ns - youngest_retry_ns_) / 1e9;
  wait = std::clamp(wait, 0.0, options_.read.settle_seconds) + 0.05;
  log_->Line(std::to_string(retry_.size()) + " files modified in the last " +
             std::to_string(static_cast<int>(options_.read.settle_seconds)) + " s: looking again in " +
             std::to_string(static_cast<int>(wait + 0.5)) + " s");
  ::poll(nullptr, 0, static_cast<int>(wait * 1000));
  std::vector<std::string> again = std::move(retry_);
  retry_.clear();
  return Loop(again);
}

Status Pass::Prepare(Item* item) {
  summary_.counts.files++;
  ReadyFile file;
  Status read = ReadCompleteFile(item->path, options_.read, &file);
  if (!read.ok()) {
    std::error_code ec;
    item->kind = fs::exists(item->path, ec) ? Item::Kind::kFailed : Item::Kind::kGone;
    if (item->kind == Item::Kind::kGone) summary_.counts.files--;
    item->outcome = Result<Processed>(read);
    return Status::Ok();
  }
  item->identity = file.identity;
  if (file.readiness != Readiness::kReady) {
    item->kind = Item::Kind::kWaiting;
    item->readiness = file.readiness;
    item->note = std::string("still being written (") + ReadinessName(file.readiness) + ")";
    return Status::Ok();
  }
  item->sha = Sha256Hex(file.bytes);
  Result<bool> known = db_->HasDocument(item->sha);
  if (!known.ok()) return known.status();
  if (known.value()) {
    item->kind = Item::Kind::kDuplicate;
    return Status::Ok();
  }
  Result<std::unique_ptr<Worker>> worker =
      Worker::Start(file.bytes, item->name, rules_, options_.convert, options_.limits, {lock_fd_});
  if (!worker.ok()) return worker.status();
  item->worker = std::move(worker).value();
  item->kind = Item::Kind::kConvert;
  ++running_;
  ++summary_.parsed;
  return Status::Ok();
}

Status Pass::WaitForChildren(std::deque<Item>& window) {
  std::vector<pollfd> fds;
  std::vector<Item*> items;
  Clock::time_point nearest = Clock::now() + std::chrono::milliseconds(500);
  for (Item& item : window) {
    if (item.worker == nullptr) continue;
    fds.push_back(pollfd{item.worker->fd(), POLLIN, 0});
    items.push_back(&item);
    nearest = std::min(nearest, item.worker->deadline());
  }
  if (fds.empty()) return Status::Internal("inbox: waiting with no child running");
  auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(nearest - Clock::now()).count();
  // A signal (stop) interrupts poll; the loop then sees Stopping().
  int n = ::poll(fds.data(), fds.size(), static_cast<int>(std::max<long long>(wait, 0) + 1));
  if (n < 0 && errno != EINTR) return Status::Internal("inbox: poll failed");
  Clock::time_point now = Clock::now();
  for (std::size_t i = 0; i < items.size(); ++i) {
    Item& item = *items[i];
    if (fds[i].revents != 0 && item.worker->ReadAvailable()) {
      item.outcome = item.worker->Finish();
    } else if (now >= item.worker->deadline()) {
      item.outcome = item.worker->Kill();
    } else {
      continue;
    }
    item.worker.reset();
    --running_;
  }
  return Status::Ok();
}

Status Pass::Commit(Item& item) {
  switch (item.kind) {
    case Item::Kind::kGone:
    case Item::Kind::kStopped:
      return Status::Ok();
    case Item::Kind::kWaiting:
      if (allow_retry_ && item.readiness == Readiness::kRecentlyModified) {
        retry_.push_back(item.name);
        youngest_retry_ns_ = std::max(youngest_retry_ns_, item.identity ? item.identity->mtime_ns : 0);
        summary_.counts.files--;  // counted when looked at again
        return Status::Ok();
      }
      summary_.counts.waiting++;
      if (summary_.run_id != 0) log_->File("waiting", item.name, item.note);
      return Status::Ok();
    case Item::Kind::kDuplicate:
      if (Status s = EnsureRun(); !s.ok()) return s;
      summary_.counts.duplicates++;
      return Archive(item, "duplicate", "");
    case Item::Kind::kFailed:
    case Item::Kind::kConvert:
      break;
  }
  if (Status s = EnsureRun(); !s.ok()) return s;
  Result<Processed>& outcome = *item.outcome;
  if (!outcome.ok()) return Quarantine(item, outcome.status().reason());
  return CommitDocument(item, outcome.value());
}

Status Pass::CommitDocument(Item& item, const Processed& processed) {
  KillPoint("before-commit");
  // The same bytes under an earlier name of this pass, converted at the
  // same time by another child: the first one in name order was stored.
  Result<bool> known = db_->HasDocument(item.sha);
  if (!known.ok()) return known.status();
  if (known.value()) {
    summary_.counts.duplicates++;
    return Archive(item, "duplicate", "");
  }
  Result<DocumentVersion> stored = db_->AddDocumentVersion(summary_.run_id, processed.extraction,
                                                           processed.document_json);
  // The database failed: the run stops, the file stays in the inbox.
  if (!stored.ok()) return stored.status();
  KillPoint("after-commit");
  RunCounts& c = summary_.counts;
  c.loaded++;
  for (const Record& r : processed.extraction.records) (r.type == RecordType::kCheck ? c.checks : c.records)++;
  // A partial success (a page not read, a text layer replaced) is loaded and
  // said on the file's line, so nobody mistakes it for a clean read.
  const std::vector<std::string>& warnings = processed.extraction.document.warnings;
  std::string warned;
  if (!warnings.empty()) {
    summary_.loaded_with_warnings++;
    warned = std::to_string(warnings.size()) + (warnings.size() == 1 ? " warning: " : " warnings: ");
    for (std::size_t i = 0; i < warnings.size(); ++i) warned += (i > 0 ? "; " : "") + warnings[i];
  }
  const DocumentVersion& v = stored.value();
  if (v.version == 1) return Archive(item, "loaded", warned);
  c.new_versions++;
  std::string note = "version " + std::to_string(v.version) + " of the report";
  if (v.supersedes) note += ", supersedes document " + std::to_string(*v.supersedes);
  if (v.superseded_by) note += ", older than document " + std::to_string(*v.superseded_by) + " (kept, not current)";
  if (!warned.empty()) note += "; " + warned;
  return Archive(item, "version", note);
}

bool Pass::Unchanged(const Item& item) {
  if (!item.identity) return true;  // never read: nothing to compare
  Result<FileIdentity> now = IdentityOf(item.path);
  return now.ok() && now.value() == *item.identity;
}

Status Pass::Archive(Item& item, const std::string& what, const std::string& detail) {
  if (!Unchanged(item)) {
    // Rewritten since it was read: what was read is stored; the new bytes
    // are for the next pass.
    log_->File(what, item.name, (detail.empty() ? "" : detail + "; ") +
                                    std::string("changed since it was read, left in the inbox for the next run"));
    return Status::Ok();
  }
  Result<std::string> moved = mover_.Archive(item.path);
  if (!moved.ok()) return moved.status();
  log_->File(what, item.name, detail);
  return Status::Ok();
}

Status Pass::Quarantine(Item& item, const std::string& reason) {
  if (!Unchanged(item)) {
    log_->File("waiting", item.name, "changed since it was read");
    summary_.counts.waiting++;
    return Status::Ok();
  }
  KillPoint("before-quarantine");
  if (Status s = db_->AddQuarantine(summary_.run_id, item.name, item.sha, reason); !s.ok()) return s;
  KillPoint("after-quarantine");
  Result<std::string> moved = mover_.Quarantine(item.path, reason);
  if (!moved.ok()) return moved.status();
  summary_.counts.quarantined++;
  summary_.quarantine_reasons[reason]++;
  log_->File("quarantined", item.name, reason);
  return Status::Ok();
}

}  // namespace

bool IsIgnoredName(const std::string& name) {
  if (name.empty() || name[0] == '.' || name.rfind("~$", 0) == 0) return true;
  for (const char* suffix : {".part", ".crdownload", ".tmp", ".partial", ".download", ".reason.txt", "~"}) {
    if (EndsWith(name, suffix)) return true;
  }
  return false;
}

int DefaultJobs() {
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? static_cast<int>(n) : 1;
}

Result<IngestSummary> RunInboxPass(const IngestOptions& options, const RuleSet& rules, Database* db, int lock_fd,
                                   bool record_empty) {
  Pass pass(options, rules, db, lock_fd);
  return pass.Run(record_empty);
}

Result<IngestSummary> IngestInbox(const IngestOptions& options, const RuleSet& rules, Database* db) {
  std::error_code ec;
  if (!fs::is_directory(options.inbox, ec)) return Status::NotFound("inbox is not a directory: " + options.inbox);
  InboxLock lock;
  if (Status s = lock.Acquire(options.inbox, options.wait_for_lock); !s.ok()) return s;
  return RunInboxPass(options, rules, db, lock.fd(), /*record_empty=*/true);
}

}  // namespace baocao
