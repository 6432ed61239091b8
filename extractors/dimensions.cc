#include "extractors/dimensions.h"

#include <vector>

#include "extractors/classify.h"
#include "extractors/context.h"
#include "extractors/metadata.h"
#include "normalize/text.h"

namespace baocao {
namespace {

void Fill(std::optional<std::string>* field, const std::optional<std::string>& outer) {
  if (!*field && outer) *field = outer;
}

// The rule of `section` whose match starts leftmost in `text` (the earlier
// rule on a tie), or nullptr.
const Rule* Leftmost(const RuleSet& rules, std::string_view section, const std::string& text, std::size_t* at) {
  const Rule* best = nullptr;
  std::size_t best_at = std::string::npos;
  Groups g;
  for (const Rule& r : rules.Section(section)) {
    if (RuleSet::Match(r, text, &g) && g[0].first < best_at) {
      best_at = g[0].first;
      best = &r;
    }
  }
  if (at != nullptr) *at = best_at;
  return best;
}

// The label lowercased with its diacritics, trimmed of list punctuation.
std::string LowerLabel(const std::string& canonical) {
  return normalize::ToLower(TrimPunct(canonical, " \t\n:;,.-+*•"));
}

}  // namespace

void Dims::Inherit(const Dims& outer) {
  Fill(&status, outer.status);
  Fill(&period, outer.period);
  Fill(&organizer, outer.organizer);
  Fill(&topic, outer.topic);
  Fill(&commune, outer.commune);
  Fill(&category, outer.category);
  Fill(&money_part, outer.money_part);
}

std::string Dims::Key() const {
  std::string out;
  auto add = [&](const char* name, const std::optional<std::string>& v) {
    if (!v) return;
    if (!out.empty()) out += ' ';
    out += std::string(name) + "=" + *v;
  };
  add("status", status);
  add("period", period);
  add("organizer", organizer);
  add("topic", topic);
  add("commune", commune);
  add("category", category);
  add("part", money_part);
  return out;
}

std::optional<std::string> PeriodIn(const RuleSet& rules, const FoldedText& text, const std::optional<std::string>& year) {
  if (std::optional<std::string> p = ContextOf(rules, text, year).period) return p;
  // "6 tháng đầu năm" without its year: the [period] rules need the year.
  if (!year || year->size() < 4) return std::nullopt;
  std::string y = year->substr(0, 4);
  if (text.folded.find("6 thang dau nam") != std::string::npos) return y + "-01/" + y + "-06";
  if (text.folded.find("6 thang cuoi nam") != std::string::npos) return y + "-07/" + y + "-12";
  return std::nullopt;
}

Dims HeaderCellDims(const RuleSet& rules, const FoldedText& cell, const std::optional<std::string>& year) {
  Dims d;
  if (const Rule* s = Leftmost(rules, "header_status", cell.folded, nullptr)) d.status = s->id;
  if (const Rule* o = rules.FirstMatch("header_organizer", cell.folded)) d.organizer = o->id;
  d.period = PeriodIn(rules, cell, year);
  if (TotalOf(rules, cell.canon) == TotalKind::kGrand) {
    d.topic = "tong";
  } else if (std::optional<Topic> t = TopicOf(rules, cell)) {
    d.topic = t->code;
  }
  return d;
}

bool IsRatioHeader(const RuleSet& rules, const FoldedText& cell) {
  return rules.FirstMatch("ratio_column", cell.folded) != nullptr;
}

std::optional<std::int64_t> MoneyUnitOf(const RuleSet& rules, const FoldedText& text) {
  const Rule* r = rules.FirstMatch("money_unit", text.folded);
  if (r == nullptr) return std::nullopt;
  if (r->id == "billion") return 1000000000;
  if (r->id == "million") return 1000000;
  if (r->id == "thousand") return 1000;
  return 1;
}

TotalKind TotalOf(const RuleSet& rules, const std::string& canonical_label) {
  std::string lower = LowerLabel(canonical_label);
  if (lower.empty()) return TotalKind::kNone;
  if (const Rule* r = rules.FirstMatch("table_total", lower)) {
    return r->id == "grand" ? TotalKind::kGrand : TotalKind::kPart;
  }
  return TotalKind::kNone;
}

std::optional<std::string> UnitOfLabel(const RuleSet& rules, const std::string& canonical_label) {
  std::string canon = TrimPunct(canonical_label, " \t\n:;,.-+*•");
  std::string lower = normalize::ToLower(canon);
  Groups g;
  for (const Rule& r : rules.Section("row_unit")) {
    if (!RuleSet::Match(r, lower, &g) || g.size() < 2 || g[1].first == std::string::npos) continue;
    // Same code points, so the same span of the text as printed.
    std::size_t b = normalize::CodePointToByte(canon, normalize::ByteToCodePoint(lower, g[1].first));
    std::string name = NameOnly(canon.substr(b));
    if (!name.empty()) return name;
    if (auto numbered = NumberedUnitName(canon.substr(0, b), canon.substr(b))) return numbered;
  }
  return std::nullopt;
}

bool IsPeriodLabel(const RuleSet& rules, const FoldedText& label) {
  return rules.FirstMatch("row_period", TrimPunct(label.folded, " \t\n:;,.-+*•")) != nullptr;
}

std::optional<std::string> LeadingStatus(const RuleSet& rules, const FoldedText& label) {
  std::size_t at = 0;
  const Rule* r = Leftmost(rules, "header_status", label.folded, &at);
  if (r == nullptr || at != 0) return std::nullopt;
  return r->id;
}

std::optional<std::string> MoneyPartOf(const RuleSet& rules, const FoldedText& label) {
  const Rule* r = rules.FirstMatch("money_part", TrimPunct(label.folded, " \t\n:;,.-+*•"));
  if (r == nullptr || r->id == "none") return std::nullopt;
  return r->id;
}

std::optional<std::string> OrganizerOfCell(const RuleSet& rules, const FoldedText& cell, bool partner_column) {
  std::string text = TrimPunct(cell.folded, " \t\n:;,.");
  if (text.empty()) return std::nullopt;
  if (const Rule* r = rules.FirstMatch("organizer_cell", text)) {
    if (r->id == "none") return std::nullopt;
    return r->id;
  }
  bool has_letter = false;
  for (char ch : text) has_letter = has_letter || (ch >= 'a' && ch <= 'z');
  if (partner_column && has_letter) return "partner";
  return std::nullopt;
}

bool IsBreakdownLabel(const RuleSet& rules, const FoldedText& label) {
  return rules.FirstMatch("row_breakdown", TrimPunct(label.folded, " \t\n:;,.-+*•")) != nullptr;
}

}  // namespace baocao
