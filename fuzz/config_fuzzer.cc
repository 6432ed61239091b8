// The settings of ingest and watch (cli/config.h): a config file, then
// command-line values, resolved and checked as `ingest` does. The input is
// the config file's text, a NUL byte, then one flag value per line (inbox,
// db, jobs, time limit, memory limit, settle, max file size, log file). The
// file is written to a private temporary folder: LoadConfigFile reads a
// path, as the program does.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "cli/config.h"
#include "fuzz/fuzz_target.h"

namespace {

const std::string& ConfigPath() {
  static const std::string path = [] {
    std::string dir = "/tmp/baocao-fuzz-config-XXXXXX";
    if (mkdtemp(dir.data()) == nullptr) {
      std::perror("mkdtemp");
      std::abort();
    }
    return dir + "/baocao.conf";
  }();
  return path;
}

int FuzzConfig(const std::uint8_t* data, std::size_t size) {
  if (size > 4096) return -1;
  const std::string_view input = baocao::fuzz::AsText(data, size);
  const std::size_t nul = input.find('\0');
  {
    std::ofstream out(ConfigPath(), std::ios::binary | std::ios::trunc);
    out << input.substr(0, nul);
  }
  baocao::SettingsFlags flags;
  flags.config = ConfigPath();
  if (nul != std::string_view::npos) {
    std::string* const fields[] = {&flags.inbox,    &flags.database, &flags.jobs,          &flags.time_limit,
                                   &flags.memory_limit, &flags.settle, &flags.max_file_size, &flags.log_file};
    std::size_t from = nul + 1;
    for (std::string* field : fields) {
      if (from > input.size()) break;
      std::size_t end = input.find('\n', from);
      if (end == std::string_view::npos) end = input.size();
      *field = std::string(input.substr(from, end - from));
      from = end + 1;
    }
  }
  baocao::GlobalOptions global;
  baocao::Result<baocao::Settings> settings = baocao::ResolveSettings(flags, global);
  if (!settings.ok()) {
    FUZZ_CHECK(!settings.status().reason().empty());
    FUZZ_CHECK(settings.status().reason().find('\n') == std::string::npos);
    return 0;
  }
  const baocao::Settings& s = settings.value();
  FUZZ_CHECK(s.time_limit > 0 && s.time_limit <= baocao::kMaxTimeLimitSeconds);
  FUZZ_CHECK(s.settle >= 0 && s.settle <= baocao::kMaxSettleSeconds);
  FUZZ_CHECK(s.jobs >= 0);
  baocao::FormatSettings(s);
  baocao::LogFilePath(s);
  baocao::ToIngestOptions(s);
  return 0;
}

}  // namespace

BAOCAO_FUZZ_TARGET(config, FuzzConfig)
