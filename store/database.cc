#include "store/database.h"

#include <sqlite3.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <utility>

#include "extractors/record_schema.h"
#include "store/document_row.h"
#include "store/record_rows.h"
#include "store/schema.h"
#include "store/statement.h"
#include "store/versions.h"
#include "store/views.h"

namespace baocao {
namespace {

// UTC, second precision, "2026-11-23T20:51:00Z". Taken from SQLite's clock
// so every timestamp of the store comes from one place.
constexpr const char* kNow = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')";

// "?, ?, …" for the document line's columns.
std::string DocumentPlaceholders() {
  std::string out;
  for (std::size_t i = 0; i < DocumentFields().size(); ++i) out += i == 0 ? "?" : ", ?";
  return out;
}

// Connection settings, applied on every open (they are per connection).
//
// synchronous=FULL, not NORMAL: in WAL mode NORMAL skips the fsync of the WAL
// at commit, so a power cut can lose the last committed documents although
// AddDocument reported success and the run counted them as loaded; the next
// run would then load them again under different ids and the report of the
// earlier run would be wrong. FULL costs one fsync per document, which is
// nothing next to reading and OCR-ing the file.
constexpr const char* kPragmas =
    "PRAGMA synchronous = FULL;"
    "PRAGMA foreign_keys = ON;";

// How long a writer waits for another process's write lock before giving up
// with Busy: long enough for any single document's transaction.
constexpr int kBusyTimeoutMs = 5000;

// Switches the database to WAL, waiting for other openers as a write would.
//
// Why a loop: changing the journal mode needs the database to itself, and
// SQLite answers SQLITE_BUSY at once, without the busy handler, when another
// connection holds it for a moment. Two runs opening a new database together
// (two `baocao ingest --wait` started by cron and by hand) then failed with
// "database is locked" although neither was writing anything yet.
Status EnableWal(sqlite3* db) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kBusyTimeoutMs);
  while (true) {
    // The pragma answers with the mode now in force; a database that cannot
    // be WAL (in memory) keeps its own, as before.
    Result<Statement> st = Statement::Prepare(db, "PRAGMA journal_mode = WAL");
    if (!st.ok()) return st.status();
    Result<bool> row = st.value().Step();
    if (row.ok()) return Status::Ok();
    if (row.status().code() != Status::Code::kBusy || std::chrono::steady_clock::now() >= deadline) {
      return row.status();
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}


}  // namespace

Result<std::unique_ptr<Database>> Database::Open(const std::string& path) {
  return OpenWithVfs(path, "");
}

Result<std::unique_ptr<Database>> Database::OpenWithVfs(const std::string& path,
                                                        const std::string& vfs_name) {
  sqlite3* raw = nullptr;
  // NOMUTEX: one Database per thread (see the header), so SQLite's own
  // per-connection mutex would only cost time.
  int rc = sqlite3_open_v2(path.c_str(), &raw,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                           vfs_name.empty() ? nullptr : vfs_name.c_str());
  // sqlite3_open_v2 returns a handle even on failure; owning it at once
  // closes it on every path.
  std::unique_ptr<Database> db(new Database(raw));
  if (raw == nullptr) return Status::IoError("database: out of memory opening " + path);
  if (rc != SQLITE_OK) {
    return Status::IoError("database: cannot open " + path + ": " + sqlite3_errmsg(raw));
  }
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, kBusyTimeoutMs);

  // Refuse a newer database before touching it: even switching its journal
  // mode would be a write this build has no business making.
  Result<int> version = ReadSchemaVersion(raw);
  if (!version.ok()) return version.status();
  if (version.value() > SchemaVersion()) {
    return Status::Unsupported("database schema version " + std::to_string(version.value()) +
                               " is newer than this baocao (" +
                               std::to_string(SchemaVersion()) + "); upgrade baocao");
  }
  // PRAGMAs that change the journal or foreign keys are no-ops inside a
  // transaction, so they come before the migration's.
  if (Status s = EnableWal(raw); !s.ok()) return s;
  if (Status s = Exec(raw, kPragmas); !s.ok()) return s;
  if (Status s = Migrate(raw); !s.ok()) return s;
  if (Status s = SyncViews(raw); !s.ok()) return s;
  // Documents of schema version 1 have no versions yet: give them theirs.
  if (Status s = BackfillVersions(raw); !s.ok()) return s;
  return db;
}

Database::~Database() { sqlite3_close_v2(db_); }

int Database::SchemaVersion() { return LatestSchemaVersion(); }

Result<std::int64_t> Database::BeginRun(const std::string& rules_version) {
  Result<Statement> st = Statement::Prepare(
      db_, std::string("INSERT INTO runs (started, rules_version) VALUES (") + kNow + ", ?)");
  if (!st.ok()) return st.status();
  st.value().Bind(1, rules_version);
  if (Status s = st.value().Run(); !s.ok()) return s;
  return static_cast<std::int64_t>(sqlite3_last_insert_rowid(db_));
}

