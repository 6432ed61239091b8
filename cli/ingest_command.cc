// `baocao ingest --inbox DIR`: one pass over an inbox (for cron or a
// systemd timer): exits when every complete file has been loaded, archived
// as a duplicate or quarantined.
#include <iostream>

#include "cli/command.h"
#include "cli/config.h"
#include "batch/inbox.h"
#include "batch/inbox_stop.h"
#include "pipeline/pipeline.h"
#include "batch/run_log.h"
#include "batch/run_log_summary.h"
#include "store/database.h"

namespace baocao {
namespace {

struct IngestCommandOptions {
  SettingsFlags settings;
  bool wait = false;
  bool verbose = false;
  bool json = false;
  std::string progress = "auto";
};

int RunIngest(const IngestCommandOptions& o, const GlobalOptions& global) {
  Result<Settings> settings = ResolveInboxSettings(o.settings, global);
  if (!settings.ok()) {
    ReportFailure(settings.status());
    return kExitUsage;
  }
  const Settings& s = settings.value();
  Result<RuleSet> rules = RuleSet::LoadDirectory(s.rules.empty() ? DefaultRulesDirectory() : s.rules);
  if (!rules.ok()) return ReportFailure(rules.status());
  Result<std::unique_ptr<Database>> db = Database::Open(s.database);
  if (!db.ok()) return ReportFailure(db.status());
  RunLog log;
  if (Status st = log.Open({LogFilePath(s), o.progress, o.verbose, {}}); !st.ok()) return ReportFailure(st);
  IngestOptions options = ToIngestOptions(s);
  options.log = &log;
  options.wait_for_lock = o.wait;
  options.stop = InstallStopHandlers();
  Result<IngestSummary> summary = IngestInbox(options, rules.value(), db.value().get());
  if (!summary.ok()) return ReportFailure(summary.status());
  const IngestSummary& sum = summary.value();
  std::cout << (o.json ? RunSummaryJson(sum, s.database) + "\n" : RunSummaryText(sum, s.database));
  std::cout.flush();
  return sum.counts.quarantined > 0 ? kExitQuarantined : kExitOk;
}

}  // namespace

void AddIngestCommand(CLI::App* app, GlobalOptions* global) {
  auto o = std::make_shared<IngestCommandOptions>();
  CLI::App* cmd = app->add_subcommand(
      "ingest",
      "Load every complete file of an inbox folder into the database, once (for cron or a systemd timer).\n"
      "Exit codes: 0 all loaded, 3 some files quarantined, 1 the run failed, 4 another run holds the inbox.");
  AddSettingsFlags(cmd, &o->settings);
  cmd->add_flag("--wait", o->wait, "When another run holds the inbox, wait for it instead of exiting with 4");
  cmd->add_flag("-v,--verbose", o->verbose, "On a terminal, a line per file above the progress bar");
  cmd->add_flag("--json", o->json, "Print the run summary as one JSON object");
  cmd->add_option("--progress", o->progress,
                  "stderr: auto (a bar on a terminal, else lines), bar, lines or none")
      ->check(CLI::IsMember({"auto", "bar", "lines", "none"}));
  cmd->callback([o, global] { global->exit_code = RunIngest(*o, *global); });
}

}  // namespace baocao
