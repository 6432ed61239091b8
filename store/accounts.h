// The desk's accounts and sessions, as rows (schema version 5). Persistence
// only: hashing passwords and session tokens is desk/web/auth.h's work; this
// file stores what it is given.
//
//   Result<std::int64_t> id = InsertUser(db, "lan", "analyst", pwhash);
//   Result<std::optional<UserRow>> u = FindUser(db, "lan");
//
// A session row keeps a hash of the cookie's token (never the token itself,
// so a copy of the database opens no session), the account, the CSRF token
// of the session and its expiry. Nothing else about a person is stored.
//
// Thread safety: uses the Database's connection (one thread).
#ifndef BAOCAO_STORE_ACCOUNTS_H_
#define BAOCAO_STORE_ACCOUNTS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"
#include "util/status.h"

namespace baocao {

struct UserRow {
  std::int64_t id = 0;
  std::string name;
  std::string role;           // analyst | clerk | viewer
  std::string password_hash;  // crypto_pwhash_str output
  std::string created;        // ISO 8601 UTC
  bool disabled = false;
};

// InvalidInput when the name is taken.
Result<std::int64_t> InsertUser(Database* db, const std::string& name, const std::string& role,
                                const std::string& password_hash);
// Sets the hash (and enables the account); NotFound for an unknown name.
Status UpdatePassword(Database* db, const std::string& name, const std::string& password_hash);
// Disables the account and ends its sessions; NotFound for an unknown name.
Status DisableUser(Database* db, const std::string& name);
Result<std::optional<UserRow>> FindUser(Database* db, const std::string& name);
Result<std::vector<UserRow>> ListUsers(Database* db);
// How many enabled accounts there are.
Result<int> CountUsers(Database* db);

struct SessionRow {
  std::string token_hash;  // hex
  std::string csrf;
  std::int64_t user_id = 0;
  std::string expires;     // ISO 8601 UTC
};

Status InsertSession(Database* db, const SessionRow& session);
// The session and its (enabled) account, when the session exists and has not
// expired; nullopt otherwise.
Result<std::optional<std::pair<SessionRow, UserRow>>> FindSession(Database* db, const std::string& token_hash);
Status DeleteSession(Database* db, const std::string& token_hash);
// Removes expired sessions.
Status DeleteExpiredSessions(Database* db);

}  // namespace baocao

#endif  // BAOCAO_STORE_ACCOUNTS_H_
