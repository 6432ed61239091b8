// `baocao user`: the accounts of `baocao serve` (desk/web/auth.h).
#include <termios.h>
#include <unistd.h>

#include <iostream>

#include "cli/command.h"
#include "desk/web/auth.h"
#include "store/accounts.h"

namespace baocao {
namespace {

struct UserOptions {
  std::string db = "baocao.db";
  std::string name;
  std::string role = "analyst";
};

// One line from stdin; not echoed on a terminal.
std::string ReadPassword(const std::string& prompt) {
  bool tty = ::isatty(STDIN_FILENO) == 1;
  termios old {};
  if (tty) {
    std::cerr << prompt << std::flush;
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string line;
  std::getline(std::cin, line);
  if (tty) {
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::cerr << "\n";
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

Result<std::string> NewPassword() {
  std::string a = ReadPassword("password: ");
  if (::isatty(STDIN_FILENO) == 1 && ReadPassword("again: ") != a) {
    return Status::InvalidInput("the two passwords differ");
  }
  return a;
}

int Fail(const Status& s) {
  if (s.code() == Status::Code::kInvalidInput || s.code() == Status::Code::kNotFound) {
    std::cerr << "baocao user: " << s.reason() << "\n";
    return kExitUsage;
  }
  return ReportFailure(s);
}

int RunAdd(const UserOptions& o) {
  std::optional<web::Role> role = web::ParseRole(o.role);
  if (!role) {
    std::cerr << "baocao user add: --role is analyst, clerk or viewer\n";
    return kExitUsage;
  }
  Result<std::unique_ptr<Database>> db = Database::Open(o.db);
  if (!db.ok()) return ReportFailure(db.status());
  Result<std::string> password = NewPassword();
  if (!password.ok()) return Fail(password.status());
  Result<std::int64_t> id = web::AddAccount(db.value().get(), o.name, *role, password.value());
  if (!id.ok()) return Fail(id.status());
  std::cout << "account " << o.name << " (" << o.role << ") added\n";
  return kExitOk;
}

int RunPassword(const UserOptions& o) {
  Result<std::unique_ptr<Database>> db = Database::Open(o.db);
  if (!db.ok()) return ReportFailure(db.status());
  Result<std::string> password = NewPassword();
  if (!password.ok()) return Fail(password.status());
  if (Status s = web::SetPassword(db.value().get(), o.name, password.value()); !s.ok()) return Fail(s);
  std::cout << "password of " << o.name << " changed\n";
  return kExitOk;
}

int RunDisable(const UserOptions& o) {
  Result<std::unique_ptr<Database>> db = Database::Open(o.db);
  if (!db.ok()) return ReportFailure(db.status());
  if (Status s = DisableUser(db.value().get(), o.name); !s.ok()) return Fail(s);
  std::cout << "account " << o.name << " disabled and logged out\n";
  return kExitOk;
}

int RunList(const UserOptions& o) {
  Result<std::unique_ptr<Database>> db = Database::Open(o.db);
  if (!db.ok()) return ReportFailure(db.status());
  Result<std::vector<UserRow>> users = ListUsers(db.value().get());
  if (!users.ok()) return ReportFailure(users.status());
  for (const UserRow& u : users.value()) {
    std::cout << u.name << "\t" << u.role << "\t" << u.created << (u.disabled ? "\tdisabled" : "") << "\n";
  }
  return kExitOk;
}

}  // namespace

void AddUserCommand(CLI::App* app, GlobalOptions* global) {
  auto o = std::make_shared<UserOptions>();
  CLI::App* cmd = app->add_subcommand("user", "Accounts of `baocao serve` (needed for any address but loopback)");
  cmd->require_subcommand(1);
  CLI::App* add = cmd->add_subcommand("add", "Add an account; the password is read from stdin (not echoed)");
  add->add_option("NAME", o->name, "Account name")->required();
  add->add_option("--role", o->role, "analyst (corrects), clerk (works the inbox) or viewer (reads); default analyst");
  add->add_option("--db", o->db, "SQLite database (default: baocao.db here)");
  add->callback([o, global] { global->exit_code = RunAdd(*o); });
  CLI::App* pw = cmd->add_subcommand("password", "Set a new password (read from stdin)");
  pw->add_option("NAME", o->name, "Account name")->required();
  pw->add_option("--db", o->db, "SQLite database (default: baocao.db here)");
  pw->callback([o, global] { global->exit_code = RunPassword(*o); });
  CLI::App* dis = cmd->add_subcommand("disable", "Disable an account and end its sessions");
  dis->add_option("NAME", o->name, "Account name")->required();
  dis->add_option("--db", o->db, "SQLite database (default: baocao.db here)");
  dis->callback([o, global] { global->exit_code = RunDisable(*o); });
  CLI::App* list = cmd->add_subcommand("list", "List the accounts");
  list->add_option("--db", o->db, "SQLite database (default: baocao.db here)");
  list->callback([o, global] { global->exit_code = RunList(*o); });
}

}  // namespace baocao
