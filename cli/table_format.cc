#include "cli/table_format.h"

#include <fmt/format.h>

#include "normalize/text.h"
#include "util/one_line.h"

namespace baocao {
namespace {

std::string Or(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : "-"; }
std::string Or(const std::optional<std::string>& v) { return v ? *v : "-"; }

// Pads by code points, so Vietnamese labels line up.
std::string Pad(const std::string& s, std::size_t width) {
  std::size_t cps = normalize::ByteToCodePoint(s, s.size());
  if (cps >= width) {
    std::size_t cut = normalize::CodePointToByte(s, width > 1 ? width - 1 : 0);
    return s.substr(0, cut) + "…";
  }
  return s + std::string(width - cps, ' ');
}

}  // namespace

std::string FormatExtractionTable(const Extraction& ex) {
  const DocumentInfo& d = ex.document;
  std::string out = fmt::format("{}  [{}]  {}  ref {}  issued {}\n", OneLine(d.file), d.doc_type, Or(d.title), Or(d.ref),
                                Or(d.issued));
  out += fmt::format("  issuer {} | commune {} | district {} | province {}\n", Or(d.issuer), Or(d.commune),
                     Or(d.district), Or(d.province));
  out += fmt::format("  {} {} {} {} {} {} {} {} {}\n", Pad("type", 9), Pad("status", 7), Pad("period", 16),
                     Pad("topic", 18), Pad("label", 44), Pad("classes", 8), Pad("people", 8), Pad("women", 6),
                     "đồng");
  for (const Record& r : ex.records) {
    if (r.type == RecordType::kCheck) {
      out += fmt::format("  {} {} {}\n", Pad("check", 9), Pad(r.severity, 7), r.rule + ": " + r.message);
      continue;
    }
    std::optional<std::int64_t> money = r.type == RecordType::kBudget ? r.amount_vnd : r.cost_vnd;
    out += fmt::format("  {} {} {} {} {} {} {} {} {}\n", Pad(RecordTypeName(r.type), 9), Pad(Or(r.status), 7),
                       Pad(Or(r.period), 16), Pad(Or(r.type == RecordType::kBudget ? r.category : r.topic), 18),
                       Pad(r.label, 44), Pad(Or(r.classes), 8), Pad(Or(r.participants), 8), Pad(Or(r.female), 6),
                       Or(money));
  }
  return out;
}

}  // namespace baocao
