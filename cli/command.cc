#include "cli/command.h"

#include <cstdio>

#include "pipeline/pipeline.h"
#include "util/one_line.h"

namespace baocao {

int ReportFailure(const Status& s) {
  std::fprintf(stderr, "baocao: %s\n", OneLine(s.reason()).c_str());
  return s.code() == Status::Code::kBusy ? kExitBusy : kExitFailed;
}

Result<RuleSet> LoadRules(const GlobalOptions& global) {
  return RuleSet::LoadDirectory(global.rules_dir.empty() ? DefaultRulesDirectory() : global.rules_dir);
}

}  // namespace baocao
