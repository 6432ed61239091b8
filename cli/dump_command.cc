// `baocao dump FILE`: the normalised document model as JSON, for people who
// write rules and want to see blocks, table cells and their indexes.
#include <iostream>

#include "cli/command.h"
#include "document/document_json.h"
#include "ingest/converter.h"
#include "normalize/normalize_document.h"
#include "util/files.h"

namespace baocao {
namespace {

int RunDump(const std::string& path) {
  Result<std::string> bytes = ReadFileBytes(path);
  if (!bytes.ok()) return ReportFailure(bytes.status());
  Result<Document> doc = ConvertBytes(bytes.value());
  if (!doc.ok()) return ReportFailure(doc.status());
  normalize::NormalizeDocument(&doc.value());
  std::cout << DocumentToJson(doc.value(), /*pretty=*/true) << '\n';
  return kExitOk;
}

}  // namespace

void AddDumpCommand(CLI::App* app, GlobalOptions* global) {
  auto file = std::make_shared<std::string>();
  CLI::App* cmd = app->add_subcommand("dump", "Print the normalised document model of FILE as JSON (for rule writers)");
  cmd->add_option("file", *file, "Report file")->required()->check(CLI::ExistingFile);
  cmd->callback([file, global] { global->exit_code = RunDump(*file); });
}

}  // namespace baocao
