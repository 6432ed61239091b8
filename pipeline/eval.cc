#include "pipeline/eval.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include "pipeline/pipeline.h"
#include "extractors/record_json.h"
#include "extractors/record_schema.h"
#include "util/files.h"

namespace baocao {
namespace {

namespace fs = std::filesystem;

struct Figure {
  const Record* record;
  std::string measure;
  double value;
};

// Every stated measure of the records (extractors/record_schema.h: MeasuresOf).
std::vector<Figure> FiguresOf(const std::vector<Record>& records) {
  std::vector<Figure> out;
  for (const Record& r : records) {
    for (const RecordField* f : MeasuresOf(r.type)) {
      FieldValue v = f->Get(r);
      if (const auto* i = std::get_if<std::int64_t>(&v)) out.push_back({&r, std::string(f->name), static_cast<double>(*i)});
      if (const auto* d = std::get_if<double>(&v)) out.push_back({&r, std::string(f->name), *d});
    }
  }
  return out;
}

// Same type and the same value of every key field the type carries.
bool SameKeys(const Record& a, const Record& b) {
  if (a.type != b.type) return false;
  for (const RecordField* f : KeysOf(a.type)) {
    if (f->Get(a) != f->Get(b)) return false;
  }
  return true;
}

std::string Describe(const Figure& f) {
  return fmt::format("{} {} {}={} ({} {} {})", RecordTypeName(f.record->type), f.record->label, f.measure, f.value,
                     f.record->status.value_or("-"), f.record->period.value_or("-"),
                     f.record->topic.value_or(f.record->category.value_or("-")));
}

std::string CheckKey(const Record& r) {
  std::string key = r.rule + "[";
  for (int ref : r.refs) key += std::to_string(ref) + ",";
  return key + "]";
}

Result<std::vector<Record>> ReadExpected(const fs::path& path) {
  std::ifstream in(path);
  std::vector<Record> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line.find("\"document\"") != std::string::npos) continue;
    Result<Record> r = RecordFromJsonLine(line);
    if (!r.ok()) return Status::InvalidInput(path.string() + ": " + r.status().reason());
    out.push_back(std::move(r).value());
  }
  return out;
}

}  // namespace

void ScoreDocument(const std::string& name, const std::vector<Record>& expected,
                   const std::vector<Record>& extracted, EvalReport* report) {
  report->documents++;
  std::vector<Figure> want = FiguresOf(expected);
  std::vector<Figure> got = FiguresOf(extracted);
  std::vector<bool> used(got.size(), false);
  for (const Figure& w : want) {
    Score& s = report->by_type[RecordTypeName(w.record->type)];
    s.expected++;
    bool hit = false;
    for (std::size_t i = 0; i < got.size() && !hit; ++i) {
      if (used[i] || got[i].measure != w.measure || got[i].value != w.value || !SameKeys(*w.record, *got[i].record)) {
        continue;
      }
      used[i] = hit = true;
      s.matched++;
    }
    if (!hit) report->notes.push_back(name + ": missed " + Describe(w));
  }
  for (std::size_t i = 0; i < got.size(); ++i) {
    report->by_type[RecordTypeName(got[i].record->type)].extracted++;
    if (!used[i]) report->notes.push_back(name + ": extra  " + Describe(got[i]));
  }
  std::multiset<std::string> want_checks;
  bool expects_sum = false;
  for (const Record& r : expected) {
    if (r.type != RecordType::kCheck || r.severity == "info") continue;
    want_checks.insert(CheckKey(r));
    expects_sum = expects_sum || r.rule == "sum-mismatch";
    report->checks.expected++;
  }
  for (const Record& r : extracted) {
    if (r.type != RecordType::kCheck || r.severity == "info") continue;
    report->checks.extracted++;
    auto it = want_checks.find(CheckKey(r));
    if (it != want_checks.end()) {
      want_checks.erase(it);
      report->checks.matched++;
    } else {
      report->notes.push_back(name + ": unexpected check " + CheckKey(r) + " " + r.message);
      if (r.rule == "sum-mismatch" && !expects_sum) report->false_sum_mismatch++;
    }
  }
  for (const std::string& missed : want_checks) report->notes.push_back(name + ": check not raised " + missed);
}

Result<EvalReport> EvaluateDirectory(const std::string& dir, const RuleSet& rules) {
  std::vector<std::pair<fs::path, fs::path>> inputs;  // document, its expected records
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const fs::path& p = entry.path();
    std::string name = p.filename().string();
    if (!entry.is_regular_file() || name.find(".expected.") != std::string::npos) continue;
    fs::path own = p.parent_path() / (name + ".expected.jsonl");
    fs::path twin = p.parent_path() / (name.substr(0, name.find('.')) + ".expected.jsonl");
    if (fs::exists(own)) {
      inputs.emplace_back(p, own);
    } else if (fs::exists(twin)) {
      inputs.emplace_back(p, twin);
    }
  }
  if (ec) return Status::IoError("cannot list " + dir + ": " + ec.message());
  std::sort(inputs.begin(), inputs.end());
  EvalReport report;
  for (const auto& [p, expected_path] : inputs) {
    std::string name = p.filename().string();
    Result<std::vector<Record>> expected = ReadExpected(expected_path);
    if (!expected.ok()) return expected.status();
    Result<std::string> bytes = ReadFileBytes(p.string());
    std::vector<Record> extracted;
    if (bytes.ok()) {
      Result<Processed> processed = ProcessBytes(bytes.value(), name, rules);
      if (processed.ok()) {
        extracted = processed.value().extraction.records;
      } else {
        report.notes.push_back(name + ": not read: " + processed.status().reason());
      }
    }
    ScoreDocument(name, expected.value(), extracted, &report);
  }
  return report;
}

std::string FormatEvalReport(const EvalReport& report, bool verbose) {
  std::string out = fmt::format("{} documents\n{:<10} {:>9} {:>9} {:>8} {:>9} {:>7} {:>7}\n", report.documents,
                                "type", "expected", "extracted", "matched", "precision", "recall", "F1");
  Score all;
  for (const auto& [type, s] : report.by_type) {
    out += fmt::format("{:<10} {:>9} {:>9} {:>8} {:>9.3f} {:>7.3f} {:>7.3f}\n", type, s.expected, s.extracted,
                       s.matched, s.Precision(), s.Recall(), s.F1());
    all.expected += s.expected;
    all.extracted += s.extracted;
    all.matched += s.matched;
  }
  out += fmt::format("{:<10} {:>9} {:>9} {:>8} {:>9.3f} {:>7.3f} {:>7.3f}\n", "all", all.expected, all.extracted,
                     all.matched, all.Precision(), all.Recall(), all.F1());
  out += fmt::format("checks: {} expected, {} raised, {} matched; false sum-mismatch: {}\n", report.checks.expected,
                     report.checks.extracted, report.checks.matched, report.false_sum_mismatch);
  if (verbose) {
    for (const std::string& n : report.notes) out += "  " + n + "\n";
  }
  return out;
}

}  // namespace baocao
