// Accounts of `baocao serve`: password hashing with libsodium's Argon2id
// (crypto_pwhash_str), session tokens, CSRF tokens, roles and the login
// throttle. The rows themselves are store/accounts.h.
//
//   Result<std::int64_t> id = AddAccount(db, "lan", Role::kAnalyst, "mật khẩu dài");
//   Result<std::optional<Session>> s = LogIn(db, "lan", password);   // new session
//   Result<std::optional<Session>> again = FindSessionByToken(db, s->token);
//
// A session's cookie holds a random 256-bit token; the database keeps only
// its BLAKE2b hash, so a copy of the database opens no session. Each session
// has its own CSRF token that every change must carry.
//
// Thread safety: the functions use the Database's connection (one thread);
// LoginThrottle is thread-safe.
#ifndef BAOCAO_DESK_WEB_AUTH_H_
#define BAOCAO_DESK_WEB_AUTH_H_

#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "store/database.h"
#include "util/status.h"

namespace baocao::web {

// What an account may do. A viewer reads; a clerk also works the inbox
// (upload, try again, load now); an analyst also corrects.
enum class Role { kViewer, kClerk, kAnalyst };
const char* RoleName(Role role);
// "analyst" | "clerk" | "viewer"; nullopt otherwise.
std::optional<Role> ParseRole(const std::string& name);

// libsodium must be initialised once; false when it cannot be (no entropy).
bool InitCrypto();

// Passwords shorter than this are refused.
inline constexpr std::size_t kMinPasswordLength = 8;

// Hashes and stores a new account. InvalidInput for a name that is empty,
// longer than 64 bytes or not printable, a password shorter than
// kMinPasswordLength, or a name already taken.
Result<std::int64_t> AddAccount(Database* db, const std::string& name, Role role, const std::string& password);
// Sets a new password (and re-enables the account).
Status SetPassword(Database* db, const std::string& name, const std::string& password);

struct Session {
  std::string token;  // the cookie's value (only in LogIn's result)
  std::string csrf;
  std::string user;
  Role role = Role::kViewer;
};

// How long a session lasts.
inline constexpr int kSessionHours = 12;

// A new session when the name and password match an enabled account;
// nullopt when they do not (the same answer whether the name exists or not).
Result<std::optional<Session>> LogIn(Database* db, const std::string& name, const std::string& password);
// The live session of a cookie token; nullopt when unknown or expired.
Result<std::optional<Session>> FindSessionByToken(Database* db, const std::string& token);
Status LogOut(Database* db, const std::string& token);

// A random token: 32 bytes, hex.
std::string RandomToken();
// Compares in constant time.
bool SameToken(const std::string& a, const std::string& b);

// Failed logins counted per client address and per account name: after
// `max_failures` within `window`, further attempts are refused until the
// window has passed since the first of them.
class LoginThrottle {
 public:
  explicit LoginThrottle(int max_failures = 5, std::chrono::seconds window = std::chrono::minutes(5))
      : max_failures_(max_failures), window_(window) {}
  // True when an attempt from `address` for `name` may be made now.
  bool Allowed(const std::string& address, const std::string& name);
  void Failed(const std::string& address, const std::string& name);
  void Succeeded(const std::string& address, const std::string& name);

 private:
  struct Count {
    int failures = 0;
    std::chrono::steady_clock::time_point first;
  };
  bool Blocked(const std::string& key, std::chrono::steady_clock::time_point now);
  void Note(const std::string& key, std::chrono::steady_clock::time_point now);

  std::mutex mu_;
  int max_failures_;
  std::chrono::seconds window_;
  std::map<std::string, Count> counts_;
};

}  // namespace baocao::web

#endif  // BAOCAO_DESK_WEB_AUTH_H_
