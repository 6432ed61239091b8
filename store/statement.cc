#include "store/statement.h"

#include <sqlite3.h>

#include <utility>

namespace baocao {

Status SqliteError(sqlite3* db, int rc) {
  // The primary code is the low byte; extended codes (SQLITE_IOERR_WRITE,
  // ...) only refine it.
  int primary = rc & 0xff;
  if (primary == SQLITE_FULL) return Status::IoError("database: disk full");
  std::string message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  // sqlite3_errmsg describes the last failed call on the connection; when the
  // failure did not come from one (a bind error kept for later), fall back to
  // the code's own text.
  if (db != nullptr && (sqlite3_extended_errcode(db) & 0xff) != primary) {
    message = sqlite3_errstr(rc);
  }
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
    return Status::Busy("database: " + message);
  }
  return Status::IoError("database: " + message);
}

Status Exec(sqlite3* db, const char* sql) {
  int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return SqliteError(db, rc);
  return Status::Ok();
}

Result<Statement> Statement::Prepare(sqlite3* db, std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt);
    return SqliteError(db, rc);
  }
  return Statement(db, stmt);
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)), bind_error_(other.bind_error_) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    db_ = other.db_;
    stmt_ = std::exchange(other.stmt_, nullptr);
    bind_error_ = other.bind_error_;
  }
  return *this;
}

void Statement::NoteBindResult(int rc) {
  if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
}

void Statement::Bind(int index, std::int64_t value) {
  NoteBindResult(sqlite3_bind_int64(stmt_, index, value));
}

void Statement::Bind(int index, double value) {
  NoteBindResult(sqlite3_bind_double(stmt_, index, value));
}

void Statement::Bind(int index, const std::string& value) {
  NoteBindResult(sqlite3_bind_text64(stmt_, index, value.data(), value.size(),
                                     SQLITE_TRANSIENT, SQLITE_UTF8));
}

void Statement::BindNull(int index) { NoteBindResult(sqlite3_bind_null(stmt_, index)); }

Result<bool> Statement::Step() {
  if (bind_error_ != 0) return SqliteError(db_, bind_error_);
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return SqliteError(db_, rc);
}

Status Statement::Run() {
  Result<bool> row = Step();
  if (!row.ok()) return row.status();
  if (row.value()) return Status::Internal("database: statement returned a row where none was expected");
  return Status::Ok();
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  bind_error_ = 0;
}

bool Statement::IsNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::int64_t Statement::ColumnInt64(int column) const {
  return sqlite3_column_int64(stmt_, column);
}

double Statement::ColumnDouble(int column) const { return sqlite3_column_double(stmt_, column); }

std::string Statement::ColumnText(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return std::string();
  int size = sqlite3_column_bytes(stmt_, column);
  return std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size));
}

std::optional<std::int64_t> Statement::OptionalInt64(int column) const {
  if (IsNull(column)) return std::nullopt;
  return ColumnInt64(column);
}

std::optional<int> Statement::OptionalInt(int column) const {
  if (IsNull(column)) return std::nullopt;
  return static_cast<int>(ColumnInt64(column));
}

std::optional<double> Statement::OptionalDouble(int column) const {
  if (IsNull(column)) return std::nullopt;
  return ColumnDouble(column);
}

std::optional<std::string> Statement::OptionalText(int column) const {
  if (IsNull(column)) return std::nullopt;
  return ColumnText(column);
}

Transaction::~Transaction() {
  if (active_ && sqlite3_get_autocommit(db_) == 0) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }
}

Status Transaction::Begin() {
  Status s = Exec(db_, "BEGIN IMMEDIATE");
  active_ = s.ok();
  return s;
}

Status Transaction::BeginRead() {
  Status s = Exec(db_, "BEGIN DEFERRED");
  active_ = s.ok();
  return s;
}

Status Transaction::Commit() {
  Status s = Exec(db_, "COMMIT");
  if (s.ok()) active_ = false;
  return s;
}

}  // namespace baocao
