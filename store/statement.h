// A thin RAII wrapper over sqlite3_stmt plus the one place SQLite result codes
// become baocao::Status. Internal to store/.
//
//   Result<Statement> st = Statement::Prepare(db, "SELECT id FROM runs WHERE id = ?");
//   if (!st.ok()) return st.status();
//   st.value().Bind(1, run_id);
//   Result<bool> row = st.value().Step();   // true: a row is ready to read
//   if (!row.ok()) return row.status();
//   if (row.value()) id = st.value().ColumnInt64(0);
//
// Bind errors are remembered and reported by the next Step(), so a chain of
// Bind() calls needs no checks of its own.
//
// Thread safety: a Statement belongs to the connection's thread.
#ifndef BAOCAO_STORE_STATEMENT_H_
#define BAOCAO_STORE_STATEMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "util/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace baocao {

// The Status for a failed SQLite call: "database: <sqlite3_errmsg>", with
// SQLITE_FULL read as "database: disk full" and SQLITE_BUSY/LOCKED as Busy
// (another process holds the write lock longer than busy_timeout).
// REQUIRES: rc is not SQLITE_OK / SQLITE_ROW / SQLITE_DONE.
Status SqliteError(sqlite3* db, int rc);

// Runs SQL without results (may hold several statements).
Status Exec(sqlite3* db, const char* sql);

class Statement {
 public:
  static Result<Statement> Prepare(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Parameters are 1-based, as in SQLite. Text is copied (SQLITE_TRANSIENT).
  void Bind(int index, std::int64_t value);
  void Bind(int index, int value) { Bind(index, static_cast<std::int64_t>(value)); }
  void Bind(int index, bool value) { Bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
  void Bind(int index, double value);
  void Bind(int index, const std::string& value);
  void Bind(int index, const char* value) { Bind(index, std::string(value)); }
  void BindNull(int index);
  // An empty optional binds NULL: unknowns stay NULL in the tables, never 0.
  template <typename T>
  void Bind(int index, const std::optional<T>& value) {
    if (value) {
      Bind(index, *value);
    } else {
      BindNull(index);
    }
  }

  // Advances: true when a row is available, false when done.
  Result<bool> Step();
  // Steps once and requires SQLITE_DONE (INSERT/UPDATE/DELETE).
  Status Run();
  // Clears bindings and rewinds, so the statement can run again.
  void Reset();

  // Columns are 0-based, as in SQLite.
  bool IsNull(int column) const;
  std::int64_t ColumnInt64(int column) const;
  double ColumnDouble(int column) const;
  std::string ColumnText(int column) const;  // "" for NULL
  std::optional<std::int64_t> OptionalInt64(int column) const;
  std::optional<int> OptionalInt(int column) const;
  std::optional<double> OptionalDouble(int column) const;
  std::optional<std::string> OptionalText(int column) const;

 private:
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  void NoteBindResult(int rc);

  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  int bind_error_ = 0;  // first failed sqlite3_bind_* code, 0 when none
};

// A write transaction that rolls back unless Commit() succeeded. SQLite
// may already have rolled back on its own after an I/O error or SQLITE_FULL;
// then there is nothing left to undo and the destructor does nothing.
class Transaction {
 public:
  explicit Transaction(sqlite3* db) : db_(db) {}
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  // BEGIN IMMEDIATE: takes the write lock now, so reads inside the
  // transaction (is this sha256 stored?) cannot go stale before the write.
  Status Begin();
  // BEGIN DEFERRED: a consistent snapshot for reads; under WAL a writer may
  // go on committing meanwhile without disturbing it.
  Status BeginRead();
  Status Commit();

 private:
  sqlite3* db_;
  bool active_ = false;
};

}  // namespace baocao

#endif  // BAOCAO_STORE_STATEMENT_H_
