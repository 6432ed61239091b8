// `baocao reextract [--db FILE] [--all]`: re-run the current rules over the
// stored documents (no original files needed) and replace their records.
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "cli/command.h"
#include "store/database.h"
#include "batch/reextract.h"
#include "util/one_line.h"

namespace baocao {
namespace {

struct ReextractOptions {
  std::string db = "baocao.db";
  bool all = false;
};

int RunReextract(const ReextractOptions& o, const GlobalOptions& global) {
  if (!std::filesystem::exists(o.db)) return ReportFailure(Status::NotFound("no database at " + o.db));
  std::optional<RuleSet> rules = LoadRulesOrReport(global);
  if (!rules) return kExitFailed;
  Result<std::unique_ptr<Database>> db = Database::Open(o.db);
  if (!db.ok()) return ReportFailure(db.status());
  Result<ReextractSummary> s = ReextractAll(db.value().get(), rules.value(), !o.all);
  if (!s.ok()) return ReportFailure(s.status());
  const ReextractSummary& r = s.value();
  std::cout << fmt::format("run {}: re-extracted {} documents with rules {}: {} changed; records {} -> {}\n",
                           r.run_id, r.documents, rules.value().version(), r.changed, r.records_before,
                           r.records_after);
  for (const std::string& f : r.failed) std::cout << "  not re-extracted: " << OneLine(f) << "\n";
  return r.failed.empty() ? kExitOk : kExitQuarantined;
}

}  // namespace

void AddReextractCommand(CLI::App* app, GlobalOptions* global) {
  auto o = std::make_shared<ReextractOptions>();
  CLI::App* cmd = app->add_subcommand(
      "reextract", "Re-run the current rules over every stored document (no original files needed)");
  cmd->add_option("--db", o->db, "SQLite database (default: baocao.db here)");
  cmd->add_flag("--all", o->all, "Also superseded versions (default: current versions only)");
  cmd->callback([o, global] { global->exit_code = RunReextract(*o, *global); });
}

}  // namespace baocao
