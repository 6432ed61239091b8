// Every `baocao` subcommand lives in its own cli/*_command.cc and registers
// itself on the CLI11 app with one Add…Command function listed in main.cc.
// A command's callback runs the work and stores its exit code in
// `GlobalOptions::exit_code`.
//
// Exit codes (the same for every command; README documents them):
#ifndef BAOCAO_CLI_COMMAND_H_
#define BAOCAO_CLI_COMMAND_H_

#include <CLI/CLI.hpp>

#include <string>

#include "extractors/rules.h"
#include "util/status.h"

namespace baocao {

inline constexpr int kExitOk = 0;           // everything went well
inline constexpr int kExitFailed = 1;       // the run itself failed
inline constexpr int kExitUsage = 2;        // the command line was wrong
inline constexpr int kExitQuarantined = 3;  // some files could not be read
inline constexpr int kExitBusy = 4;         // another run holds the lock

// Options shared by all commands, and the result of the one that ran.
struct GlobalOptions {
  std::string rules_dir;  // --rules; empty: DefaultRulesDirectory()
  int exit_code = kExitOk;
};

// Prints "baocao: <reason>" on stderr; returns the exit code for `s`.
int ReportFailure(const Status& s);

// Loads the rules from --rules or the default directory.
Result<RuleSet> LoadRules(const GlobalOptions& global);

void AddExtractCommand(CLI::App* app, GlobalOptions* global);
void AddIngestCommand(CLI::App* app, GlobalOptions* global);
void AddExportCommand(CLI::App* app, GlobalOptions* global);
void AddDumpCommand(CLI::App* app, GlobalOptions* global);
void AddEvalCommand(CLI::App* app, GlobalOptions* global);
void AddReextractCommand(CLI::App* app, GlobalOptions* global);
void AddNormalizeCommand(CLI::App* app, GlobalOptions* global);
void AddDiffCommand(CLI::App* app, GlobalOptions* global);
void AddReviewCommand(CLI::App* app, GlobalOptions* global);
void AddCorrectCommand(CLI::App* app, GlobalOptions* global);
void AddRollupCommand(CLI::App* app, GlobalOptions* global);
void AddWatchCommand(CLI::App* app, GlobalOptions* global);
void AddConfigCommand(CLI::App* app, GlobalOptions* global);
void AddServeCommand(CLI::App* app, GlobalOptions* global);
void AddUserCommand(CLI::App* app, GlobalOptions* global);

}  // namespace baocao

#endif  // BAOCAO_CLI_COMMAND_H_
