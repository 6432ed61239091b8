#include "desk/web/auth.h"

#include <sodium.h>

#include <ctime>

#include "store/accounts.h"

namespace baocao::web {
namespace {

std::string Hex(const unsigned char* bytes, std::size_t n) {
  std::string out(n * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), bytes, n);
  out.pop_back();
  return out;
}

std::string TokenHash(const std::string& token) {
  unsigned char hash[32];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(token.data()), token.size(),
                     nullptr, 0);
  return Hex(hash, sizeof hash);
}

Result<std::string> HashPassword(const std::string& password) {
  if (password.size() < kMinPasswordLength) {
    return Status::InvalidInput("the password must have at least " + std::to_string(kMinPasswordLength) +
                                " characters");
  }
  if (!InitCrypto()) return Status::Internal("libsodium could not be initialised");
  char hash[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(hash, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    return Status::Internal("out of memory hashing the password");
  }
  return std::string(hash);
}

bool ValidName(const std::string& name) {
  if (name.empty() || name.size() > 64) return false;
  for (unsigned char c : name) {
    if (c < 0x21 || c == 0x7F || c == '"' || c == '\'' || c == '<' || c == '>' || c == '&') return false;
  }
  return true;
}

std::string ExpiryIn(int hours) {
  std::time_t t = std::time(nullptr) + static_cast<std::time_t>(hours) * 3600;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace

const char* RoleName(Role role) {
  switch (role) {
    case Role::kViewer: return "viewer";
    case Role::kClerk: return "clerk";
    case Role::kAnalyst: return "analyst";
  }
  return "viewer";
}

std::optional<Role> ParseRole(const std::string& name) {
  if (name == "analyst") return Role::kAnalyst;
  if (name == "clerk") return Role::kClerk;
  if (name == "viewer") return Role::kViewer;
  return std::nullopt;
}

bool InitCrypto() {
  static const bool ok = sodium_init() >= 0;
  return ok;
}

Result<std::int64_t> AddAccount(Database* db, const std::string& name, Role role, const std::string& password) {
  if (!ValidName(name)) {
    return Status::InvalidInput("an account name is 1 to 64 printable characters without spaces, quotes or <>&");
  }
  Result<std::string> hash = HashPassword(password);
  if (!hash.ok()) return hash.status();
  return InsertUser(db, name, RoleName(role), hash.value());
}

Status SetPassword(Database* db, const std::string& name, const std::string& password) {
  Result<std::string> hash = HashPassword(password);
  if (!hash.ok()) return hash.status();
  return UpdatePassword(db, name, hash.value());
}

Result<std::optional<Session>> LogIn(Database* db, const std::string& name, const std::string& password) {
  if (!InitCrypto()) return Status::Internal("libsodium could not be initialised");
  Result<std::optional<UserRow>> user = FindUser(db, name);
  if (!user.ok()) return user.status();
  bool ok = user.value() && !user.value()->disabled &&
            crypto_pwhash_str_verify(user.value()->password_hash.c_str(), password.data(), password.size()) == 0;
  if (!ok) return std::optional<Session>();
  Session s;
  s.token = RandomToken();
  s.csrf = RandomToken();
  s.user = user.value()->name;
  s.role = ParseRole(user.value()->role).value_or(Role::kViewer);
  SessionRow row;
  row.token_hash = TokenHash(s.token);
  row.csrf = s.csrf;
  row.user_id = user.value()->id;
  row.expires = ExpiryIn(kSessionHours);
  if (Status st = DeleteExpiredSessions(db); !st.ok()) return st;
  if (Status st = InsertSession(db, row); !st.ok()) return st;
  return std::optional<Session>(s);
}

Result<std::optional<Session>> FindSessionByToken(Database* db, const std::string& token) {
  if (token.size() != 64) return std::optional<Session>();
  Result<std::optional<std::pair<SessionRow, UserRow>>> found = FindSession(db, TokenHash(token));
  if (!found.ok()) return found.status();
  if (!found.value()) return std::optional<Session>();
  Session s;
  s.csrf = found.value()->first.csrf;
  s.user = found.value()->second.name;
  s.role = ParseRole(found.value()->second.role).value_or(Role::kViewer);
  return std::optional<Session>(s);
}

Status LogOut(Database* db, const std::string& token) { return DeleteSession(db, TokenHash(token)); }

std::string RandomToken() {
  InitCrypto();
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  return Hex(bytes, sizeof bytes);
}

bool SameToken(const std::string& a, const std::string& b) {
  if (a.empty() || a.size() != b.size()) return false;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

bool LoginThrottle::Blocked(const std::string& key, std::chrono::steady_clock::time_point now) {
  auto it = counts_.find(key);
  if (it == counts_.end()) return false;
  if (now - it->second.first >= window_) {
    counts_.erase(it);
    return false;
  }
  return it->second.failures >= max_failures_;
}

void LoginThrottle::Note(const std::string& key, std::chrono::steady_clock::time_point now) {
  Count& c = counts_[key];
  if (c.failures == 0 || now - c.first >= window_) {
    c.failures = 0;
    c.first = now;
  }
  ++c.failures;
}

bool LoginThrottle::Allowed(const std::string& address, const std::string& name) {
  std::lock_guard<std::mutex> lock(mu_);
  auto now = std::chrono::steady_clock::now();
  bool blocked_address = Blocked("a:" + address, now);
  bool blocked_name = Blocked("n:" + name, now);
  return !blocked_address && !blocked_name;
}

void LoginThrottle::Failed(const std::string& address, const std::string& name) {
  std::lock_guard<std::mutex> lock(mu_);
  auto now = std::chrono::steady_clock::now();
  Note("a:" + address, now);
  Note("n:" + name, now);
  if (counts_.size() > 10000) counts_.clear();  // a flood of names must not grow memory without bound
}

void LoginThrottle::Succeeded(const std::string& address, const std::string& name) {
  std::lock_guard<std::mutex> lock(mu_);
  counts_.erase("a:" + address);
  counts_.erase("n:" + name);
}

}  // namespace baocao::web
