#include "batch/run_log_summary.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace baocao {

std::string RunSummaryText(const IngestSummary& s, const std::string& db_path) {
  const RunCounts& c = s.counts;
  std::string out = fmt::format("run {} {}: {} files in {:.2f} s with {} jobs\n", s.run_id, s.status, c.files,
                                s.seconds, s.jobs);
  out += fmt::format("  loaded       {} ({} new versions of reports already loaded)\n", c.loaded, c.new_versions);
  out += fmt::format("  duplicates   {} (bytes already loaded, archived without parsing)\n", c.duplicates);
  if (s.loaded_with_warnings > 0) {
    out += fmt::format("  warnings     {} of the loaded documents were read only in part (see their lines)\n",
                       s.loaded_with_warnings);
  }
  out += fmt::format("  quarantined  {}\n", c.quarantined);
  for (const auto& [reason, n] : s.quarantine_reasons) out += fmt::format("    {} x {}\n", n, reason);
  if (c.waiting > 0) out += fmt::format("  waiting      {} (still being written; left for the next run)\n", c.waiting);
  out += fmt::format("  records      {}, checks raised {}\n", c.records, c.checks);
  out += fmt::format("  parsed       {} documents in child processes; peak memory {:.1f} MiB here, {:.1f} MiB in the largest child\n",
                     s.parsed, s.parent_peak_kib / 1024.0, s.worker_peak_kib / 1024.0);
  out += fmt::format("database: {}\n", db_path);
  return out;
}

std::string RunSummaryJson(const IngestSummary& s, const std::string& db_path) {
  const RunCounts& c = s.counts;
  nlohmann::ordered_json j;
  j["run"] = s.run_id;
  j["status"] = s.status;
  j["files"] = c.files;
  j["loaded"] = c.loaded;
  j["duplicates"] = c.duplicates;
  j["new_versions"] = c.new_versions;
  j["quarantined"] = c.quarantined;
  j["waiting"] = c.waiting;
  j["records"] = c.records;
  j["checks"] = c.checks;
  j["seconds"] = s.seconds;
  j["jobs"] = s.jobs;
  j["quarantine_reasons"] = s.quarantine_reasons;
  j["parsed"] = s.parsed;
  j["loaded_with_warnings"] = s.loaded_with_warnings;
  j["parent_peak_kib"] = s.parent_peak_kib;
  j["worker_peak_kib"] = s.worker_peak_kib;
  j["database"] = db_path;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace baocao
