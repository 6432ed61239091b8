// `baocao ingest --inbox DIR [--db FILE]`: one pass over an inbox.
#include <iostream>

#include "app/command.h"
#include "app/inbox.h"
#include "app/table_format.h"
#include "store/database.h"

namespace baocao {
namespace {

struct IngestCommandOptions {
  std::string inbox;
  std::string db = "baocao.db";
  bool verbose = false;
  bool json = false;
};

int RunIngest(const IngestCommandOptions& o, const GlobalOptions& global) {
  Result<RuleSet> rules = LoadRules(global);
  if (!rules.ok()) return ReportFailure(rules.status());
  Result<std::unique_ptr<Database>> db = Database::Open(o.db);
  if (!db.ok()) return ReportFailure(db.status());
  IngestOptions options;
  options.inbox = o.inbox;
  options.verbose = o.verbose;
  Result<IngestSummary> summary = IngestInbox(options, rules.value(), db.value().get());
  if (!summary.ok()) return ReportFailure(summary.status());
  const IngestSummary& s = summary.value();
  std::cout << (o.json ? FormatSummaryJson(s) + "\n" : FormatSummaryText(s, o.db));
  return s.counts.quarantined > 0 ? kExitQuarantined : kExitOk;
}

}  // namespace

void AddIngestCommand(CLI::App* app, GlobalOptions* global) {
  auto o = std::make_shared<IngestCommandOptions>();
  CLI::App* cmd = app->add_subcommand("ingest", "Load every file of an inbox folder into the database");
  cmd->add_option("--inbox", o->inbox, "Inbox folder; loaded files move to archive/, failed ones to quarantine/")
      ->required();
  cmd->add_option("--db", o->db, "SQLite database (default: baocao.db here)");
  cmd->add_flag("-v,--verbose", o->verbose, "One line per file on stderr");
  cmd->add_flag("--json", o->json, "Print the run summary as JSON");
  cmd->callback([o, global] { global->exit_code = RunIngest(*o, *global); });
}

}  // namespace baocao
