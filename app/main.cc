// baocao: Vietnamese commune reports -> checked figures with provenance.
//
// Exit codes (the same for every command):
//   0  everything went well
//   1  the run itself failed (rules, database, inbox unusable)
//   2  the command line was wrong
//   3  some files could not be read (extract: printed to stderr;
//      ingest: moved to quarantine/ with a .reason.txt)
//   4  another baocao run holds the inbox lock
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

#include "app/inbox.h"
#include "app/pipeline.h"
#include "app/table_format.h"
#include "document/document_json.h"
#include "extractors/record_json.h"
#include "ingest/converter.h"
#include "normalize/normalize_document.h"
#include "store/database.h"
#include "util/files.h"

namespace {

using namespace baocao;

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitQuarantined = 3;
constexpr int kExitBusy = 4;

int Fail(const Status& s) {
  std::fprintf(stderr, "baocao: %s\n", s.reason().c_str());
  return s.code() == Status::Code::kBusy ? kExitBusy : kExitFailed;
}

Result<RuleSet> LoadRules(const std::string& dir) {
  return RuleSet::LoadDirectory(dir.empty() ? DefaultRulesDirectory() : dir);
}

int RunExtract(const std::vector<std::string>& files, const std::string& format, const std::string& rules_dir) {
  Result<RuleSet> rules = LoadRules(rules_dir);
  if (!rules.ok()) return Fail(rules.status());
  int failed = 0;
  for (const std::string& path : files) {
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
    if (format == "table") {
      std::cout << FormatExtractionTable(ex);
    } else {
      std::cout << DocumentToJsonLine(ex.document) << '\n';
      for (const Record& r : ex.records) std::cout << RecordToJsonLine(r) << '\n';
    }
  }
  std::cout.flush();
  return failed > 0 ? kExitQuarantined : kExitOk;
}

int RunIngest(const std::string& inbox, const std::string& db_path, const std::string& rules_dir,
              bool verbose, bool json) {
  Result<RuleSet> rules = LoadRules(rules_dir);
  if (!rules.ok()) return Fail(rules.status());
  Result<std::unique_ptr<Database>> db = Database::Open(db_path);
  if (!db.ok()) return Fail(db.status());
  IngestOptions options;
  options.inbox = inbox;
  options.verbose = verbose;
  Result<IngestSummary> summary = IngestInbox(options, rules.value(), db.value().get());
  if (!summary.ok()) return Fail(summary.status());
  const IngestSummary& s = summary.value();
  if (json) {
    std::cout << FormatSummaryJson(s) << '\n';
  } else {
    std::cout << FormatSummaryText(s, db_path);
  }
  return s.counts.quarantined > 0 ? kExitQuarantined : kExitOk;
}

int RunExport(const std::string& db_path, const std::string& format) {
  if (!std::filesystem::exists(db_path)) return Fail(Status::NotFound("no database at " + db_path));
  Result<std::unique_ptr<Database>> db = Database::Open(db_path);
  if (!db.ok()) return Fail(db.status());
  Status s = format == "csv" ? db.value()->ExportCsv(std::cout) : db.value()->ExportJsonl(std::cout);
  std::cout.flush();
  return s.ok() ? kExitOk : Fail(s);
}

int RunDump(const std::string& path) {
  Result<std::string> bytes = ReadFileBytes(path);
  if (!bytes.ok()) return Fail(bytes.status());
  Result<Document> doc = ConvertBytes(bytes.value());
  if (!doc.ok()) return Fail(doc.status());
  normalize::NormalizeDocument(&doc.value());
  std::cout << DocumentToJson(doc.value(), /*pretty=*/true) << '\n';
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"baocao: turns Vietnamese commune reports (DOCX) into checked figures with provenance.\n"
               "Exit codes: 0 ok, 1 run failed, 2 bad command line, 3 some files quarantined/unreadable, "
               "4 inbox locked by another run."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "baocao 0.1 (records schema 1)");

  std::string rules_dir;
  app.add_option("--rules", rules_dir, "Rules directory (default: $BAOCAO_RULES or the installed rules/)");

  auto* extract = app.add_subcommand("extract", "Print the records of FILEs (no database)");
  std::vector<std::string> files;
  std::string extract_format = "jsonl";
  extract->add_option("files", files, "Report files (DOCX)")->required()->check(CLI::ExistingFile);
  extract->add_option("--format", extract_format, "jsonl (the contract) or table (for people)")
      ->check(CLI::IsMember({"jsonl", "table"}));

  auto* ingest = app.add_subcommand("ingest", "Load every file of an inbox folder into the database");
  std::string inbox;
  std::string db_path = "baocao.db";
  bool verbose = false, json = false;
  ingest->add_option("--inbox", inbox, "Inbox folder; loaded files move to archive/, failed ones to quarantine/")
      ->required();
  ingest->add_option("--db", db_path, "SQLite database (default: baocao.db here)");
  ingest->add_flag("-v,--verbose", verbose, "One line per file on stderr");
  ingest->add_flag("--json", json, "Print the run summary as JSON");

  auto* exporter = app.add_subcommand("export", "Print every stored record");
  std::string export_format = "jsonl";
  exporter->add_option("--db", db_path, "SQLite database (default: baocao.db here)");
  exporter->add_option("--format", export_format, "jsonl (the contract) or csv")
      ->check(CLI::IsMember({"jsonl", "csv"}));

  auto* dump = app.add_subcommand("dump", "Print the normalised document model of FILE as JSON (for rule writers)");
  std::string dump_file;
  dump->add_option("file", dump_file, "Report file")->required()->check(CLI::ExistingFile);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (*extract) return RunExtract(files, extract_format, rules_dir);
  if (*ingest) return RunIngest(inbox, db_path, rules_dir, verbose, json);
  if (*exporter) return RunExport(db_path, export_format);
  if (*dump) return RunDump(dump_file);
  return 2;
}
