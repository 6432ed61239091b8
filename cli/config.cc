#include "cli/config.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "pipeline/pipeline.h"

namespace baocao {
namespace {

namespace fs = std::filesystem;

std::string Trim(const std::string& s) {
  std::size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  std::size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A number followed by an optional unit, e.g. "1.5G" -> (1.5, "g").
bool SplitNumber(const std::string& text, double* number, std::string* unit) {
  std::string t = Trim(text);
  std::size_t i = 0;
  while (i < t.size() && (std::isdigit(static_cast<unsigned char>(t[i])) != 0 || t[i] == '.')) ++i;
  if (i == 0) return false;
  char* end = nullptr;
  std::string digits = t.substr(0, i);
  *number = std::strtod(digits.c_str(), &end);
  if (end == nullptr || *end != '\0' || !std::isfinite(*number)) return false;
  *unit = Lower(Trim(t.substr(i)));
  return true;
}

std::string Relative(const std::string& value, const fs::path& base) {
  if (value.empty() || value == "none" || fs::path(value).is_absolute()) return value;
  return (base / value).lexically_normal().string();
}

Result<int> ParseJobs(const std::string& text) {
  double n = 0;
  std::string unit;
  if (!SplitNumber(text, &n, &unit) || !unit.empty() || n != std::floor(n) || n < 0 || n > 1024) {
    return Status::InvalidInput("jobs must be a whole number from 0 (one per core) to 1024, not '" + text + "'");
  }
  return static_cast<int>(n);
}

Status Apply(const std::string& key, const std::string& value, const fs::path& base, Settings* s) {
  if (key == "inbox") {
    s->inbox = Relative(value, base);
  } else if (key == "database") {
    s->database = Relative(value, base);
  } else if (key == "rules") {
    s->rules = Relative(value, base);
  } else if (key == "log_file") {
    s->log_file = Relative(value, base);
  } else if (key == "jobs") {
    Result<int> jobs = ParseJobs(value);
    if (!jobs.ok()) return jobs.status();
    s->jobs = jobs.value();
  } else if (key == "time_limit" || key == "settle") {
    Result<double> seconds = ParseSeconds(value);
    if (!seconds.ok()) return seconds.status();
    (key == "settle" ? s->settle : s->time_limit) = seconds.value();
  } else if (key == "memory_limit" || key == "max_file_size") {
    Result<std::uint64_t> bytes = ParseBytes(value);
    if (!bytes.ok()) return bytes.status();
    (key == "memory_limit" ? s->memory_limit : s->max_file_size) = bytes.value();
  } else {
    return Status::InvalidInput("unknown setting '" + key +
                                "' (known: inbox, database, rules, jobs, time_limit, memory_limit, settle, "
                                "max_file_size, log_file)");
  }
  return Status::Ok();
}

std::string Seconds(double s) { return fmt::format("{}s", s); }

std::string Bytes(std::uint64_t b) {
  if (b % (1ull << 30) == 0) return fmt::format("{}G", b >> 30);
  if (b % (1ull << 20) == 0) return fmt::format("{}M", b >> 20);
  if (b % (1ull << 10) == 0) return fmt::format("{}K", b >> 10);
  return std::to_string(b);
}

}  // namespace

Result<double> ParseSeconds(const std::string& text) {
  double n = 0;
  std::string unit;
  if (SplitNumber(text, &n, &unit)) {
    if (unit.empty() || unit == "s") return n;
    if (unit == "m" || unit == "min") return n * 60;
    if (unit == "h") return n * 3600;
  }
  return Status::InvalidInput("not a duration: '" + text + "' (examples: 90, 90s, 2m)");
}

Result<std::uint64_t> ParseBytes(const std::string& text) {
  double n = 0;
  std::string unit;
  if (SplitNumber(text, &n, &unit)) {
    double scale = -1;
    if (unit.empty() || unit == "b") scale = 1;
    if (unit == "k" || unit == "kb" || unit == "kib") scale = 1024.0;
    if (unit == "m" || unit == "mb" || unit == "mib") scale = 1024.0 * 1024;
    if (unit == "g" || unit == "gb" || unit == "gib") scale = 1024.0 * 1024 * 1024;
    if (scale > 0 && n * scale < 1e18) return static_cast<std::uint64_t>(n * scale);
  }
  return Status::InvalidInput("not a size: '" + text + "' (examples: 512M, 1G)");
}

Status LoadConfigFile(const std::string& path, Settings* settings) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot read the config file " + path);
  fs::path base = fs::absolute(path).parent_path();
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::size_t hash = line.find('#');
    if (hash != std::string::npos) line.resize(hash);
    line = Trim(line);
    if (line.empty()) continue;
    std::size_t eq = line.find('=');
    std::string where = path + ":" + std::to_string(number) + ": ";
    if (eq == std::string::npos) return Status::InvalidInput(where + "expected 'key = value'");
    Status s = Apply(Lower(Trim(line.substr(0, eq))), Trim(line.substr(eq + 1)), base, settings);
    if (!s.ok()) return Status::InvalidInput(where + s.reason());
  }
  settings->config_file = path;
  return Status::Ok();
}

