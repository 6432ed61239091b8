// `baocao config --show`: the effective settings of ingest and watch
// (defaults < config file < command line), in the config file's syntax.
#include <iostream>

#include "cli/command.h"
#include "cli/config.h"

namespace baocao {
namespace {

struct ConfigCommandOptions {
  SettingsFlags settings;
  bool show = false;
};

int RunConfig(const ConfigCommandOptions& o, const GlobalOptions& global) {
  Result<Settings> settings = ResolveSettings(o.settings, global);
  if (!settings.ok()) {
    ReportFailure(settings.status());
    return kExitUsage;
  }
  std::cout << FormatSettings(settings.value());
  return kExitOk;
}

}  // namespace

void AddConfigCommand(CLI::App* app, GlobalOptions* global) {
  auto o = std::make_shared<ConfigCommandOptions>();
  CLI::App* cmd = app->add_subcommand("config", "Show the effective settings of ingest and watch");
  AddSettingsFlags(cmd, &o->settings);
  cmd->add_flag("--show", o->show, "Print the effective settings (the default action)");
  cmd->callback([o, global] { global->exit_code = RunConfig(*o, *global); });
}

}  // namespace baocao
