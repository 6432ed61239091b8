// `baocao rules check [DIR]`: loads the rules of DIR (default: --rules or
// the installed rules/) exactly as every other command does and prints what
// is wrong, one "FILE:LINE: reason" line each, or "rules OK: N rules in M
// files, version V". Exit 0 when they load, 1 when not: an analyst tests an
// edit with it before the next run (docs/rules.md).
#include <iostream>

#include "cli/command.h"
#include "pipeline/pipeline.h"
#include "util/one_line.h"

namespace baocao {
namespace {

struct RulesCheckOptions {
  std::string dir;
};

int RunRulesCheck(const RulesCheckOptions& o, const GlobalOptions& global) {
  const std::string dir =
      !o.dir.empty() ? o.dir : (global.rules_dir.empty() ? DefaultRulesDirectory() : global.rules_dir);
  std::vector<std::string> findings;
  Result<RuleSet> rules = RuleSet::LoadDirectory(dir, &findings);
  if (rules.ok()) {
    std::cout << "rules OK: " << rules.value().rule_count() << " rules in " << rules.value().file_count()
              << " files, version " << rules.value().version() << "\n";
    return kExitOk;
  }
  if (findings.empty()) return ReportFailure(rules.status());  // no directory, no *.rules files
  for (const std::string& f : findings) std::cout << OneLine(f) << "\n";
  std::cout << "rules NOT OK: " << findings.size() << (findings.size() == 1 ? " problem" : " problems")
            << " in " << OneLine(dir) << "\n";
  return kExitFailed;
}

}  // namespace

void AddRulesCommand(CLI::App* app, GlobalOptions* global) {
  CLI::App* rules = app->add_subcommand("rules", "Work with the extraction rules (rules/*.rules)");
  rules->require_subcommand(1);
  auto o = std::make_shared<RulesCheckOptions>();
  CLI::App* check = rules->add_subcommand(
      "check", "Check the rules of DIR as every command loads them: prints each problem as FILE:LINE: reason");
  check->add_option("dir", o->dir, "Rules directory (default: --rules, $BAOCAO_RULES or the installed rules/)");
  check->callback([o, global] { global->exit_code = RunRulesCheck(*o, *global); });
}

}  // namespace baocao
