// `baocao extract FILE... [--format jsonl|table]`: records of files, no database.
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "app/command.h"
#include "app/pipeline.h"
#include "app/table_format.h"
#include "extractors/record_json.h"
#include "util/files.h"

namespace baocao {
namespace {

struct ExtractOptions {
  std::vector<std::string> files;
  std::string format = "jsonl";
};

int RunExtract(const ExtractOptions& options, const GlobalOptions& global) {
  Result<RuleSet> rules = LoadRules(global);
  if (!rules.ok()) return ReportFailure(rules.status());
  int failed = 0;
  for (const std::string& path : options.files) {
    std::string name = std::filesystem::path(path).filename().string();
    Result<std::string> bytes = ReadFileBytes(path);
    Result<Processed> processed =
        bytes.ok() ? ProcessBytes(bytes.value(), name, rules.value()) : Result<Processed>(bytes.status());
    if (!processed.ok()) {
      std::fprintf(stderr, "%s: %s\n", name.c_str(), processed.status().reason().c_str());
      ++failed;
      continue;
    }
    const Extraction& ex = processed.value().extraction;
    if (options.format == "table") {
      std::cout << FormatExtractionTable(ex);
    } else {
      std::cout << DocumentToJsonLine(ex.document) << '\n';
      for (const Record& r : ex.records) std::cout << RecordToJsonLine(r) << '\n';
    }
  }
  std::cout.flush();
  return failed > 0 ? kExitQuarantined : kExitOk;
}

}  // namespace

void AddExtractCommand(CLI::App* app, GlobalOptions* global) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app->add_subcommand("extract", "Print the records of FILEs (no database)");
  cmd->add_option("files", options->files, "Report files")->required()->check(CLI::ExistingFile);
  cmd->add_option("--format", options->format, "jsonl (the contract) or table (for people)")
      ->check(CLI::IsMember({"jsonl", "table"}));
  cmd->callback([options, global] { global->exit_code = RunExtract(*options, *global); });
}

}  // namespace baocao
