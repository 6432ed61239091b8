// `baocao extract FILE... [--format jsonl|table] [--jobs N]`: records of
// files, no database.
#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

#include "cli/command.h"
#include "pipeline/pipeline.h"
#include "cli/table_format.h"
#include "extractors/record_json.h"
#include "util/files.h"

namespace baocao {
namespace {

struct ExtractOptions {
  std::vector<std::string> files;
  std::string format = "jsonl";
  int jobs = 0;  // 0: one per core
};

Result<Processed> ProcessFile(const std::string& path, const RuleSet& rules) {
  const std::string name = std::filesystem::path(path).filename().string();
  Result<std::string> bytes = ReadFileBytes(path);
  if (!bytes.ok()) return bytes.status();
  return ProcessBytes(bytes.value(), name, rules);
}

// Prints one file's records, or its one-line reason on stderr. Returns
// whether it was read.
bool Print(const std::string& path, const Result<Processed>& processed, const std::string& format) {
  if (!processed.ok()) {
    const std::string name = std::filesystem::path(path).filename().string();
    std::fprintf(stderr, "%s: %s\n", name.c_str(), processed.status().reason().c_str());
    return false;
  }
  const Extraction& ex = processed.value().extraction;
  // Read only in part: said beside the records, so a partial read is never
  // taken for a clean one (the warnings are in the document line too).
  for (const std::string& w : ex.document.warnings) {
    std::fprintf(stderr, "%s: warning: %s\n", ex.document.file.c_str(), w.c_str());
  }
  if (format == "table") {
    std::cout << FormatExtractionTable(ex);
  } else {
    std::cout << DocumentToJsonLine(ex.document) << '\n';
    for (const Record& r : ex.records) std::cout << RecordToJsonLine(r) << '\n';
  }
  return true;
}

// Files are processed on `jobs` threads and printed in the order given, so
// the output does not depend on --jobs. At most 2 x jobs results wait to be
// printed: memory stays bounded however many files there are.
int RunExtract(const ExtractOptions& options, const GlobalOptions& global) {
  Result<RuleSet> rules = LoadRules(global);
  if (!rules.ok()) return ReportFailure(rules.status());
  const std::size_t n = options.files.size();
  const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  const std::size_t jobs =
      std::min<std::size_t>(n, static_cast<std::size_t>(options.jobs > 0 ? options.jobs : cores));
  int failed = 0;
  if (jobs <= 1) {
    for (const std::string& path : options.files) {
      failed += Print(path, ProcessFile(path, rules.value()), options.format) ? 0 : 1;
    }
    std::cout.flush();
    return failed > 0 ? kExitQuarantined : kExitOk;
  }

  std::mutex mu;
  std::condition_variable cv;
  std::map<std::size_t, Result<Processed>> done;  // finished, not yet printed
  std::size_t next_to_take = 0, next_to_print = 0;
  const std::size_t window = 2 * jobs;
  auto worker = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock<std::mutex> lock(mu);
        cv.wait(lock, [&] { return next_to_take >= n || next_to_take < next_to_print + window; });
        if (next_to_take >= n) return;
        i = next_to_take++;
      }
      Result<Processed> r = ProcessFile(options.files[i], rules.value());
      {
        std::lock_guard<std::mutex> lock(mu);
        done.emplace(i, std::move(r));
      }
      cv.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < jobs; ++t) threads.emplace_back(worker);
  while (next_to_print < n) {
    std::unique_lock<std::mutex> lock(mu);
    cv.wait(lock, [&] { return done.count(next_to_print) > 0; });
    auto it = done.find(next_to_print);
    Result<Processed> r = std::move(it->second);
    done.erase(it);
    lock.unlock();
    failed += Print(options.files[next_to_print], r, options.format) ? 0 : 1;
    lock.lock();
    ++next_to_print;
    lock.unlock();
    cv.notify_all();
  }
  for (std::thread& t : threads) t.join();
  std::cout.flush();
  return failed > 0 ? kExitQuarantined : kExitOk;
}

}  // namespace

void AddExtractCommand(CLI::App* app, GlobalOptions* global) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app->add_subcommand("extract", "Print the records of FILEs (no database)");
  cmd->add_option("files", options->files, "Report files")->required()->check(CLI::ExistingFile);
  cmd->add_option("--format", options->format, "jsonl (the contract) or table (for people)")
      ->check(CLI::IsMember({"jsonl", "table"}));
  cmd->add_option("--jobs", options->jobs,
                  "Files read at once (default: one per core); the output is the same for any number")
      ->check(CLI::Range(0, 256));
  cmd->callback([options, global] { global->exit_code = RunExtract(*options, *global); });
}

}  // namespace baocao
