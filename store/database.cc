#include "store/database.h"

#include <sqlite3.h>

#include <utility>

#include "store/schema.h"
#include "store/statement.h"

namespace baocao {
namespace {

// UTC, second precision, "2026-11-23T20:51:00Z". Taken from SQLite's clock
// so every timestamp of the store comes from one place.
constexpr const char* kNow = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')";

// Connection settings, applied on every open (they are per connection).
//
// synchronous=FULL, not NORMAL: in WAL mode NORMAL skips the fsync of the WAL
// at commit, so a power cut can lose the last committed documents although
// AddDocument reported success and the run counted them as loaded; the next
// run would then load them again under different ids and the report of the
// earlier run would be wrong. FULL costs one fsync per document, which is
// nothing next to reading and OCR-ing the file.
constexpr const char* kPragmas =
    "PRAGMA journal_mode = WAL;"
    "PRAGMA synchronous = FULL;"
    "PRAGMA foreign_keys = ON;";

// How long a writer waits for another process's write lock before giving up
// with Busy: long enough for any single document's transaction.
constexpr int kBusyTimeoutMs = 5000;

Status InsertRecord(sqlite3* db, Statement& insert, Statement& provenance,
                    Statement& check_ref, std::int64_t document_id, int ordinal,
                    const Record& r) {
  insert.Reset();
  int i = 0;
  insert.Bind(++i, document_id);
  insert.Bind(++i, ordinal);
  insert.Bind(++i, RecordTypeName(r.type));
  insert.Bind(++i, r.status);
  insert.Bind(++i, r.period);
  insert.Bind(++i, r.topic);
  insert.Bind(++i, r.label);
  insert.Bind(++i, r.organizer);
  insert.Bind(++i, r.classes);
  insert.Bind(++i, r.participants);
  insert.Bind(++i, r.female);
  insert.Bind(++i, r.cost_vnd);
  insert.Bind(++i, r.audience);
  insert.Bind(++i, r.location);
  insert.Bind(++i, r.commune);
  insert.Bind(++i, r.approx);
  insert.Bind(++i, r.category);
  insert.Bind(++i, r.amount_vnd);
  insert.Bind(++i, r.value);
  insert.Bind(++i, r.unit);
  insert.Bind(++i, r.of);
  // severity and message belong to checks; other records keep them NULL.
  if (r.type == RecordType::kCheck) {
    insert.Bind(++i, r.severity);
    insert.Bind(++i, r.message);
  } else {
    insert.BindNull(++i);
    insert.BindNull(++i);
  }
  insert.Bind(++i, r.rule);
  if (Status s = insert.Run(); !s.ok()) return s;
  std::int64_t record_id = sqlite3_last_insert_rowid(db);

  provenance.Reset();
  provenance.Bind(1, record_id);
  provenance.Bind(2, r.source.page);
  provenance.Bind(3, r.source.block);
  provenance.Bind(4, r.source.row);
  provenance.Bind(5, r.source.text);
  if (Status s = provenance.Run(); !s.ok()) return s;

  for (std::size_t position = 0; position < r.refs.size(); ++position) {
    check_ref.Reset();
    check_ref.Bind(1, record_id);
    check_ref.Bind(2, static_cast<std::int64_t>(position));
    check_ref.Bind(3, r.refs[position]);
    if (Status s = check_ref.Run(); !s.ok()) return s;
  }
  return Status::Ok();
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
  if (Status s = Exec(raw, kPragmas); !s.ok()) return s;
  if (Status s = Migrate(raw); !s.ok()) return s;
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

Status Database::FinishRun(std::int64_t run_id, const RunCounts& counts) {
  Result<Statement> st = Statement::Prepare(
      db_, std::string("UPDATE runs SET finished = ") + kNow +
               ", loaded = ?, duplicates = ?, quarantined = ?, records = ?, checks = ?"
               " WHERE id = ?");
  if (!st.ok()) return st.status();
  Statement& update = st.value();
  update.Bind(1, counts.loaded);
  update.Bind(2, counts.duplicates);
  update.Bind(3, counts.quarantined);
  update.Bind(4, counts.records);
  update.Bind(5, counts.checks);
  update.Bind(6, run_id);
  if (Status s = update.Run(); !s.ok()) return s;
  if (sqlite3_changes(db_) == 0) return Status::NotFound("database: no run " + std::to_string(run_id));
  return Status::Ok();
}

Result<std::vector<RunInfo>> Database::Runs() {
  Result<Statement> st = Statement::Prepare(
      db_,
      "SELECT id, started, finished, rules_version, loaded, duplicates, quarantined, records,"
      " checks FROM runs ORDER BY id");
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
  const DocumentInfo& d = extraction.document;
  // Prepared before the transaction: a typo in SQL is then not a write
  // failure, and the loop below reuses each statement for every record.
  Result<Statement> insert_document = Statement::Prepare(
      db_, std::string("INSERT INTO documents (sha256, file, format, pages, ocr, ocr_confidence,"
                       " doc_type, ref, issued, title, issuer, commune, district, province,"
                       " run_id, loaded_at, rules_version, normalized_json)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ") +
               kNow + ", ?, ?)");
  if (!insert_document.ok()) return insert_document.status();
  Result<Statement> insert_record = Statement::Prepare(
      db_,
      "INSERT INTO records (document_id, ordinal, type, status, period, topic, label, organizer,"
      " classes, participants, female, cost_vnd, audience, location, commune, approx, category,"
      " amount_vnd, value, unit, \"of\", severity, message, rule)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!insert_record.ok()) return insert_record.status();
  Result<Statement> insert_provenance = Statement::Prepare(
      db_, "INSERT INTO provenance (record_id, page, block, \"row\", text) VALUES (?, ?, ?, ?, ?)");
  if (!insert_provenance.ok()) return insert_provenance.status();
  Result<Statement> insert_ref = Statement::Prepare(
      db_, "INSERT INTO check_refs (check_id, position, ref_ordinal) VALUES (?, ?, ?)");
  if (!insert_ref.ok()) return insert_ref.status();

  // Everything below is one transaction: on any failure the destructor rolls
  // back and no row of this document remains.
  Transaction txn(db_);
  if (Status s = txn.Begin(); !s.ok()) return s;

  // Checked inside the write lock, so two processes cannot both pass it.
  Result<bool> present = HasDocument(d.sha256);
  if (!present.ok()) return present.status();
  if (present.value()) return Status::InvalidInput("already loaded: " + d.sha256.substr(0, 12));

  Statement& doc = insert_document.value();
  int i = 0;
  doc.Bind(++i, d.sha256);
  doc.Bind(++i, d.file);
  doc.Bind(++i, d.format);
  doc.Bind(++i, d.pages);
  doc.Bind(++i, d.ocr);
  doc.Bind(++i, d.ocr_confidence);
  doc.Bind(++i, d.doc_type);
  doc.Bind(++i, d.ref);
  doc.Bind(++i, d.issued);
  doc.Bind(++i, d.title);
  doc.Bind(++i, d.issuer);
  doc.Bind(++i, d.commune);
  doc.Bind(++i, d.district);
  doc.Bind(++i, d.province);
  doc.Bind(++i, run_id);
  doc.Bind(++i, extraction.rules_version);
  doc.Bind(++i, document_json);
  if (Status s = doc.Run(); !s.ok()) return s;
  std::int64_t document_id = sqlite3_last_insert_rowid(db_);

  for (std::size_t ordinal = 0; ordinal < extraction.records.size(); ++ordinal) {
    Status s = InsertRecord(db_, insert_record.value(), insert_provenance.value(),
                            insert_ref.value(), document_id, static_cast<int>(ordinal),
                            extraction.records[ordinal]);
    if (!s.ok()) return s;
  }
  if (Status s = txn.Commit(); !s.ok()) return s;
  return document_id;
}

Status Database::AddQuarantine(std::int64_t run_id, const std::string& file,
                               const std::string& sha256, const std::string& reason) {
  Result<Statement> st = Statement::Prepare(
      db_, std::string("INSERT INTO quarantine (run_id, file, sha256, reason, at)"
                       " VALUES (?, ?, ?, ?, ") + kNow + ")");
  if (!st.ok()) return st.status();
  Statement& insert = st.value();
  insert.Bind(1, run_id);
  insert.Bind(2, file);
  if (sha256.empty()) {
    insert.BindNull(3);
  } else {
    insert.Bind(3, sha256);
  }
  insert.Bind(4, reason);
  return insert.Run();
}

}  // namespace baocao
