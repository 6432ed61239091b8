// baocao: Vietnamese commune reports -> checked figures with provenance.
// Each subcommand is in its own cli/*_command.cc; this file lists them.
#include <CLI/CLI.hpp>

#include "cli/command.h"

int main(int argc, char** argv) {
  using namespace baocao;
  CLI::App app{"baocao: turns Vietnamese commune reports into checked figures with provenance.\n"
               "Exit codes: 0 ok, 1 run failed, 2 bad command line, 3 some files quarantined/unreadable, "
               "4 inbox locked by another run."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "baocao 0.1 (records schema 1)");
  GlobalOptions global;
  app.add_option("--rules", global.rules_dir, "Rules directory (default: $BAOCAO_RULES or the installed rules/)");

  // One line per command.
  AddExtractCommand(&app, &global);
  AddIngestCommand(&app, &global);
  AddExportCommand(&app, &global);
  AddDumpCommand(&app, &global);
  AddEvalCommand(&app, &global);
  AddReextractCommand(&app, &global);
  AddNormalizeCommand(&app, &global);
  AddDiffCommand(&app, &global);
  AddReviewCommand(&app, &global);
  AddCorrectCommand(&app, &global);
  AddRollupCommand(&app, &global);
  AddWatchCommand(&app, &global);
  AddConfigCommand(&app, &global);
  AddServeCommand(&app, &global);
  AddUserCommand(&app, &global);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  return global.exit_code;
}
