#include "desk/rollup_format.h"

#include <string>
#include <vector>

#include "normalize/text.h"

namespace baocao {
namespace {

std::string Opt(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : ""; }

std::string CsvField(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

// Pads by code points, so Vietnamese names line up (NFC: one code point
// per letter).
std::string Pad(const std::string& s, std::size_t width, bool right = false) {
  std::size_t cps = normalize::ByteToCodePoint(s, s.size());
  if (cps >= width) return s;
  std::string fill(width - cps, ' ');
  return right ? fill + s : s + fill;
}

// "classes/participants/women" in one cell, "-" for unknown.
std::string Cell(const RollupMeasures& m) {
  auto part = [](const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : std::string("-"); };
  if (!m.classes && !m.participants && !m.female) return "";
  return part(m.classes) + "/" + part(m.participants) + "/" + part(m.female);
}

std::vector<std::string> CsvRow(const Rollup& r, const RollupRow& row, const std::string& reported) {
  std::vector<std::string> f = {row.commune, row.district.value_or(""), row.province.value_or(""), reported,
                                row.source, row.reported ? std::to_string(row.documents) : ""};
  for (const std::string& topic : r.topics) {
    auto it = row.topics.find(topic);
    RollupMeasures m = it == row.topics.end() ? RollupMeasures{} : it->second;
    f.push_back(Opt(m.classes));
    f.push_back(Opt(m.participants));
    f.push_back(Opt(m.female));
  }
  f.push_back(Opt(row.total.classes));
  f.push_back(Opt(row.total.participants));
  f.push_back(Opt(row.total.female));
  for (const std::string& c : r.categories) {
    auto it = row.budget.find(c);
    f.push_back(it == row.budget.end() ? "" : Opt(it->second));
  }
  f.push_back(row.corrected ? "1" : "0");
  f.push_back(row.review ? "1" : "0");
  return f;
}

void PutCsv(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) out << (i > 0 ? "," : "") << CsvField(fields[i]);
  out << "\r\n";
}

}  // namespace

void WriteRollupCsv(std::ostream& out, const Rollup& r) {
  std::vector<std::string> header = {"commune", "district", "province", "reported", "source", "documents"};
  for (const std::string& topic : r.topics) {
    for (const char* m : {"_classes", "_participants", "_female"}) header.push_back(topic + m);
  }
  for (const char* m : {"total_classes", "total_participants", "total_female"}) header.push_back(m);
  for (const std::string& c : r.categories) header.push_back("budget_" + c);
  header.push_back("corrected");
  header.push_back("review");
  PutCsv(out, header);
  for (const RollupRow& row : r.rows) PutCsv(out, CsvRow(r, row, row.reported ? "yes" : "no"));
  PutCsv(out, CsvRow(r, r.totals, "total"));
}

void WriteRollupTable(std::ostream& out, const Rollup& r) {
  out << "Roll-up " << r.options.status << " " << r.options.period;
  if (r.options.district) out << ", district " << *r.options.district;
  if (r.options.province) out << ", province " << *r.options.province;
  out << "  (cells: classes/participants/women; * corrected, ! correction to review)\n\n";
  std::vector<std::string> groups = r.topics;
  groups.push_back("tong");
  std::vector<std::string> header = {"commune", "district"};
  for (const std::string& t : groups) header.push_back(TopicHeading(t));
  for (const std::string& c : r.categories) header.push_back(CategoryHeading(c));

  std::vector<std::vector<std::string>> rows;
  auto add = [&](const RollupRow& row) {
    std::string mark = row.review ? " !" : row.corrected ? " *" : "";
    std::vector<std::string> cells = {row.commune + mark, row.district.value_or("")};
    for (const std::string& t : groups) {
      if (t == "tong") {
        cells.push_back(Cell(row.total));
      } else {
        auto it = row.topics.find(t);
        cells.push_back(it == row.topics.end() ? "" : Cell(it->second));
      }
    }
    for (const std::string& c : r.categories) {
      auto it = row.budget.find(c);
      cells.push_back(it == row.budget.end() ? "" : Opt(it->second));
    }
    rows.push_back(std::move(cells));
  };
  for (const RollupRow& row : r.rows) {
    if (row.reported) add(row);
  }
  add(r.totals);

  std::vector<std::size_t> width(header.size(), 0);
  auto measure = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      width[i] = std::max(width[i], normalize::ByteToCodePoint(cells[i], cells[i].size()));
    }
  };
  measure(header);
  for (const auto& cells : rows) measure(cells);
  auto print = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) out << (i > 0 ? "  " : "") << Pad(cells[i], width[i], i >= 2);
    out << "\n";
  };
  print(header);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (i + 1 == rows.size()) {
      std::size_t total = 0;
      for (std::size_t w : width) total += w + 2;
      out << std::string(total, '-') << "\n";
    }
    print(rows[i]);
  }
  std::string missing;
  for (const RollupRow& row : r.rows) {
    if (row.reported) continue;
    missing += (missing.empty() ? "" : ", ") + row.commune;
    if (row.district) missing += " (" + *row.district + ")";
  }
  out << "\nNot reported: " << (missing.empty() ? "none" : missing) << "\n";
  if (r.corrections_to_review > 0) {
    out << r.corrections_to_review << " correction(s) need review: baocao correct --list\n";
  }
}

}  // namespace baocao