Status Database::FinishRun(std::int64_t run_id, const RunCounts& counts, const RunEnd& end) {
  Result<Statement> st = Statement::Prepare(
      db_, std::string("UPDATE runs SET finished = ") + kNow +
               ", loaded = ?, duplicates = ?, quarantined = ?, records = ?, checks = ?,"
               " files = ?, new_versions = ?, waiting = ?, quarantine_reasons = ?, seconds = ?,"
               " jobs = ?, status = ?, error = ? WHERE id = ?");
  if (!st.ok()) return st.status();
  Statement& update = st.value();
  int i = 0;
  update.Bind(++i, counts.loaded);
  update.Bind(++i, counts.duplicates);
  update.Bind(++i, counts.quarantined);
  update.Bind(++i, counts.records);
  update.Bind(++i, counts.checks);
  update.Bind(++i, counts.files);
  update.Bind(++i, counts.new_versions);
  update.Bind(++i, counts.waiting);
  update.Bind(++i, nlohmann::json(end.quarantine_reasons).dump());
  update.Bind(++i, end.seconds);
  update.Bind(++i, end.jobs);
  if (end.status.empty()) {
    update.BindNull(++i);
  } else {
    update.Bind(++i, end.status);
  }
  if (end.error.empty()) {
    update.BindNull(++i);
  } else {
    update.Bind(++i, end.error);
  }
  update.Bind(++i, run_id);
  if (Status s = update.Run(); !s.ok()) return s;
  if (sqlite3_changes(db_) == 0) return Status::NotFound("database: no run " + std::to_string(run_id));
  return Status::Ok();
}

Result<std::vector<RunInfo>> Database::Runs() {
  Result<Statement> st = Statement::Prepare(
      db_,
      "SELECT id, started, finished, rules_version, loaded, duplicates, quarantined, records,"
      " checks, files, new_versions, waiting, quarantine_reasons, seconds, jobs, status, error"
      " FROM runs ORDER BY id");
  if (!st.ok()) return st.status();
  Statement& select = st.value();
  std::vector<RunInfo> runs;
  while (true) {
    Result<bool> row = select.Step();
    if (!row.ok()) return row.status();
    if (!row.value()) break;
    RunInfo run;
    run.id = select.ColumnInt64(0);
    run.started = select.ColumnText(1);
    run.finished = select.ColumnText(2);
    run.rules_version = select.ColumnText(3);
    run.counts.loaded = static_cast<int>(select.ColumnInt64(4));
    run.counts.duplicates = static_cast<int>(select.ColumnInt64(5));
    run.counts.quarantined = static_cast<int>(select.ColumnInt64(6));
    run.counts.records = static_cast<int>(select.ColumnInt64(7));
    run.counts.checks = static_cast<int>(select.ColumnInt64(8));
    run.counts.files = static_cast<int>(select.ColumnInt64(9));
    run.counts.new_versions = static_cast<int>(select.ColumnInt64(10));
    run.counts.waiting = static_cast<int>(select.ColumnInt64(11));
    nlohmann::json reasons = nlohmann::json::parse(select.ColumnText(12), nullptr, /*allow_exceptions=*/false);
    if (reasons.is_object()) {
      for (const auto& [reason, n] : reasons.items()) {
        if (n.is_number_integer()) run.end.quarantine_reasons[reason] = n.get<int>();
      }
    }
    run.end.seconds = select.ColumnDouble(13);
    run.end.jobs = static_cast<int>(select.ColumnInt64(14));
    run.end.status = select.ColumnText(15);
    run.end.error = select.ColumnText(16);
    runs.push_back(std::move(run));
  }
  return runs;
}

Result<bool> Database::HasDocument(const std::string& sha256) {
  Result<Statement> st = Statement::Prepare(db_, "SELECT 1 FROM documents WHERE sha256 = ?");
  if (!st.ok()) return st.status();
  st.value().Bind(1, sha256);
  return st.value().Step();
}

Result<std::int64_t> Database::AddDocument(std::int64_t run_id, const Extraction& extraction,
                                           const std::string& document_json) {
  Result<DocumentVersion> stored = AddDocumentVersion(run_id, extraction, document_json);
  if (!stored.ok()) return stored.status();
  return stored.value().id;
}

