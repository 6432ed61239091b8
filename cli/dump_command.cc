// `baocao dump FILE`: the normalised document model as JSON, for people who
// write rules and want to see blocks, table cells and their indexes, and
// where each printed line of a paragraph is (its box and its text).
#include <nlohmann/json.hpp>

#include <iostream>
#include <string>

#include "cli/command.h"
#include "document/document_json.h"
#include "ingest/converter.h"
#include "normalize/normalize_document.h"
#include "util/files.h"

namespace baocao {
namespace {

using Json = nlohmann::ordered_json;

// Adds "says" (its text) to every printed line of every paragraph under `j`:
// the stored form keeps only byte ranges, which people cannot read.
void SpellOutLines(Json& j) {
  if (j.is_array()) {
    for (Json& v : j) SpellOutLines(v);
    return;
  }
  if (!j.is_object()) return;
  auto lines = j.find("lines");
  auto text = j.find("text");
  if (lines != j.end() && lines->is_array() && text != j.end() && text->is_string()) {
    const std::string& t = text->get_ref<const std::string&>();
    for (Json& line : *lines) {
      const Json& at = line["text"];
      const std::size_t begin = at[0].get<std::size_t>(), end = at[1].get<std::size_t>();
      if (begin <= end && end <= t.size()) line["says"] = t.substr(begin, end - begin);
    }
  }
  for (auto& [key, value] : j.items()) {
    if (key != "lines") SpellOutLines(value);
  }
}

int RunDump(const std::string& path) {
  Result<std::string> bytes = ReadFileBytes(path);
  if (!bytes.ok()) return ReportFailure(bytes.status());
  Result<Document> doc = ConvertBytes(bytes.value());
  if (!doc.ok()) return ReportFailure(doc.status());
  normalize::NormalizeDocument(&doc.value());
  Json j = Json::parse(DocumentToJson(doc.value()));
  SpellOutLines(j);
  std::cout << j.dump(1, ' ', false, Json::error_handler_t::replace) << '\n';
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
