#include "store/schema.h"

#include <sqlite3.h>

#include <string>

#include "store/statement.h"
#include "store/views.h"

namespace baocao {
namespace {

// Version 1. Conventions: unknown values are NULL, never 0; times are UTC ISO
// 8601 text ("2026-11-23T20:51:00Z"); every child row cascades with its
// document so a document can be removed (or re-run) as a unit.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  started TEXT NOT NULL,
  finished TEXT,
  rules_version TEXT,
  loaded INTEGER NOT NULL DEFAULT 0,
  duplicates INTEGER NOT NULL DEFAULT 0,
  quarantined INTEGER NOT NULL DEFAULT 0,
  records INTEGER NOT NULL DEFAULT 0,
  checks INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  sha256 TEXT UNIQUE NOT NULL,
  file TEXT NOT NULL,
  format TEXT NOT NULL,
  pages INTEGER,
  ocr INTEGER NOT NULL,
  ocr_confidence REAL,
  doc_type TEXT NOT NULL,
  ref TEXT,
  issued TEXT,
  title TEXT,
  issuer TEXT,
  commune TEXT,
  district TEXT,
  province TEXT,
  run_id INTEGER REFERENCES runs(id),
  loaded_at TEXT NOT NULL,
  rules_version TEXT,
  -- The normalised document, so rules can be re-run without the file.
  normalized_json TEXT
);

CREATE TABLE records (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,  -- 0-based position in the document; check refs use it
  type TEXT NOT NULL,
  status TEXT,
  period TEXT,
  topic TEXT,
  label TEXT,
  organizer TEXT,
  classes INTEGER,
  participants INTEGER,
  female INTEGER,
  cost_vnd INTEGER,
  audience TEXT,
  location TEXT,
  commune TEXT,
  approx INTEGER NOT NULL DEFAULT 0,
  category TEXT,
  amount_vnd INTEGER,
  value REAL,
  unit TEXT,
  "of" REAL,
  severity TEXT,
  message TEXT,
  rule TEXT,
  UNIQUE (document_id, ordinal)
);

CREATE TABLE provenance (
  record_id INTEGER PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
  page INTEGER,
  block INTEGER NOT NULL,
  "row" INTEGER,
  text TEXT NOT NULL
);

-- A check's refs: ordinals of records of the same document, in the order the
-- check listed them (position).
CREATE TABLE check_refs (
  check_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  ref_ordinal INTEGER NOT NULL,
  PRIMARY KEY (check_id, position)
);

CREATE TABLE quarantine (
  id INTEGER PRIMARY KEY,
  run_id INTEGER REFERENCES runs(id),
  file TEXT NOT NULL,
  sha256 TEXT,
  reason TEXT NOT NULL,
  at TEXT NOT NULL
);

CREATE INDEX records_document ON records(document_id);
CREATE INDEX documents_sha256 ON documents(sha256);
)sql";

// Version 2: versions of a report, and the run's full account.
//
// A corrected report supersedes the one it corrects; both stay. A family of
// versions shares `lineage` (the id of its first document); `version` counts
// 1, 2, 3 in load order within the family; the current one has
// superseded_by NULL, the others point at the document that replaced them.
// `period`, `sender` and `version_key` are what store/versions.cc matches
// on. Documents of version 1 get them from Database::Open (computed from
// their records, which SQL alone cannot do).
//
// runs gains the counts the run summary prints; quarantine_reasons is a JSON
// object {reason: files}; status is ok | quarantined | failed | stopped, NULL
// while the run is going on or when it was killed.
constexpr const char* kVersion2 = R"sql(
ALTER TABLE documents ADD COLUMN period TEXT;
ALTER TABLE documents ADD COLUMN sender TEXT;
ALTER TABLE documents ADD COLUMN version_key TEXT;
ALTER TABLE documents ADD COLUMN lineage INTEGER REFERENCES documents(id);
ALTER TABLE documents ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE documents ADD COLUMN supersedes_id INTEGER REFERENCES documents(id);
ALTER TABLE documents ADD COLUMN superseded_by INTEGER REFERENCES documents(id);

CREATE INDEX documents_version_key ON documents(version_key);
CREATE INDEX documents_file ON documents(file);
CREATE INDEX documents_lineage ON documents(lineage);

CREATE VIEW current_documents AS
  SELECT * FROM documents WHERE superseded_by IS NULL;

ALTER TABLE runs ADD COLUMN files INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN new_versions INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN waiting INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN quarantine_reasons TEXT;
ALTER TABLE runs ADD COLUMN seconds REAL;
ALTER TABLE runs ADD COLUMN jobs INTEGER;
ALTER TABLE runs ADD COLUMN status TEXT;
ALTER TABLE runs ADD COLUMN error TEXT;

CREATE INDEX quarantine_sha256 ON quarantine(sha256);
)sql";

