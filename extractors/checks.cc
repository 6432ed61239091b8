#include "extractors/checks.h"

#include <fmt/format.h>

#include <optional>

namespace baocao {
namespace {

Record NewCheck(const char* rule, const char* severity, std::string message, std::vector<int> refs,
                const Source& source) {
  Record c;
  c.type = RecordType::kCheck;
  c.rule = rule;
  c.severity = severity;
  c.message = std::move(message);
  c.refs = std::move(refs);
  c.source = source;
  return c;
}

using Measure = std::optional<std::int64_t> Record::*;

struct MeasureName {
  Measure field;
  const char* name;
};

constexpr MeasureName kMeasures[] = {
    {&Record::classes, "classes"},
    {&Record::participants, "participants"},
    {&Record::female, "female"},
    {&Record::cost_vnd, "cost_vnd"},
};

// Compares `total` with the sum of `parts` measure by measure; a measure is
// checked only when the total and every part state it.
void CompareSum(const std::vector<Record>& records, int total, const std::vector<int>& parts,
                const char* what, std::vector<Record>* checks) {
  if (parts.size() < 2) return;
  const Record& t = records[static_cast<std::size_t>(total)];
  for (const MeasureName& m : kMeasures) {
    if (!(t.*m.field)) continue;
    std::int64_t sum = 0;
    bool complete = true;
    for (int p : parts) {
      const auto& v = records[static_cast<std::size_t>(p)].*m.field;
      if (!v) complete = false;
      else sum += *v;
    }
    if (!complete || sum == *(t.*m.field)) continue;
    std::vector<int> refs = {total};
    refs.insert(refs.end(), parts.begin(), parts.end());
    checks->push_back(NewCheck("sum-mismatch", "error",
                               fmt::format("{}: {} stated {} but the parts add up to {} (difference {})", what,
                                           m.name, *(t.*m.field), sum, sum - *(t.*m.field)),
                               std::move(refs), t.source));
  }
}

}  // namespace

void AddChecks(std::vector<Record>* records) {
  std::vector<Record> checks;
  const std::vector<Record>& rs = *records;
  for (std::size_t i = 0; i < rs.size(); ++i) {
    const Record& r = rs[i];
    if (r.type != RecordType::kActivity) continue;
    if (r.female && r.participants && *r.female > *r.participants) {
      checks.push_back(NewCheck("female-exceeds-total", "error",
                                fmt::format("{}: {} women of {} participants", r.label, *r.female, *r.participants),
                                {static_cast<int>(i)}, r.source));
    }
  }
  // Tables: a `tong` row against the other rows of the same table block.
  for (std::size_t i = 0; i < rs.size(); ++i) {
    const Record& t = rs[i];
    if (t.type != RecordType::kActivity || t.topic != std::optional<std::string>("tong") || !t.source.row) continue;
    std::vector<int> parts;
    for (std::size_t j = 0; j < rs.size(); ++j) {
      const Record& p = rs[j];
      if (j == i || p.type != RecordType::kActivity || p.source.block != t.source.block || !p.source.row) continue;
      if (p.topic == std::optional<std::string>("tong")) continue;
      parts.push_back(static_cast<int>(j));
    }
    CompareSum(rs, static_cast<int>(i), parts, t.label.c_str(), &checks);
  }
  // Prose: a statement's total against its centre + partner parts.
  for (std::size_t i = 0; i < rs.size(); ++i) {
    const Record& t = rs[i];
    if (t.type != RecordType::kActivity || t.rule != "prose.activity") continue;
    std::vector<int> parts;
    for (std::size_t j = i + 1; j < rs.size() && rs[j].rule == "prose.activity_part" &&
                                rs[j].source.block == t.source.block;
         ++j) {
      parts.push_back(static_cast<int>(j));
    }
    CompareSum(rs, static_cast<int>(i), parts, t.label.c_str(), &checks);
  }
  for (Record& c : checks) records->push_back(std::move(c));
}

}  // namespace baocao