Result<DocumentVersion> Database::AddDocumentVersion(std::int64_t run_id, const Extraction& extraction,
                                                     const std::string& document_json) {
  const DocumentInfo& d = extraction.document;
  // Prepared before the transaction: a typo in SQL is then not a write
  // failure, and the loop below reuses each statement for every record.
  Result<Statement> insert_document = Statement::Prepare(
      db_, "INSERT INTO documents (" + DocumentInfoColumns() + ", run_id, loaded_at, rules_version, normalized_json)"
           " VALUES (" + DocumentPlaceholders() + ", ?, " + kNow + ", ?, ?)");
  if (!insert_document.ok()) return insert_document.status();
  Result<RecordRows> rows = RecordRows::Prepare(db_);
  if (!rows.ok()) return rows.status();

  // Everything below is one transaction: on any failure the destructor rolls
  // back and no row of this document remains.
  Transaction txn(db_);
  if (Status s = txn.Begin(); !s.ok()) return s;

  // Checked inside the write lock, so two processes cannot both pass it.
  Result<bool> present = HasDocument(d.sha256);
  if (!present.ok()) return present.status();
  if (present.value()) return Status::InvalidInput("already loaded: " + d.sha256.substr(0, 12));

  Statement& doc = insert_document.value();
  int i = BindDocumentInfo(doc, 1, d) - 1;
  doc.Bind(++i, run_id);
  doc.Bind(++i, extraction.rules_version);
  doc.Bind(++i, document_json);
  if (Status s = doc.Run(); !s.ok()) return s;
  std::int64_t document_id = sqlite3_last_insert_rowid(db_);

  for (std::size_t ordinal = 0; ordinal < extraction.records.size(); ++ordinal) {
    Status s = rows.value().Insert(document_id, static_cast<int>(ordinal), extraction.records[ordinal]);
    if (!s.ok()) return s;
  }
  // In the same transaction: a crash cannot leave a new version without its
  // link, nor the old one superseded by a document that is not there.
  std::optional<std::string> period = DocumentPeriod(extraction);
  Result<VersionLink> link = LinkVersion(db_, document_id, d, period);
  if (!link.ok()) return link.status();
  if (Status s = txn.Commit(); !s.ok()) return s;
  DocumentVersion out;
  out.id = document_id;
  out.file = d.file;
  out.sha256 = d.sha256;
  out.period = period;
  out.lineage = link.value().lineage;
  out.version = link.value().version;
  out.supersedes = link.value().supersedes;
  out.superseded_by = link.value().superseded_by;
  return out;
}

Result<std::vector<DocumentVersion>> Database::DocumentVersions() {
  Result<Statement> st = Statement::Prepare(
      db_, "SELECT id, file, sha256, period, lineage, version, supersedes_id, superseded_by"
           " FROM documents ORDER BY id");
  if (!st.ok()) return st.status();
  std::vector<DocumentVersion> out;
  while (true) {
    Result<bool> row = st.value().Step();
    if (!row.ok()) return row.status();
    if (!row.value()) break;
    const Statement& r = st.value();
    DocumentVersion v;
    v.id = r.ColumnInt64(0);
    v.file = r.ColumnText(1);
    v.sha256 = r.ColumnText(2);
    v.period = r.OptionalText(3);
    v.lineage = r.ColumnInt64(4);
    v.version = static_cast<int>(r.ColumnInt64(5));
    v.supersedes = r.OptionalInt64(6);
    v.superseded_by = r.OptionalInt64(7);
    out.push_back(std::move(v));
  }
  return out;
}

Result<std::vector<Database::QuarantineEntry>> Database::Quarantined() {
  Result<Statement> st = Statement::Prepare(db_, "SELECT run_id, file, sha256, reason FROM quarantine ORDER BY id");
  if (!st.ok()) return st.status();
  std::vector<QuarantineEntry> out;
  while (true) {
    Result<bool> row = st.value().Step();
    if (!row.ok()) return row.status();
    if (!row.value()) break;
    QuarantineEntry e;
    e.run_id = st.value().ColumnInt64(0);
    e.file = st.value().ColumnText(1);
    e.sha256 = st.value().ColumnText(2);
    e.reason = st.value().ColumnText(3);
    out.push_back(std::move(e));
  }
  return out;
}

Status Database::AddQuarantine(std::int64_t run_id, const std::string& file,
                               const std::string& sha256, const std::string& reason) {
  std::optional<std::string> sha;
  if (!sha256.empty()) sha = sha256;
  Transaction txn(db_);
  if (Status s = txn.Begin(); !s.ok()) return s;
  // A run killed after recording the file but before moving it: the next
  // run quarantines the same file again; keep one row, under the new run.
  Result<Statement> adopt = Statement::Prepare(
      db_, std::string("UPDATE quarantine SET run_id = ?1, at = ") + kNow +
               " WHERE file = ?2 AND sha256 IS ?3 AND reason = ?4 AND run_id != ?1"
               " AND run_id IN (SELECT id FROM runs WHERE finished IS NULL)");
  if (!adopt.ok()) return adopt.status();
  adopt.value().Bind(1, run_id);
  adopt.value().Bind(2, file);
  adopt.value().Bind(3, sha);
  adopt.value().Bind(4, reason);
  if (Status s = adopt.value().Run(); !s.ok()) return s;
  if (sqlite3_changes(db_) == 0) {
    Result<Statement> st = Statement::Prepare(
        db_, std::string("INSERT INTO quarantine (run_id, file, sha256, reason, at)"
                         " VALUES (?, ?, ?, ?, ") + kNow + ")");
    if (!st.ok()) return st.status();
    Statement& insert = st.value();
    insert.Bind(1, run_id);
    insert.Bind(2, file);
    insert.Bind(3, sha);
    insert.Bind(4, reason);
    if (Status s = insert.Run(); !s.ok()) return s;
  }
  return txn.Commit();
}

}  // namespace baocao
