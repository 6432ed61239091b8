// `baocao export [--db FILE] --format jsonl|csv`: every stored record.
#include <filesystem>
#include <iostream>

#include "app/command.h"
#include "store/database.h"

namespace baocao {
namespace {

struct ExportOptions {
  std::string db = "baocao.db";
  std::string format = "jsonl";
};

int RunExport(const ExportOptions& o) {
  if (!std::filesystem::exists(o.db)) return ReportFailure(Status::NotFound("no database at " + o.db));
  Result<std::unique_ptr<Database>> db = Database::Open(o.db);
  if (!db.ok()) return ReportFailure(db.status());
  Status s = o.format == "csv" ? db.value()->ExportCsv(std::cout) : db.value()->ExportJsonl(std::cout);
  std::cout.flush();
  return s.ok() ? kExitOk : ReportFailure(s);
}

}  // namespace

void AddExportCommand(CLI::App* app, GlobalOptions* global) {
  auto o = std::make_shared<ExportOptions>();
  CLI::App* cmd = app->add_subcommand("export", "Print every stored record");
  cmd->add_option("--db", o->db, "SQLite database (default: baocao.db here)");
  cmd->add_option("--format", o->format, "jsonl (the contract) or csv")->check(CLI::IsMember({"jsonl", "csv"}));
  cmd->callback([o, global] { global->exit_code = RunExport(*o); });
}

}  // namespace baocao