// Version 4: what an in-place re-extraction replaced (store/extraction_history.h).
//
// `baocao reextract` deletes a document's records and writes the new ones.
// Before it does, when the result differs, the replaced extraction is kept
// here as the contract's JSON Lines (the document line, then the records):
// run_id is the re-extraction that replaced it, since_run_id the run that
// had written it (the document's loading run, or the previous re-extraction
// that changed it), rules_version the rules that had produced it.
constexpr const char* kVersion4 = R"sql(
CREATE TABLE replaced_extractions (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  since_run_id INTEGER REFERENCES runs(id),
  rules_version TEXT,
  jsonl TEXT NOT NULL
);
CREATE INDEX replaced_extractions_document ON replaced_extractions(document_id, run_id);
)sql";

// Version 5: the record schema's provenance additions and document warnings.
// source.col is the table column of a table figure; source.box its region on
// the page, as JSON [x0, y0, x1, y1] in PDF points; documents.warnings the
// one-line warnings of a partial success, as a JSON list. The views follow
// from the record schema (store/views.h: SyncViews).
constexpr const char* kVersion5 = R"sql(
ALTER TABLE provenance ADD COLUMN col INTEGER;
ALTER TABLE provenance ADD COLUMN box TEXT;
ALTER TABLE documents ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]';
)sql";

// Version 6: the accounts of `baocao serve` (store/accounts.h). A password is
// kept only as libsodium's crypto_pwhash_str string, a session only as the
// hash of its cookie token; role is analyst | clerk | viewer.
constexpr const char* kVersion6 = R"sql(
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  name TEXT UNIQUE NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('analyst', 'clerk', 'viewer')),
  password_hash TEXT NOT NULL,
  created TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  csrf TEXT NOT NULL,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created TEXT NOT NULL,
  expires TEXT NOT NULL
);
)sql";

// Version 7: the analyst's corrections of a document's metadata (commune,
// issuer, doc_type, ref, issued, title, district, province; see
// desk/document_corrections.h). Anchored to the document row itself: a
// re-extraction keeps the row, and a new version of the report is a new
// document whose metadata the analyst looks at again. As with record
// corrections nothing is updated or deleted: a newer row for the same field
// replaces the older one and an undo row cancels it, so the table is the
// audit trail. extracted_value is the document's value when the correction
// was made (to notice a re-extraction that changes it), corrected_value the
// value to use (NULL: unknown); note may be empty (why is optional here).
constexpr const char* kVersion7 = R"sql(
CREATE TABLE document_corrections (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  action TEXT NOT NULL CHECK (action IN ('set', 'undo')),
  field TEXT NOT NULL,
  extracted_value TEXT,
  corrected_value TEXT,
  note TEXT NOT NULL,
  author TEXT NOT NULL,
  created TEXT NOT NULL
);
CREATE INDEX document_corrections_document ON document_corrections(document_id, field);
)sql";

constexpr Migration kMigrations[] = {
    {1, kVersion1},
    {2, kVersion2},
    {3, kAnalystDeskMigrationSql},  // corrections and the analyst's views (store/views.h)
    {4, kVersion4},
    {5, kVersion5},
    {6, kVersion6},  // accounts of `baocao serve` (store/accounts.h)
    {7, kVersion7},  // corrections of document metadata
};

Status NewerThanUs(int found, int latest) {
  return Status::Unsupported("database schema version " + std::to_string(found) +
                             " is newer than this baocao (" + std::to_string(latest) +
                             "); upgrade baocao");
}

}  // namespace

std::span<const Migration> Migrations() { return kMigrations; }

int LatestSchemaVersion() { return Migrations().back().version; }

Result<int> ReadSchemaVersion(sqlite3* db) {
  Result<Statement> st = Statement::Prepare(db, "PRAGMA user_version");
  if (!st.ok()) return st.status();
  Result<bool> row = st.value().Step();
  if (!row.ok()) return row.status();
  if (!row.value()) return Status::Internal("database: PRAGMA user_version returned no row");
  return static_cast<int>(st.value().ColumnInt64(0));
}

Status Migrate(sqlite3* db) { return MigrateWith(db, Migrations()); }

Status MigrateWith(sqlite3* db, std::span<const Migration> steps) {
  int latest = steps.empty() ? 0 : steps.back().version;
  // Fast path without the write lock: opening an up-to-date database (the
  // usual case, e.g. `baocao export` during a run) must not wait for writers.
  Result<int> current = ReadSchemaVersion(db);
  if (!current.ok()) return current.status();
  if (current.value() == latest) return Status::Ok();
  // IMMEDIATE takes the write lock before reading the version, so two
  // processes opening an old database cannot both migrate it.
  Transaction txn(db);
  if (Status s = txn.Begin(); !s.ok()) return s;
  Result<int> version = ReadSchemaVersion(db);
  if (!version.ok()) return version.status();
  if (version.value() > latest) return NewerThanUs(version.value(), latest);
  if (version.value() == latest) return Status::Ok();  // rolls back the empty transaction
  for (const Migration& step : steps) {
    if (step.version <= version.value()) continue;
    if (Status s = Exec(db, step.sql); !s.ok()) return s;
  }
  // PRAGMA takes no parameters; the value is our own integer.
  std::string set_version = "PRAGMA user_version = " + std::to_string(latest);
  if (Status s = Exec(db, set_version.c_str()); !s.ok()) return s;
  return txn.Commit();
}

}  // namespace baocao
