#include "app/inbox.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <vector>

#include "app/pipeline.h"
#include "util/files.h"
#include "util/sha256.h"

namespace baocao {
namespace {

namespace fs = std::filesystem;

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Holds an exclusive flock for the life of the object.
class InboxLock {
 public:
  ~InboxLock() {
    if (fd_ >= 0) ::close(fd_);
  }
  Status Acquire(const std::string& path) {
    fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0) return Status::IoError("cannot open lock file " + path);
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
      return Status::Busy("another baocao run is processing this inbox (lock " + path + ")");
    }
    return Status::Ok();
  }

 private:
  int fd_ = -1;
};

void Log(const IngestOptions& options, const std::string& line) {
  if (options.verbose) std::fprintf(stderr, "%s\n", line.c_str());
}

}  // namespace

bool IsIgnoredName(const std::string& name) {
  if (name.empty() || name[0] == '.' || name.rfind("~$", 0) == 0) return true;
  for (const char* suffix : {".part", ".crdownload", ".tmp", ".partial", ".download", ".reason.txt", "~"}) {
    if (EndsWith(name, suffix)) return true;
  }
  return false;
}

Result<IngestSummary> IngestInbox(const IngestOptions& options, const RuleSet& rules, Database* db) {
  auto started = std::chrono::steady_clock::now();
  std::error_code ec;
  if (!fs::is_directory(options.inbox, ec)) return Status::NotFound("inbox is not a directory: " + options.inbox);
  InboxLock lock;
  Status locked = lock.Acquire((fs::path(options.inbox) / ".baocao.lock").string());
  if (!locked.ok()) return locked;

  // Sorted names make runs repeatable: the same inbox loads in the same order.
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(options.inbox, ec)) {
    if (!entry.is_regular_file(ec)) continue;
    if (IsIgnoredName(entry.path().filename().string())) continue;
    files.push_back(entry.path());
  }
  if (ec) return Status::IoError("cannot list inbox " + options.inbox + ": " + ec.message());
  std::sort(files.begin(), files.end());

  Result<std::int64_t> run = db->BeginRun(rules.version());
  if (!run.ok()) return run.status();
  IngestSummary summary;
  summary.run_id = run.value();
  std::string archive = (fs::path(options.inbox) / "archive").string();
  std::string quarantine = (fs::path(options.inbox) / "quarantine").string();

  for (const fs::path& path : files) {
    std::string name = path.filename().string();
    Result<std::string> bytes = ReadFileBytes(path.string());
    std::string sha = bytes.ok() ? Sha256Hex(bytes.value()) : "";
    Status failure;
    if (bytes.ok()) {
      Result<bool> known = db->HasDocument(sha);
      if (!known.ok()) return known.status();
      if (known.value()) {
        Result<std::string> moved = MoveIntoDirectory(path.string(), archive);
        if (!moved.ok()) return moved.status();
        summary.counts.duplicates++;
        Log(options, "duplicate  " + name);
        continue;
      }
      Result<Processed> processed = ProcessBytes(bytes.value(), name, rules, options.convert);
      if (processed.ok()) {
        Result<std::int64_t> id =
            db->AddDocument(summary.run_id, processed.value().extraction, processed.value().document_json);
        if (!id.ok()) return id.status();  // the database failed: stop, the file stays in the inbox
        Result<std::string> moved = MoveIntoDirectory(path.string(), archive);
        if (!moved.ok()) return moved.status();
        summary.counts.loaded++;
        for (const Record& r : processed.value().extraction.records) {
          (r.type == RecordType::kCheck ? summary.counts.checks : summary.counts.records)++;
        }
        Log(options, "loaded     " + name);
        continue;
      }
      failure = processed.status();
    } else {
      failure = bytes.status();
    }
    Status stored = db->AddQuarantine(summary.run_id, name, sha, failure.reason());
    if (!stored.ok()) return stored;
    Result<std::string> moved = MoveIntoDirectory(path.string(), quarantine);
    if (!moved.ok()) return moved.status();
    Status wrote = WriteFileAtomic(moved.value() + ".reason.txt", failure.reason() + "\n");
    if (!wrote.ok()) return wrote;
    summary.counts.quarantined++;
    summary.quarantine_reasons[failure.reason()]++;
    Log(options, "quarantine " + name + ": " + failure.reason());
  }
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  Status finished = db->FinishRun(summary.run_id, summary.counts);
  if (!finished.ok()) return finished;
  return summary;
}

}  // namespace baocao
