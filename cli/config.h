// Settings of `ingest` and `watch`: built-in defaults, then a config file,
// then the command line, each overriding the one before.
//
// The config file (`--config FILE`, else $BAOCAO_CONFIG, else
// /etc/baocao/baocao.conf when it exists) holds `key = value` lines; `#`
// starts a comment. Relative paths are relative to the file's folder.
//
//   inbox = /srv/baocao/inbox
//   database = /srv/baocao/baocao.db
//   rules = /usr/local/share/baocao/rules
//   jobs = 2                 # 0: one per core
//   time_limit = 10m         # per document: 90, 90s, 2m
//   memory_limit = 1G        # per document: 512M, 1G, bytes
//   settle = 5s              # a file must be left unmodified this long
//   max_file_size = 256M     # larger files are quarantined unread
//   log_file = /var/log/baocao/baocao.log   # "none": no log file
//
// `baocao config --show` prints the effective settings in this syntax.
#ifndef BAOCAO_CLI_CONFIG_H_
#define BAOCAO_CLI_CONFIG_H_

#include <CLI/CLI.hpp>

#include <cstdint>
#include <string>

#include "cli/command.h"
#include "batch/inbox.h"
#include "util/status.h"

namespace baocao {

struct Settings {
  std::string inbox;                            // required by ingest and watch
  std::string database = "baocao.db";
  std::string rules;                            // empty: DefaultRulesDirectory()
  int jobs = 0;                                 // 0: one per core
  double time_limit = 600;                      // seconds per document
  std::uint64_t memory_limit = 1ull << 30;      // bytes per document
  double settle = 5;                            // seconds
  std::uint64_t max_file_size = 256ull << 20;   // bytes
  std::string log_file;                         // empty: baocao.log beside the database; "none"
  std::string config_file;                      // the file read, empty when none
};

// The largest time_limit and settle ResolveSettings accepts (a week and a
// day): a longer time would overflow the clocks and resource limits it
// becomes in the worker (batch/worker.cc) and the watcher.
inline constexpr double kMaxTimeLimitSeconds = 7 * 24 * 3600.0;
inline constexpr double kMaxSettleSeconds = 24 * 3600.0;

// Reads `path` over *settings. InvalidInput names the file, the line and
// what is wrong (unknown key, bad value); NotFound when it does not exist.
Status LoadConfigFile(const std::string& path, Settings* settings);

// "90" and "90s" -> 90, "2m" -> 120, "1h" -> 3600.
Result<double> ParseSeconds(const std::string& text);
// "1073741824", "512M", "1G", "64K" (powers of 1024; "MiB", "GB" also read).
Result<std::uint64_t> ParseBytes(const std::string& text);

// The effective settings as config-file lines, with where they came from.
std::string FormatSettings(const Settings& settings);

// The command-line side: flags shared by ingest, watch and config --show.
// Empty strings are "not given".
struct SettingsFlags {
  std::string config;
  std::string inbox;
  std::string database;
  std::string jobs;
  std::string time_limit;
  std::string memory_limit;
  std::string settle;
  std::string max_file_size;
  std::string log_file;
};
void AddSettingsFlags(CLI::App* command, SettingsFlags* flags, bool inbox_flag = true);

// Defaults < config file < flags (< the global --rules). Checks the values.
Result<Settings> ResolveSettings(const SettingsFlags& flags, const GlobalOptions& global);

// ResolveSettings for the commands that work on an inbox (ingest, watch):
// the same, and an inbox is required.
Result<Settings> ResolveInboxSettings(const SettingsFlags& flags, const GlobalOptions& global);

// The log file path the settings mean ("" for none).
std::string LogFilePath(const Settings& settings);

// IngestOptions for these settings (the log and stop are the caller's).
IngestOptions ToIngestOptions(const Settings& settings);

}  // namespace baocao

#endif  // BAOCAO_CLI_CONFIG_H_
