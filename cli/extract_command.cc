// `baocao extract FILE... [--format jsonl|table] [--jobs N]`: records of
// files, no database.
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "batch/ordered_runner.h"
#include "cli/command.h"
#include "pipeline/pipeline.h"
#include "cli/table_format.h"
#include "extractors/record_json.h"
#include "util/files.h"
#include "util/one_line.h"

namespace baocao {
namespace {

struct ExtractOptions {
  std::vector<std::string> files;
  std::string format = "jsonl";
  int jobs = 0;  // 0: one per core
};

Result<Processed> ProcessFile(const std::string& path, const RuleSet& rules) {
  const std::string name = std::filesystem::path(path).filename().string();
  Result<std::string> bytes = ReadFileBytes(path);
  if (!bytes.ok()) return bytes.status();
  return ProcessBytes(bytes.value(), name, rules);
}

// Prints one file's records, or its one-line reason on stderr. Returns
// whether it was read.
bool Print(const std::string& path, const Result<Processed>& processed, const std::string& format) {
  if (!processed.ok()) {
    const std::string name = std::filesystem::path(path).filename().string();
    std::fprintf(stderr, "%s: %s\n", OneLine(name).c_str(), OneLine(processed.status().reason()).c_str());
    return false;
  }
  const Extraction& ex = processed.value().extraction;
  // Read only in part: said beside the records, so a partial read is never
  // taken for a clean one (the warnings are in the document line too).
  for (const std::string& w : ex.document.warnings) {
    std::fprintf(stderr, "%s: warning: %s\n", OneLine(ex.document.file).c_str(), OneLine(w).c_str());
  }
  if (format == "table") {
    std::cout << FormatExtractionTable(ex);
  } else {
    std::cout << DocumentToJsonLine(ex.document) << '\n';
    for (const Record& r : ex.records) std::cout << RecordToJsonLine(r) << '\n';
  }
  return true;
}

// Files are processed on `jobs` threads and printed in the order given
// (batch/ordered_runner.h), so the output does not depend on --jobs.
int RunExtract(const ExtractOptions& options, const GlobalOptions& global) {
  std::optional<RuleSet> rules = LoadRulesOrReport(global);
  if (!rules) return kExitFailed;
  int failed = 0;
  RunInOrder<Result<Processed>>(
      options.files.size(), options.jobs,
      [&](std::size_t i) { return ProcessFile(options.files[i], rules.value()); },
      [&](std::size_t i, Result<Processed> r) { failed += Print(options.files[i], r, options.format) ? 0 : 1; });
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
  cmd->add_option("--jobs", options->jobs,
                  "Files read at once (default: one per core); the output is the same for any number")
      ->check(CLI::Range(0, 256));
  cmd->callback([options, global] { global->exit_code = RunExtract(*options, *global); });
}

}  // namespace baocao
