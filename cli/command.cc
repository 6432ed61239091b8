#include "cli/command.h"

#include <cstdio>

#include "pipeline/pipeline.h"
#include "util/one_line.h"

namespace baocao {

int ReportFailure(const Status& s) {
  std::fprintf(stderr, "baocao: %s\n", OneLine(s.reason()).c_str());
  return s.code() == Status::Code::kBusy ? kExitBusy : kExitFailed;
}

std::optional<RuleSet> LoadRulesOrReport(const std::string& dir) {
  std::vector<std::string> findings;
  Result<RuleSet> rules = RuleSet::LoadDirectory(dir, &findings);
  if (rules.ok()) return std::move(rules).value();
  if (findings.empty()) {  // no such directory, no *.rules files
    ReportFailure(rules.status());
    return std::nullopt;
  }
  const std::string& reason = rules.status().reason();  // its first line says what, the others are `findings`
  std::fprintf(stderr, "baocao: %s\n", OneLine(reason.substr(0, reason.find('\n'))).c_str());
  for (const std::string& f : findings) std::fprintf(stderr, "%s\n", OneLine(f).c_str());
  return std::nullopt;
}

std::optional<RuleSet> LoadRulesOrReport(const GlobalOptions& global) {
  return LoadRulesOrReport(global.rules_dir.empty() ? DefaultRulesDirectory() : global.rules_dir);
}

}  // namespace baocao