std::string FormatSettings(const Settings& s) {
  std::string out = "# effective settings: built-in defaults";
  out += s.config_file.empty() ? "" : " < " + s.config_file;
  out += " < command line\n";
  out += "inbox = " + s.inbox + "\n";
  out += "database = " + s.database + "\n";
  out += "rules = " + (s.rules.empty() ? DefaultRulesDirectory() : s.rules) + "\n";
  out += "jobs = " + std::to_string(s.jobs) + (s.jobs == 0 ? "   # one per core: " + std::to_string(DefaultJobs()) : "") + "\n";
  out += "time_limit = " + Seconds(s.time_limit) + "\n";
  out += "memory_limit = " + Bytes(s.memory_limit) + "\n";
  out += "settle = " + Seconds(s.settle) + "\n";
  out += "max_file_size = " + Bytes(s.max_file_size) + "\n";
  std::string log = LogFilePath(s);
  out += "log_file = " + (log.empty() ? std::string("none") : log) + "\n";
  return out;
}

void AddSettingsFlags(CLI::App* cmd, SettingsFlags* f, bool inbox_flag) {
  cmd->add_option("--config", f->config, "Config file (default: $BAOCAO_CONFIG, else /etc/baocao/baocao.conf if present)");
  if (inbox_flag) {
    cmd->add_option("--inbox", f->inbox, "Inbox folder; loaded files move to archive/, failed ones to quarantine/");
  }
  cmd->add_option("--db", f->database, "SQLite database (default: baocao.db here)");
  cmd->add_option("-j,--jobs", f->jobs, "Documents converted at once, each in its own process (default: cores)");
  cmd->add_option("--time-limit", f->time_limit, "Time per document, e.g. 120s, 2m (default 10m)");
  cmd->add_option("--memory-limit", f->memory_limit, "Memory per document, e.g. 512M, 1G (default 1G)");
  cmd->add_option("--settle", f->settle, "A file must be unmodified this long before it is read (default 5s)");
  cmd->add_option("--max-file-size", f->max_file_size, "Larger files are quarantined unread (default 256M)");
  cmd->add_option("--log-file", f->log_file, "Timestamped log (default: baocao.log beside the database; none)");
}

Result<Settings> ResolveSettings(const SettingsFlags& f, const GlobalOptions& global) {
  Settings s;
  std::string config = f.config;
  if (config.empty()) {
    const char* env = std::getenv("BAOCAO_CONFIG");
    std::error_code ec;
    if (env != nullptr && *env != '\0') {
      config = env;
    } else if (fs::exists("/etc/baocao/baocao.conf", ec)) {
      config = "/etc/baocao/baocao.conf";
    }
  }
  if (!config.empty()) {
    if (Status st = LoadConfigFile(config, &s); !st.ok()) return st;
  }
  fs::path here = fs::current_path();
  auto flag = [&](const std::string& key, const std::string& value) -> Status {
    if (value.empty()) return Status::Ok();
    Status st = Apply(key, value, here, &s);
    return st.ok() ? st : Status::InvalidInput("--" + key + ": " + st.reason());
  };
  for (const auto& [key, value] :
       {std::pair<std::string, std::string>{"inbox", f.inbox}, {"database", f.database}, {"jobs", f.jobs},
        {"time_limit", f.time_limit}, {"memory_limit", f.memory_limit}, {"settle", f.settle},
        {"max_file_size", f.max_file_size}, {"log_file", f.log_file}}) {
    if (Status st = flag(key, value); !st.ok()) return st;
  }
  if (!global.rules_dir.empty()) s.rules = global.rules_dir;
  if (s.time_limit <= 0 || s.time_limit > kMaxTimeLimitSeconds) {
    return Status::InvalidInput("time_limit must be more than 0 s and at most a week (168h)");
  }
  if (s.memory_limit < (16ull << 20)) return Status::InvalidInput("memory_limit must be at least 16M");
  if (s.settle < 0 || s.settle > kMaxSettleSeconds) {
    return Status::InvalidInput("settle must be from 0 s to a day (24h)");
  }
  return s;
}

Result<Settings> ResolveInboxSettings(const SettingsFlags& flags, const GlobalOptions& global) {
  Result<Settings> s = ResolveSettings(flags, global);
  if (s.ok() && s.value().inbox.empty()) {
    return Status::InvalidInput("no inbox: give --inbox DIR or set inbox in the config file");
  }
  return s;
}

std::string LogFilePath(const Settings& s) {
  if (s.log_file == "none") return "";
  if (!s.log_file.empty()) return s.log_file;
  return (fs::path(s.database).parent_path() / "baocao.log").string();
}

IngestOptions ToIngestOptions(const Settings& s) {
  IngestOptions o;
  o.inbox = s.inbox;
  o.jobs = s.jobs;
  o.limits.seconds = s.time_limit;
  o.limits.memory_bytes = s.memory_limit;
  o.read.settle_seconds = s.settle;
  o.read.max_bytes = s.max_file_size;
  return o;
}

}  // namespace baocao
