// `baocao eval DIR [--verbose]`: precision, recall and F1 of extraction on
// documents that have expected records beside them (see pipeline/eval.h).
#include <iostream>

#include "cli/command.h"
#include "pipeline/eval.h"

namespace baocao {
namespace {

struct EvalOptions {
  std::string dir;
  bool verbose = false;
};

int RunEval(const EvalOptions& o, const GlobalOptions& global) {
  std::optional<RuleSet> rules = LoadRulesOrReport(global);
  if (!rules) return kExitFailed;
  Result<EvalReport> report = EvaluateDirectory(o.dir, rules.value());
  if (!report.ok()) return ReportFailure(report.status());
  std::cout << FormatEvalReport(report.value(), o.verbose);
  return kExitOk;
}

}  // namespace

void AddEvalCommand(CLI::App* app, GlobalOptions* global) {
  auto o = std::make_shared<EvalOptions>();
  CLI::App* cmd = app->add_subcommand(
      "eval", "Score extraction on DIR: every NAME.* with NAME.expected.jsonl beside it (precision, recall, F1)");
  cmd->add_option("dir", o->dir, "Folder of documents and their expected records")->required()->check(CLI::ExistingDirectory);
  cmd->add_flag("-v,--verbose", o->verbose, "List every missed and extra figure and check");
  cmd->callback([o, global] { global->exit_code = RunEval(*o, *global); });
}

}  // namespace baocao
