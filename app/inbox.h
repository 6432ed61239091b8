// `baocao ingest`: one pass over an inbox folder.
//
// For each complete file in the inbox (sub-folders, dot files and temporary
// names such as "~$x.docx", "*.part", "*.crdownload" are left alone):
//   1. read it and hash it (sha256);
//   2. already in the database  -> moved to archive/ as a duplicate;
//   3. converted and extracted  -> its records are committed in ONE
//      transaction, THEN the file moves to archive/;
//   4. refused by a converter   -> the reason is stored, the file moves to
//      quarantine/ and NAME.reason.txt beside it says why in one line.
// A file is never deleted or modified. A run killed between the commit and
// the move leaves the file in the inbox; the next run finds its sha256 in
// the database and archives it as a duplicate: nothing lost, nothing twice.
//
// One run at a time: an exclusive lock on INBOX/.baocao.lock.
#ifndef BAOCAO_APP_INBOX_H_
#define BAOCAO_APP_INBOX_H_

#include <map>
#include <string>

#include "extractors/rules.h"
#include "ingest/converter.h"
#include "store/database.h"
#include "util/status.h"

namespace baocao {

struct IngestOptions {
  std::string inbox;
  ConvertOptions convert;
  bool verbose = false;  // one line per file on stderr
};

struct IngestSummary {
  std::int64_t run_id = 0;
  RunCounts counts;
  std::map<std::string, int> quarantine_reasons;  // reason -> files
  double seconds = 0;
};

// Processes the inbox once. A non-OK Status means the run itself failed
// (lock held: Status::Busy; database or inbox unusable); a file that fails
// is quarantined and counted, not an error of the run.
Result<IngestSummary> IngestInbox(const IngestOptions& options, const RuleSet& rules, Database* db);

// True for names the inbox must not touch (temporary, hidden, our own files).
bool IsIgnoredName(const std::string& name);

}  // namespace baocao

#endif  // BAOCAO_APP_INBOX_H_
