// `baocao rollup --period 2024`: one row per commune, columns per topic and
// budget source, totals, and the communes that have not reported
// (desk/rollup.h has the rules).
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "cli/desk_support.h"
#include "desk/rollup_format.h"
#include "desk/rollup.h"
#include "desk/xlsx_export.h"

namespace baocao {
namespace {

struct RollupCommandOptions {
  std::string db = "baocao.db";
  std::string period;
  std::string status = "actual";
  std::string district;
  std::string province;
  std::string format = "table";
  std::string out;
};

int RunRollup(const RollupCommandOptions& o) {
  Result<std::unique_ptr<Database>> db = OpenExistingDatabase(o.db);
  if (!db.ok()) return ReportFailure(db.status());
  RollupOptions options;
  options.period = o.period;
  options.status = o.status;
  if (!o.district.empty()) options.district = o.district;
  if (!o.province.empty()) options.province = o.province;
  Result<Rollup> rollup = ComputeRollup(db.value().get(), options);
  if (!rollup.ok()) return ReportFailure(rollup.status());

  Status s;
  if (o.format == "xlsx") {
    auto write = [&rollup](const std::string& path) { return WriteRollupXlsx(rollup.value(), path); };
    s = o.out.empty() ? WriteBinaryToStdout(write) : WriteFileAtomically(o.out, write);
    if (s.code() == Status::Code::kInvalidInput) {
      std::cerr << "baocao rollup: " << s.reason() << "\n";
      return kExitUsage;
    }
  } else {
    std::ostringstream text;
    if (o.format == "csv") {
      WriteRollupCsv(text, rollup.value());
    } else {
      WriteRollupTable(text, rollup.value());
    }
    if (o.out.empty()) {
      std::cout << text.str();
      std::cout.flush();
      if (!std::cout) s = Status::IoError("cannot write the roll-up");
    } else {
      s = WriteFileAtomically(o.out, [&text](const std::string& tmp) {
        std::ofstream file(tmp, std::ios::binary);
        file << text.str();
        file.close();
        return file ? Status::Ok() : Status::IoError("cannot write " + tmp);
      });
    }
  }
  if (!s.ok()) return ReportFailure(s);
  if (rollup.value().corrections_to_review > 0 && o.format != "table") {
    std::cerr << "baocao rollup: " << rollup.value().corrections_to_review
              << " correction(s) need review (baocao correct --list)\n";
  }
  return kExitOk;
}

}  // namespace

void AddRollupCommand(CLI::App* app, GlobalOptions* global) {
  auto o = std::make_shared<RollupCommandOptions>();
  CLI::App* cmd = app->add_subcommand(
      "rollup", "The district roll-up of one period: one row per commune, classes/participants/women per topic, "
                "budget by source, totals, and the communes that have not reported");
  cmd->add_option("--db", o->db, "SQLite database (default: baocao.db here)");
  cmd->add_option("--period", o->period, "The period, exactly as records state it: 2024, 2025-01/2025-06")
      ->required();
  cmd->add_option("--status", o->status, "actual (default), plan or demand")
      ->check(CLI::IsMember({"actual", "plan", "demand"}));
  cmd->add_option("--district", o->district, "Only the communes of this district (name as stored: \"Sơn Định\")");
  cmd->add_option("--province", o->province, "Only the communes of this province");
  cmd->add_option("--format", o->format, "table (default), csv or xlsx")
      ->check(CLI::IsMember({"table", "csv", "xlsx"}));
  cmd->add_option("--out", o->out, "Write to this file instead of stdout");
  cmd->callback([o, global] { global->exit_code = RunRollup(*o); });
}

}  // namespace baocao
