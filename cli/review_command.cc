// `baocao review --out report.html`: the analyst's page (desk/review_page.h).
#include <fstream>
#include <iostream>

#include "cli/command.h"
#include "cli/desk_support.h"
#include "desk/review_page.h"

namespace baocao {
namespace {

struct ReviewCommandOptions {
  std::string db = "baocao.db";
  std::string out;
  std::int64_t document = 0;
  bool all_versions = false;
};

int RunReview(const ReviewCommandOptions& o) {
  Result<std::unique_ptr<Database>> db = OpenExistingDatabase(o.db);
  if (!db.ok()) return ReportFailure(db.status());
  ReviewOptions options;
  options.all_versions = o.all_versions;
  if (o.document > 0) options.document = o.document;
  Status s = WriteFileAtomically(o.out, [&](const std::string& tmp) {
    std::ofstream file(tmp, std::ios::binary);
    Status written = WriteReviewPage(db.value().get(), options, file);
    file.close();
    if (written.ok() && !file) return Status::IoError("cannot write " + tmp);
    return written;
  });
  if (!s.ok()) return ReportFailure(s);
  std::cerr << "review page: " << o.out << "\n";
  return kExitOk;
}

}  // namespace

void AddReviewCommand(CLI::App* app, GlobalOptions* global) {
  auto o = std::make_shared<ReviewCommandOptions>();
  CLI::App* cmd = app->add_subcommand(
      "review", "Write one self-contained HTML page: every document's figures with their source, checks, "
                "corrections, the changes since the previous version, and those the last re-extraction made "
                "(\"Changes since run N\")");
  cmd->add_option("--db", o->db, "SQLite database (default: baocao.db here)");
  cmd->add_option("--out", o->out, "The HTML file to write")->required();
  cmd->add_option("--document", o->document, "Only this document id");
  cmd->add_flag("--all-versions", o->all_versions, "Also superseded versions, each as a document of its own");
  cmd->callback([o, global] { global->exit_code = RunReview(*o); });
}

}  // namespace baocao
