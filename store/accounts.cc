#include "store/accounts.h"

#include <sqlite3.h>

#include "store/statement.h"

namespace baocao {
namespace {

constexpr const char* kUserColumns = "id, name, role, password_hash, created, disabled";

UserRow ReadUser(const Statement& st, int first) {
  UserRow u;
  u.id = st.ColumnInt64(first);
  u.name = st.ColumnText(first + 1);
  u.role = st.ColumnText(first + 2);
  u.password_hash = st.ColumnText(first + 3);
  u.created = st.ColumnText(first + 4);
  u.disabled = st.ColumnInt64(first + 5) != 0;
  return u;
}

Status RunOne(Database* db, const std::string& sql, const std::vector<std::string>& args, int* changes = nullptr) {
  Result<Statement> st = Statement::Prepare(db->handle(), sql);
  if (!st.ok()) return st.status();
  for (std::size_t i = 0; i < args.size(); ++i) st.value().Bind(static_cast<int>(i + 1), args[i]);
  if (Status s = st.value().Run(); !s.ok()) return s;
  if (changes != nullptr) *changes = sqlite3_changes(db->handle());
  return Status::Ok();
}

}  // namespace

Result<std::int64_t> InsertUser(Database* db, const std::string& name, const std::string& role,
                                const std::string& password_hash) {
  Result<std::optional<UserRow>> existing = FindUser(db, name);
  if (!existing.ok()) return existing.status();
  if (existing.value()) return Status::InvalidInput("an account named '" + name + "' exists already");
  Status s = RunOne(db,
                    "INSERT INTO users (name, role, password_hash, created, disabled) "
                    "VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 0)",
                    {name, role, password_hash});
  if (!s.ok()) return s;
  return static_cast<std::int64_t>(sqlite3_last_insert_rowid(db->handle()));
}

Status UpdatePassword(Database* db, const std::string& name, const std::string& password_hash) {
  int changes = 0;
  Status s = RunOne(db, "UPDATE users SET password_hash = ?, disabled = 0 WHERE name = ?", {password_hash, name},
                    &changes);
  if (!s.ok()) return s;
  return changes == 0 ? Status::NotFound("no account named '" + name + "'") : Status::Ok();
}

Status DisableUser(Database* db, const std::string& name) {
  int changes = 0;
  Status s = RunOne(db, "UPDATE users SET disabled = 1 WHERE name = ?", {name}, &changes);
  if (!s.ok()) return s;
  if (changes == 0) return Status::NotFound("no account named '" + name + "'");
  return RunOne(db, "DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE name = ?)", {name});
}

Result<std::optional<UserRow>> FindUser(Database* db, const std::string& name) {
  Result<Statement> st =
      Statement::Prepare(db->handle(), std::string("SELECT ") + kUserColumns + " FROM users WHERE name = ?");
  if (!st.ok()) return st.status();
  st.value().Bind(1, name);
  Result<bool> row = st.value().Step();
  if (!row.ok()) return row.status();
  if (!row.value()) return std::optional<UserRow>();
  return std::optional<UserRow>(ReadUser(st.value(), 0));
}

Result<std::vector<UserRow>> ListUsers(Database* db) {
  Result<Statement> st =
      Statement::Prepare(db->handle(), std::string("SELECT ") + kUserColumns + " FROM users ORDER BY name");
  if (!st.ok()) return st.status();
  std::vector<UserRow> out;
  while (true) {
    Result<bool> row = st.value().Step();
    if (!row.ok()) return row.status();
    if (!row.value()) break;
    out.push_back(ReadUser(st.value(), 0));
  }
  return out;
}

Result<int> CountUsers(Database* db) {
  Result<Statement> st = Statement::Prepare(db->handle(), "SELECT COUNT(*) FROM users WHERE disabled = 0");
  if (!st.ok()) return st.status();
  Result<bool> row = st.value().Step();
  if (!row.ok()) return row.status();
  return static_cast<int>(st.value().ColumnInt64(0));
}

Status InsertSession(Database* db, const SessionRow& session) {
  Result<Statement> st = Statement::Prepare(
      db->handle(),
      "INSERT INTO sessions (token_hash, csrf, user_id, created, expires) "
      "VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?)");
  if (!st.ok()) return st.status();
  st.value().Bind(1, session.token_hash);
  st.value().Bind(2, session.csrf);
  st.value().Bind(3, session.user_id);
  st.value().Bind(4, session.expires);
  return st.value().Run();
}

Result<std::optional<std::pair<SessionRow, UserRow>>> FindSession(Database* db, const std::string& token_hash) {
  Result<Statement> st = Statement::Prepare(
      db->handle(),
      "SELECT s.token_hash, s.csrf, s.user_id, s.expires, u.id, u.name, u.role, u.password_hash, u.created, "
      "u.disabled FROM sessions s JOIN users u ON u.id = s.user_id "
      "WHERE s.token_hash = ? AND u.disabled = 0 AND s.expires > strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
  if (!st.ok()) return st.status();
  st.value().Bind(1, token_hash);
  Result<bool> row = st.value().Step();
  if (!row.ok()) return row.status();
  using Found = std::optional<std::pair<SessionRow, UserRow>>;
  if (!row.value()) return Found();
  SessionRow s;
  s.token_hash = st.value().ColumnText(0);
  s.csrf = st.value().ColumnText(1);
  s.user_id = st.value().ColumnInt64(2);
  s.expires = st.value().ColumnText(3);
  return Found(std::make_pair(s, ReadUser(st.value(), 4)));
}

Status DeleteSession(Database* db, const std::string& token_hash) {
  return RunOne(db, "DELETE FROM sessions WHERE token_hash = ?", {token_hash});
}

Status DeleteExpiredSessions(Database* db) {
  return RunOne(db, "DELETE FROM sessions WHERE expires <= strftime('%Y-%m-%dT%H:%M:%SZ', 'now')", {});
}

}  // namespace baocao
