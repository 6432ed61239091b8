// The inbox: `baocao ingest` (one pass) and `baocao watch` (a pass whenever
// files arrive) both run RunInboxPass; only what triggers a pass differs.
//
// A pass, over the complete files of the inbox in name order (sub-folders,
// symbolic links, dot files and temporary names such as "~$x.docx",
// "*.part", "*.crdownload" are left alone):
//   1. a file still being written (open for writing, or modified less than
//      settle_seconds ago; util/stable_file.h) is left for a later pass;
//   2. the file is read and hashed (sha256); bytes already in the database
//      -> archived as a duplicate, whatever the name, and never parsed;
//   3. otherwise a child process converts and extracts it under a time and
//      memory limit (batch/worker.h), up to `jobs` children at once;
//   4. the parent alone writes the database, in name order whatever order
//      the children finish in, so --jobs N stores exactly what --jobs 1
//      does: a document's records in ONE transaction (with its link to the
//      earlier versions of the same report), THEN its file moves to
//      archive/; a failure (the converter's reason, "timeout",
//      "crashed: signal 11", "out of memory") is recorded, then the file
//      moves to quarantine/ with NAME.reason.txt.
// Files are never modified or deleted. Killed at any point (kill -9, power
// cut), the next pass resumes with nothing lost or stored twice: a file
// still in the inbox whose bytes are stored is archived as a duplicate; a
// half-done move is finished (batch/inbox_mover.h).
//
// One run at a time: IngestInbox holds the inbox lock (batch/inbox_lock.h).
#ifndef BAOCAO_BATCH_INBOX_H_
#define BAOCAO_BATCH_INBOX_H_

#include <atomic>
#include <map>
#include <string>

#include "batch/run_log.h"
#include "batch/worker.h"
#include "extractors/rules.h"
#include "ingest/converter.h"
#include "store/database.h"
#include "util/stable_file.h"
#include "util/status.h"

namespace baocao {

struct IngestOptions {
  std::string inbox;
  ConvertOptions convert;
  // Time and memory per document (defaults 600 s, 1 GiB).
  WorkerLimits limits;
  // Children converting at once; 0: the number of cores.
  int jobs = 0;
  // settle_seconds: how long a file must be left unmodified before it is
  // read (default 5 s); max_bytes: larger files are quarantined unread.
  ReadOptions read;
  // When another run holds the inbox lock: fail with Busy (false) or wait.
  bool wait_for_lock = false;
  // Where the run's lines and progress go; null: nowhere.
  RunLog* log = nullptr;
  // Set from a signal handler to stop: running children are killed (their
  // files stay in the inbox), what is done is committed, the run ends
  // "stopped". May be null.
  const std::atomic<bool>* stop = nullptr;
  // Kept for callers of the first version; RunLog decides what is printed.
  bool verbose = false;
};

struct IngestSummary {
  std::int64_t run_id = 0;  // 0: nothing to do and no run recorded (watch)
  RunCounts counts;
  std::map<std::string, int> quarantine_reasons;  // reason -> files
  double seconds = 0;
  int jobs = 1;
  std::string status;  // ok | quarantined | stopped
  int parsed = 0;                  // documents handed to a child (the rest were not parsed)
  int loaded_with_warnings = 0;    // loaded, but the converter noted a partial failure (a page not read, ...)
  long parent_peak_kib = 0;        // peak resident memory of this process so far
  long worker_peak_kib = 0;        // of the largest child so far
};

// Takes the inbox lock (Busy when held, or waits with wait_for_lock) and
// runs one pass, recorded as a run even when the inbox is empty. A non-OK
// Status means the run itself failed (lock held, database or inbox
// unusable); files that fail are quarantined and counted, not errors. A run
// that fails after it began is stored with status "failed" and its error.
Result<IngestSummary> IngestInbox(const IngestOptions& options, const RuleSet& rules, Database* db);

// One pass. REQUIRES: the caller holds the inbox lock; `lock_fd` is its
// descriptor (closed in the children). With `record_empty` false, a pass
// that finds no file records no run (run_id 0).
Result<IngestSummary> RunInboxPass(const IngestOptions& options, const RuleSet& rules, Database* db,
                                   int lock_fd, bool record_empty);

// True for names the inbox must not touch (temporary, hidden, our own files).
bool IsIgnoredName(const std::string& name);

// The number of children when jobs is 0: the cores online.
int DefaultJobs();

}  // namespace baocao

#endif  // BAOCAO_BATCH_INBOX_H_
