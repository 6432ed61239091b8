// The SQLite store: documents (unique by sha256), runs, records with their
// provenance, checks, and the normalised document each came from.
//
//   Result<std::unique_ptr<Database>> db = Database::Open("baocao.db");
//   int64_t run = db->BeginRun("rules-2026.11.1");
//   if (!db->HasDocument(sha)) db->AddDocument(run, extraction, doc_json);
//   db->FinishRun(run, counts);
//
// Schema: versioned with PRAGMA user_version; Open() applies the migrations
// in store/schema.cc in order inside one transaction, so an old database is
// brought forward and a newer one is refused. WAL mode, foreign keys on.
//
// AddDocument() writes a document and all its records in ONE transaction:
// after a crash either every row of the document is there or none is.
//
// Thread safety: one Database per thread; SQLite serialises writers across
// processes.
#ifndef BAOCAO_STORE_DATABASE_H_
#define BAOCAO_STORE_DATABASE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "extractors/record.h"
#include "util/status.h"

struct sqlite3;

namespace baocao {

struct RunCounts {
  int loaded = 0;        // documents stored (new versions included)
  int duplicates = 0;    // bytes already stored: archived, not parsed
  int quarantined = 0;
  int records = 0;       // records stored, checks not included
  int checks = 0;
  // Schema version 2:
  int files = 0;         // complete files the run looked at
  int new_versions = 0;  // loaded documents that are a version of an earlier one
  int waiting = 0;       // files still being written: left for a later run
};

// How a run ended, for the runs table (schema version 2).
struct RunEnd {
  std::string status;  // ok | quarantined | failed | stopped
  double seconds = 0;
  int jobs = 0;
  std::map<std::string, int> quarantine_reasons;  // reason -> files
  std::string error;  // why the run failed, when it did
};

struct RunInfo {
  std::int64_t id = 0;
  std::string started;   // ISO 8601 UTC
  std::string finished;  // empty while running or after a crash
  std::string rules_version;
  RunCounts counts;
  RunEnd end;  // status empty while running or after a crash
};

// Which documents an export covers.
enum class Versions {
  kCurrent,  // the current version of each report (superseded ones left out)
  kAll,      // every stored document, superseded versions included
};

// A stored document's place among the versions of its report
// (store/versions.h has the rules).
struct DocumentVersion {
  std::int64_t id = 0;
  std::string file;
  std::string sha256;
  std::optional<std::string> period;  // derived, see DocumentPeriod()
  std::int64_t lineage = 0;           // id of the first version
  int version = 1;                    // 1, 2, ... in load order
  std::optional<std::int64_t> supersedes;
  std::optional<std::int64_t> superseded_by;  // empty: the current version
};

class Database {
 public:
  // Opens or creates the database at `path` and migrates it. Fails with
  // Unsupported when the file was written by a newer baocao (its schema
  // version is higher than SchemaVersion()), IoError when SQLite refuses.
  static Result<std::unique_ptr<Database>> Open(const std::string& path);

  // For tests only: Open() through the sqlite3_vfs registered under
  // `vfs_name` (the fault-injection VFS of tests/store); an empty name is the
  // default VFS, i.e. Open().
  static Result<std::unique_ptr<Database>> OpenWithVfs(const std::string& path,
                                                       const std::string& vfs_name);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // The schema version this build writes (PRAGMA user_version).
  static int SchemaVersion();

  // Errors from SQLite come back as IoError("database: <sqlite message>"),
  // "database: disk full" for SQLITE_FULL, and Busy when another process
  // held the write lock past the 5 s busy timeout.

  // Starts a run (started = now, UTC) and returns its id.
  Result<std::int64_t> BeginRun(const std::string& rules_version);
  // Stores the counts, how the run ended and finished = now. NotFound for an
  // unknown run.
  Status FinishRun(std::int64_t run_id, const RunCounts& counts, const RunEnd& end = {});
  Result<std::vector<RunInfo>> Runs();

  // True when a document with these bytes is already stored.
  Result<bool> HasDocument(const std::string& sha256);

  // Stores the document, its records and its normalised document (JSON, kept
  // so rules can be re-run without the original file) in one transaction,
  // and links it to the earlier versions of the same report (a corrected
  // report supersedes the one it corrects; store/versions.h). Returns the
  // document id. A sha256 already present is an error (InvalidInput) and
  // writes nothing.
  Result<std::int64_t> AddDocument(std::int64_t run_id, const Extraction& extraction,
                                   const std::string& document_json);
  // The same, returning the document's place among its versions.
  Result<DocumentVersion> AddDocumentVersion(std::int64_t run_id, const Extraction& extraction,
                                             const std::string& document_json);

  // Every stored document's version information, in load order.
  Result<std::vector<DocumentVersion>> DocumentVersions();

  // Records a file that could not be loaded, for the run's account. The
  // sha256 may be empty (the file could not even be read). The same file
  // (name, sha256, reason) quarantined by a run that never finished (killed)
  // is moved to this run rather than listed twice.
  Status AddQuarantine(std::int64_t run_id, const std::string& file,
                       const std::string& sha256, const std::string& reason);

  struct QuarantineEntry {
    std::int64_t run_id = 0;
    std::string file;
    std::string sha256;  // empty when the file could not be read
    std::string reason;
  };
  // The quarantine table in insertion order.
  Result<std::vector<QuarantineEntry>> Quarantined();

  // The extractions as stored (no corrections), in load order (tests use
  // this); all versions by default.
  Result<std::vector<Extraction>> LoadExtractions(Versions which = Versions::kAll);

  sqlite3* handle() { return db_; }

 private:
  explicit Database(sqlite3* db) : db_(db) {}
  sqlite3* db_ = nullptr;
};

}  // namespace baocao

#endif  // BAOCAO_STORE_DATABASE_H_
