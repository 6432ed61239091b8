// `baocao export [--db FILE] --format jsonl|csv`: every stored record.
#include <filesystem>
#include <iostream>

#include "app/command.h"
#include "app/desk_support.h"
#include "store/database.h"
#include "store/xlsx_export.h"

namespace baocao {
namespace {

struct ExportOptions {
  std::string db = "baocao.db";
  std::string format = "jsonl";
  bool all_versions = false;
  std::string out;  // xlsx: the file to write (else stdout, when not a terminal)
};

int RunExport(const ExportOptions& o) {
  if (!std::filesystem::exists(o.db)) return ReportFailure(Status::NotFound("no database at " + o.db));
  Result<std::unique_ptr<Database>> db = Database::Open(o.db);
  if (!db.ok()) return ReportFailure(db.status());
  if (o.format == "xlsx") {
    // The analyst's workbook: current versions, corrections applied (store/xlsx_export.h).
    auto write = [&db](const std::string& path) { return ExportXlsx(db.value().get(), path); };
    Status x = o.out.empty() ? WriteBinaryToStdout(write) : WriteFileAtomically(o.out, write);
    return x.ok() ? kExitOk : ReportFailure(x);
  }
  Versions which = o.all_versions ? Versions::kAll : Versions::kCurrent;
  Status s = o.format == "csv" ? db.value()->ExportCsv(std::cout, which) : db.value()->ExportJsonl(std::cout, which);
  std::cout.flush();
  return s.ok() ? kExitOk : ReportFailure(s);
}

}  // namespace

void AddExportCommand(CLI::App* app, GlobalOptions* global) {
  auto o = std::make_shared<ExportOptions>();
  CLI::App* cmd = app->add_subcommand("export", "Print every stored record");
  cmd->add_option("--db", o->db, "SQLite database (default: baocao.db here)");
  cmd->add_option("--format", o->format, "jsonl (the contract) or csv")->check(CLI::IsMember({"jsonl", "csv", "xlsx"}));
  cmd->add_option("--out", o->out, "xlsx: the workbook to write (one sheet per record type, corrections applied)");
  cmd->add_flag("--all-versions", o->all_versions,
                "Also the superseded versions of corrected reports (default: the current version of each)");
  cmd->callback([o, global] { global->exit_code = RunExport(*o); });
}

}  // namespace baocao
