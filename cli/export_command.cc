// `baocao export [--db FILE] --format jsonl|csv|xlsx [--as-extracted]`:
// every stored record, by default as the analyst corrected it.
#include <filesystem>
#include <iostream>

#include "desk/export.h"
#include "cli/command.h"
#include "cli/desk_support.h"
#include "store/database.h"
#include "desk/xlsx_export.h"

namespace baocao {
namespace {

struct ExportOptions {
  std::string db = "baocao.db";
  std::string format = "jsonl";
  bool all_versions = false;
  bool as_extracted = false;  // jsonl, csv: the stored extraction, corrections not applied
  std::string out;  // xlsx: the file to write (else stdout, when not a terminal)
};

int RunExport(const ExportOptions& o) {
  if (o.as_extracted && o.format == "xlsx") {
    // The workbook is the analyst's hand-off; the raw extraction is jsonl/csv.
    std::cerr << "baocao export: --as-extracted is for --format jsonl or csv\n";
    return kExitUsage;
  }
  if (!std::filesystem::exists(o.db)) return ReportFailure(Status::NotFound("no database at " + o.db));
  Result<std::unique_ptr<Database>> db = Database::Open(o.db);
  if (!db.ok()) return ReportFailure(db.status());
  if (o.format == "xlsx") {
    // The analyst's workbook: current versions, corrections applied (desk/xlsx_export.h).
    auto write = [&db](const std::string& path) { return ExportXlsx(db.value().get(), path); };
    Status x = o.out.empty() ? WriteBinaryToStdout(write) : WriteFileAtomically(o.out, write);
    return x.ok() ? kExitOk : ReportFailure(x);
  }
  Versions which = o.all_versions ? Versions::kAll : Versions::kCurrent;
  Values values = o.as_extracted ? Values::kAsExtracted : Values::kCorrected;
  Status s = o.format == "csv" ? ExportCsv(db.value().get(), std::cout, which, values)
                               : ExportJsonl(db.value().get(), std::cout, which, values);
  std::cout.flush();
  return s.ok() ? kExitOk : ReportFailure(s);
}

}  // namespace

void AddExportCommand(CLI::App* app, GlobalOptions* global) {
  auto o = std::make_shared<ExportOptions>();
  CLI::App* cmd = app->add_subcommand(
      "export", "Print every stored record as the analyst corrected it (--as-extracted: as stored)");
  cmd->footer(
      "Corrections (baocao correct) apply to every format: a corrected field carries the corrected value, also "
      "while the correction is flagged for review; a rejected record is left out; undone corrections no longer "
      "count. Checks are not re-run on corrected values: a check stays unless the check itself was rejected; in "
      "jsonl its refs are renumbered to the records printed, and refs to rejected records are dropped. jsonl keeps "
      "the record contract's fields and order.");
  cmd->add_option("--db", o->db, "SQLite database (default: baocao.db here)");
  cmd->add_option("--format", o->format, "jsonl (the record contract, same fields), csv or xlsx")
      ->check(CLI::IsMember({"jsonl", "csv", "xlsx"}));
  cmd->add_flag("--as-extracted", o->as_extracted,
                "jsonl, csv: the extraction as stored, without corrections (what `baocao extract` printed)");
  cmd->add_option("--out", o->out, "xlsx: the workbook to write (one sheet per record type, corrections applied)");
  cmd->add_flag("--all-versions", o->all_versions,
                "Also the superseded versions of corrected reports (default: the current version of each)");
  cmd->callback([o, global] { global->exit_code = RunExport(*o); });
}

}  // namespace baocao
