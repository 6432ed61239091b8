// `baocao serve`: the analyst's desk in the browser (desk/web/app.h).
#include <signal.h>

#include <atomic>
#include <iostream>
#include <thread>

#include "batch/inbox.h"
#include "cli/command.h"
#include "cli/config.h"
#include "cli/desk_support.h"
#include "desk/web/app.h"
#include "desk/web/server.h"
#include "store/accounts.h"

namespace baocao {
namespace {

struct ServeOptions {
  std::string db = "baocao.db";
  std::string inbox;
  std::string listen = "127.0.0.1:8080";
  double max_upload_mib = 100;
  bool accounts = false;
};

web::DeskServer* g_server = nullptr;

void StopServer(int) {
  if (g_server != nullptr) g_server->Stop();
}

int RunServe(const ServeOptions& o, const GlobalOptions& global) {
  std::string host;
  int port = 0;
  if (Status s = web::ParseListen(o.listen, &host, &port); !s.ok()) {
    std::cerr << "baocao serve: " << s.reason() << "\n";
    return kExitUsage;
  }
  web::DeskOptions d;
  d.db_path = o.db;
  d.inbox = o.inbox;
  d.require_login = o.accounts || !web::IsLoopback(host);
  d.max_upload_bytes = static_cast<std::uint64_t>(o.max_upload_mib * 1048576.0);
  d.local_user = CurrentUser();
  d.ingest.jobs = 1;  // the desk's "load now" leaves the other core to the people using it
  Result<RuleSet> rules = LoadRules(global);
  if (!rules.ok()) return ReportFailure(rules.status());
  Result<std::unique_ptr<web::DeskApp>> app = web::DeskApp::Create(d, &rules.value());
  if (!app.ok()) return ReportFailure(app.status());
  if (d.require_login) {
    Result<std::unique_ptr<Database>> db = Database::Open(o.db);
    if (!db.ok()) return ReportFailure(db.status());
    Result<int> users = CountUsers(db.value().get());
    if (!users.ok()) return ReportFailure(users.status());
    if (users.value() == 0) {
      std::cerr << "baocao serve: listening on " << host
                << " needs accounts, and there is none: add one first with\n"
                   "  baocao user add NAME --role analyst --db "
                << o.db << "\n";
      return kExitUsage;
    }
  }
  Result<std::unique_ptr<web::DeskServer>> server = web::DeskServer::Bind(app.value().get(), host, port);
  if (!server.ok()) return ReportFailure(server.status());
  if (web::IsLoopback(host)) {
    // Only this server's own names: another web site cannot read its pages
    // through DNS rebinding.
    std::string p = ":" + std::to_string(server.value()->port());
    std::vector<std::string> hosts = {"127.0.0.1" + p, "localhost" + p, "[::1]" + p};
    if (host.rfind("127.", 0) == 0 && host != "127.0.0.1") hosts.push_back(host + p);
    app.value()->set_allowed_hosts(hosts);
  }
  g_server = server.value().get();
  struct sigaction sa {};
  sa.sa_handler = StopServer;
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
  std::string shown_host = host.find(':') != std::string::npos ? "[" + host + "]" : host;
  std::cerr << "baocao serve: http://" << shown_host << ":" << server.value()->port() << "/ ("
            << (d.require_login ? "accounts required" : "no accounts: this machine only") << "; Ctrl-C stops)"
            << std::endl;
  bool ok = server.value()->Run();
  g_server = nullptr;
  return ok ? kExitOk : kExitFailed;
}

}  // namespace

void AddServeCommand(CLI::App* app, GlobalOptions* global) {
  auto o = std::make_shared<ServeOptions>();
  CLI::App* cmd = app->add_subcommand(
      "serve", "The analyst's desk in the browser: inbox, documents, every figure beside its source, corrections "
               "with the keyboard, changes and the roll-up");
  cmd->add_option("--db", o->db, "SQLite database (default: baocao.db here)");
  cmd->add_option("--inbox", o->inbox, "The inbox folder (uploads, quarantine, and the originals in its archive/)");
  cmd->add_option("--listen", o->listen,
                  "HOST:PORT (default 127.0.0.1:8080); any address but loopback requires accounts (baocao user add)");
  cmd->add_option("--max-upload", o->max_upload_mib, "Largest upload in MiB (default 100)");
  cmd->add_flag("--accounts", o->accounts, "Require accounts on loopback too");
  cmd->callback([o, global] { global->exit_code = RunServe(*o, *global); });
}

}  // namespace baocao
