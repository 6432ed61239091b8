// `baocao diff`: what changed between two runs, two versions of a report, or
// the current rules and a candidate rules directory (nothing written).
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "cli/desk_support.h"
#include "desk/diff_format.h"
#include "desk/diff_sources.h"

namespace baocao {
namespace {

struct DiffOptions {
  std::string db = "baocao.db";
  std::vector<std::int64_t> runs;
  std::int64_t document = 0;
  std::string candidate_rules;
  std::string format = "table";
  std::string out;
  std::string colour = "auto";
};

// `current` and `candidate` are loaded when --rules DIR was given.
Result<Diff> Compute(Database* db, const DiffOptions& o, const std::optional<RuleSet>& current,
                     const std::optional<RuleSet>& candidate) {
  std::optional<std::int64_t> document;
  if (o.document > 0) document = o.document;
  if (current && candidate) return DiffRules(db, *current, *candidate, document);
  if (!o.runs.empty()) return DiffRuns(db, o.runs[0], o.runs[1]);
  return DiffDocumentVersion(db, o.document);
}

int RunDiff(const DiffOptions& o, const GlobalOptions& global) {
  int modes = (o.runs.empty() ? 0 : 1) + (o.candidate_rules.empty() ? 0 : 1) +
              (o.document > 0 && o.candidate_rules.empty() ? 1 : 0);
  if (modes != 1 || (!o.runs.empty() && o.runs.size() != 2)) {
    std::cerr << "baocao diff: give exactly one of --run A --run B, --document ID, --rules DIR\n";
    return kExitUsage;
  }
  std::optional<RuleSet> current, candidate;
  if (!o.candidate_rules.empty()) {
    current = LoadRulesOrReport(global);
    if (!current) return kExitFailed;
    candidate = LoadRulesOrReport(o.candidate_rules);
    if (!candidate) return kExitFailed;
  }
  Result<std::unique_ptr<Database>> db = OpenExistingDatabase(o.db);
  if (!db.ok()) return ReportFailure(db.status());
  Result<Diff> diff = Compute(db.value().get(), o, current, candidate);
  if (!diff.ok()) return ReportFailure(diff.status());

  std::ostringstream text;
  bool colour = o.out.empty() && o.format == "table" &&
                (o.colour == "always" || (o.colour == "auto" && ColourStdout()));
  if (o.format == "jsonl") {
    WriteDiffJsonl(text, diff.value());
  } else if (o.format == "html") {
    WriteDiffHtmlPage(text, diff.value());
  } else {
    WriteDiffTable(text, diff.value(), colour);
  }
  if (o.out.empty()) {
    std::cout << text.str();
    std::cout.flush();
    return std::cout ? kExitOk : ReportFailure(Status::IoError("cannot write the diff"));
  }
  Status s = WriteFileAtomically(o.out, [&text](const std::string& tmp) {
    std::ofstream file(tmp, std::ios::binary);
    file << text.str();
    file.close();
    return file ? Status::Ok() : Status::IoError("cannot write " + tmp);
  });
  return s.ok() ? kExitOk : ReportFailure(s);
}

}  // namespace

void AddDiffCommand(CLI::App* app, GlobalOptions* global) {
  auto o = std::make_shared<DiffOptions>();
  CLI::App* cmd = app->add_subcommand(
      "diff", "Figures added, removed and changed, and checks new and resolved: between two runs, a report and "
              "its previous version, or the current rules and a candidate rules directory");
  cmd->add_option("--db", o->db, "SQLite database (default: baocao.db here)");
  cmd->add_option("--run", o->runs, "A run id; give two: --run A --run B (the store after A against after B)");
  cmd->add_option("--document", o->document,
                  "A document id: against the version it superseded (with --rules: only this document)");
  cmd->add_option("--rules", o->candidate_rules,
                  "Candidate rules directory: re-extract the stored documents with the current rules (the global "
                  "--rules, before the command) and with these, without writing");
  cmd->add_option("--format", o->format, "table (default), jsonl or html")
      ->check(CLI::IsMember({"table", "jsonl", "html"}));
  cmd->add_option("--out", o->out, "Write to this file instead of stdout");
  cmd->add_option("--color", o->colour, "Colour the table: auto (on a terminal), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->callback([o, global] { global->exit_code = RunDiff(*o, *global); });
}

}  // namespace baocao
