#include "extractors/checks.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <tuple>

namespace baocao {
namespace {

// The contract's topic code for other programmes (../docs/records.md).
constexpr const char* kOtherTopic = "khac";

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
    {&Record::amount_vnd, "amount_vnd"},
};

bool IsActivity(const Record& r) { return r.type == RecordType::kActivity; }
bool IsTong(const Record& r) { return r.topic == std::optional<std::string>("tong"); }

// How sure we are that `parts` are all the parts of a total.
enum class Parts {
  // Every part is in the list: the rows under a table's total. A sum that
  // differs is a mismatch when every part's figure was read.
  kAll,
  // The parts found may not be all: money lines of a budget section in
  // prose, the statements after a total that says they follow ("…, cụ
  // thể:"). Only parts that add up to MORE than the total prove an error.
  kFound,
  // Statements found near a total, which may not all be its parts ("Số lớp
  // học: 18 lớp" then the clubs and campaigns of the year): neither less
  // nor more proves an error.
  kNearby,
};

// True when some measure of `t`, read in every one of `parts`, adds up to
// the total exactly: then the parts found are all its parts ("15 lớp" = 6 +
// 5 + 4 says no topic was left out).
bool AddsUp(const std::vector<Record>& records, const Record& t, const std::vector<int>& parts) {
  for (const MeasureName& m : kMeasures) {
    if (!(t.*m.field)) continue;
    std::int64_t sum = 0;
    bool every = true;
    for (int p : parts) {
      const auto& v = records[static_cast<std::size_t>(p)].*m.field;
      every = every && v.has_value();
      if (v) sum += *v;
    }
    if (every && sum == *(t.*m.field)) return true;
  }
  return false;
}

// `a` and `b` differ by one digit more or less ("34142" and "3142"): what
// OCR does to a number far more often than anyone adds up wrong.
bool OneDigitMoreOrLess(std::int64_t a, std::int64_t b) {
  std::string longer = std::to_string(a), shorter = std::to_string(b);
  if (longer.size() < shorter.size()) std::swap(longer, shorter);
  if (longer.size() != shorter.size() + 1) return false;
  for (std::size_t i = 0; i < longer.size(); ++i) {
    if (longer.substr(0, i) + longer.substr(i + 1) == shorter) return true;
  }
  return false;
}

// Whether OCR could have read `meant` as `read`: a digit more or fewer, or
// one 5 read as 9 (at scan resolution the serif 5's open bowl closes; the
// reading is sure of itself all the same, so no low confidence flags it).
// Only that way round: a 9 is not seen read as 5.
bool LooksMisread(std::int64_t read, std::int64_t meant) {
  if (meant < 0 || read == meant) return false;
  if (OneDigitMoreOrLess(read, meant)) return true;
  const std::string a = std::to_string(read), b = std::to_string(meant);
  if (a.size() != b.size()) return false;
  int differ = 0;
  bool five_as_nine = true;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] == b[i]) continue;
    ++differ;
    five_as_nine = five_as_nine && a[i] == '9' && b[i] == '5';
  }
  return differ == 1 && five_as_nine;
}

// The OCR'd figure of a sum that, read as OCR could have misread it, makes
// the sum hold, or the one OCR'd part larger than the stated total: the
// record's index and the value it would then hold; -1 when there is none.
std::pair<int, std::int64_t> SuspectedMisread(const std::vector<Record>& records, int total,
                                              const std::vector<int>& parts, Measure field, std::int64_t stated,
                                              std::int64_t sum) {
  if (records[static_cast<std::size_t>(total)].notes.confidence && LooksMisread(stated, sum)) return {total, sum};
  int over = -1, overs = 0;
  for (int p : parts) {
    const Record& r = records[static_cast<std::size_t>(p)];
    if (!r.notes.confidence || !(r.*field)) continue;
    const std::int64_t meant = stated - (sum - *(r.*field));
    if (LooksMisread(*(r.*field), meant)) return {p, meant};
    if (*(r.*field) > stated) over = p, ++overs;
  }
  // One part larger than the whole it is part of (figures are counts and
  // amounts, never negative here): a report does not state that, OCR does
  // ("385" read "3465"), however sure of itself.
  if (overs == 1 && stated >= 0) {
    const std::int64_t meant = stated - (sum - *(records[static_cast<std::size_t>(over)].*field));
    if (meant >= 0) return {over, meant};
  }
  return {-1, 0};
}

// Compares `total` with the sum of `parts` measure by measure; a measure is
// checked when the total states it and some part does. A part whose figure
// is unknown (blank or unsure) makes the sum incomplete: `sum-incomplete`
// (info) names it when the parts read do not reach the total, never a
// `sum-mismatch`.
void CompareSum(const std::vector<Record>& records, int total, const std::vector<int>& parts, Parts kind,
                std::vector<Record>* checks) {
  if (parts.size() < 2) return;
  const Record& t = records[static_cast<std::size_t>(total)];
  if (t.approx) return;  // "gần 1.900 lượt người" is no exact sum
  if (kind != Parts::kAll && AddsUp(records, t, parts)) kind = Parts::kAll;
  for (const MeasureName& m : kMeasures) {
    if (!(t.*m.field)) continue;
    std::int64_t sum = 0;
    int read = 0;
    std::vector<std::string> missing;
    for (int p : parts) {
      const Record& part = records[static_cast<std::size_t>(p)];
      const auto& v = part.*m.field;
      if (v) {
        sum += *v;
        ++read;
      } else {
        missing.push_back(part.notes.unsure.empty() ? part.label : part.label + " (" + part.notes.unsure[0] + ")");
      }
    }
    std::int64_t stated = *(t.*m.field);
    if (read == 0 || sum == stated) continue;
    std::vector<int> refs = {total};
    refs.insert(refs.end(), parts.begin(), parts.end());
    if (!missing.empty()) {
      std::string names;
      for (const std::string& n : missing) names += (names.empty() ? "" : "; ") + n;
      checks->push_back(NewCheck("sum-incomplete", "info",
                                 fmt::format("{}: {} stated {}; the {} parts read add up to {}; not read: {}", t.label,
                                             m.name, stated, read, sum, names),
                                 std::move(refs), t.source));
      continue;
    }
    // Parts found that fall short may leave some out. Statements near a
    // total that add up to more than it may be no parts of it at all: said
    // to the analyst, never an error, since a false alarm costs more than a
    // missed one.
    const bool short_of = kind != Parts::kAll && sum < stated;
    if (short_of || kind == Parts::kNearby) {
      checks->push_back(NewCheck(short_of ? "sum-incomplete" : "sum-exceeds", "info",
                                 fmt::format("{}: {} stated {}; the {} parts found add up to {} ({})", t.label, m.name,
                                             stated, parts.size(), sum,
                                             short_of ? "other parts may not be stated"
                                                      : "more; they may not all be its parts"),
                                 std::move(refs), t.source));
      continue;
    }
    // On a scan, a sum that one figure read otherwise (a digit more or
    // less, a 5 for a 9) makes hold was misread, most likely: flagged for
    // the analyst with the figure to look at, no false alarm.
    if (const auto [suspect, meant] = SuspectedMisread(records, total, parts, m.field, stated, sum); suspect >= 0) {
      const Record& r = records[static_cast<std::size_t>(suspect)];
      checks->push_back(NewCheck("ocr-misread-suspect", "warning",
                                 fmt::format("{}: {} stated {} but the {} parts add up to {}: {} of \"{}\" may be {} "
                                             "misread by OCR; check the scan",
                                             t.label, m.name, stated, parts.size(), sum, *(r.*m.field), r.label, meant),
                                 std::move(refs), t.source));
      continue;
    }
    checks->push_back(NewCheck("sum-mismatch", "error",
                               fmt::format("{}: {} stated {} but the {} parts add up to {} (difference {})", t.label,
                                           m.name, stated, parts.size(), sum, sum - stated),
                               std::move(refs), t.source));
  }
}

void FemaleExceedsTotal(const std::vector<Record>& rs, std::vector<Record>* checks) {
  for (std::size_t i = 0; i < rs.size(); ++i) {
    const Record& r = rs[i];
    if (!IsActivity(r) || !r.female || !r.participants || *r.female <= *r.participants) continue;
    checks->push_back(NewCheck("female-exceeds-total", "error",
                               fmt::format("{}: {} women of {} participants", r.label, *r.female, *r.participants),
                               {static_cast<int>(i)}, r.source));
  }
}

// Table totals against their parts, group of columns by group: a section
// row stating the sum of the rows under it ("A | TỔNG THU" over "1 | Ngân
// sách nhà nước"), and a "Tổng cộng" row (at the top or the bottom) against
// the top-level rows. "Trong đó" rows are parts of nothing.
void TableSums(const std::vector<Record>& rs, std::vector<Record>* checks) {
  for (std::size_t i = 0; i < rs.size(); ++i) {
    const Record& t = rs[i];
    if (t.notes.table < 0 || !t.source.row || t.type == RecordType::kFigure) continue;
    std::vector<int> parts;
    for (std::size_t j = 0; j < rs.size(); ++j) {
      const Record& p = rs[j];
      if (j == i || p.type != t.type || p.notes.table != t.notes.table || p.notes.table_group != t.notes.table_group ||
          p.notes.breakdown || p.notes.total_row) {
        continue;
      }
      bool part = t.notes.total_row ? p.notes.sum_parent < 0
                                    : p.source.block == t.source.block && p.notes.sum_parent == *t.source.row;
      if (part) parts.push_back(static_cast<int>(j));
    }
    CompareSum(rs, static_cast<int>(i), parts, Parts::kAll, checks);
  }
}

// A prose statement's total against its parts: by who ran them, or by topic.
void BreakdownSums(const std::vector<Record>& rs, std::vector<Record>* checks) {
  for (std::size_t i = 0; i < rs.size(); ++i) {
    const Record& t = rs[i];
    if (!IsActivity(t) || t.rule != "prose.activity") continue;
    std::vector<int> parts;
    for (std::size_t j = i + 1; j < rs.size() && rs[j].rule == "prose.activity_part" &&
                                rs[j].source.block == t.source.block;
         ++j) {
      parts.push_back(static_cast<int>(j));
    }
    // Who ran them ("trong đó tự tổ chức 30, phối hợp 15") divides the
    // whole; a list by topic ("trong đó kinh tế 12 lớp, pháp luật 8 lớp")
    // may name only the main ones.
    const bool by_topic = std::any_of(parts.begin(), parts.end(),
                                      [&](int p) { return rs[static_cast<std::size_t>(p)].topic != t.topic; });
    CompareSum(rs, static_cast<int>(i), parts, by_topic ? Parts::kFound : Parts::kAll, checks);
  }
}

// The records `select` picks, per section, status and period, in document
// order.
template <typename Select>
std::map<std::tuple<int, std::string, std::string>, std::vector<int>> BySection(const std::vector<Record>& rs,
                                                                                 Select select) {
  std::map<std::tuple<int, std::string, std::string>, std::vector<int>> out;
  for (std::size_t i = 0; i < rs.size(); ++i) {
    const Record& r = rs[i];
    if (select(r)) out[{r.notes.section, r.status.value_or(""), r.period.value_or("")}].push_back(static_cast<int>(i));
  }
  return out;
}

// Each total of `list` (record indices in document order) with its parts:
// the records it introduces (after it, up to the next total) or, when none
// follow, those it sums up (before it, back to the previous total).
// `shared`: totals of one list share it -- totals stated one after another
// ("Số lớp: 15 lớp. Học viên tham gia: 1.300 người.") and totals on both
// sides of it (a count before the topic lines, the people after them).
// Else each total has its own lines ("Tổng thu: D; tổng chi: E" -- D sums
// up what came before; lines an earlier total introduced are not D's).
template <typename IsTotal>
std::vector<std::pair<int, std::vector<int>>> TotalsWithParts(const std::vector<int>& list, IsTotal is_total,
                                                              bool shared) {
  std::vector<bool> claimed(list.size(), false);
  for (std::size_t k = 0; k < list.size() && !shared; ++k) {
    if (!is_total(list[k])) continue;
    for (std::size_t j = k + 1; j < list.size() && !is_total(list[j]); ++j) claimed[j] = true;
  }
  std::vector<std::pair<int, std::vector<int>>> out;
  for (std::size_t k = 0; k < list.size(); ++k) {
    if (!is_total(list[k])) continue;
    std::size_t first = k, last = k;
    while (shared && first > 0 && is_total(list[first - 1])) --first;
    while (shared && last + 1 < list.size() && is_total(list[last + 1])) ++last;
    std::vector<int> after, before;
    for (std::size_t j = last + 1; j < list.size() && !is_total(list[j]); ++j) after.push_back(list[j]);
    for (std::size_t j = first; j-- > 0 && !is_total(list[j]) && !claimed[j];) before.insert(before.begin(), list[j]);
    out.push_back({list[k], after.empty() ? before : after});
  }
  return out;
}

// A prose total ("Số lớp đã mở: 24 lớp") against the topic statements of the
// same section, status and period that it introduces or sums up
// (TotalsWithParts). A total in the middle of a list ("- Tổ chức 12 lớp sinh
// hoạt chuyên đề …" among other items) is no total of the items above it.
void SectionSums(const std::vector<Record>& rs, std::vector<Record>* checks) {
  auto is_total = [&](int i) { return IsTong(rs[static_cast<std::size_t>(i)]); };
  auto statements = BySection(rs, [](const Record& r) { return IsActivity(r) && r.rule == "prose.activity"; });
  for (const auto& [key, list] : statements) {
    auto totals = TotalsWithParts(list, is_total, /*shared=*/true);
    // A total that says its parts follow ("…, cụ thể như sau:") over a
    // bulleted list: the list's items are its parts; a paragraph after the
    // list is not one ("Tổ chức 03 lớp … cho cán bộ, công chức" below it).
    for (auto& [t, ps] : totals) {
      if (!rs[static_cast<std::size_t>(t)].notes.opens_list || ps.empty() ||
          ps.front() < t || !rs[static_cast<std::size_t>(ps.front())].notes.list_item) {
        continue;
      }
      const auto end = std::find_if(ps.begin(), ps.end(),
                                    [&](int p) { return !rs[static_cast<std::size_t>(p)].notes.list_item; });
      ps.erase(end, ps.end());
    }
    // Totals stated apart over the same parts ("Số lớp: 15", "Học viên tham
    // gia 1.300 người"): one adding up says the parts are all of them.
    for (const auto& [t, ps] : totals) {
      bool all = false;
      for (const auto& [other, other_parts] : totals) {
        if (other_parts == ps) all = all || AddsUp(rs, rs[static_cast<std::size_t>(other)], ps);
      }
      const Parts kind = all ? Parts::kAll : rs[static_cast<std::size_t>(t)].notes.opens_list ? Parts::kFound : Parts::kNearby;
      CompareSum(rs, t, ps, kind, checks);
    }
  }
}

// A stated total budget ("Tổng kinh phí: …") against the money lines of the
// same section, status and period that it introduces or sums up
// (TotalsWithParts, each total alone): "Kinh phí …: A; trong đó B, C. Tổng
// thu: D; tổng chi: E" compares D with nothing that belongs to another
// total. Lines that spend or are left (outflows) are parts of nothing.
void BudgetSums(const std::vector<Record>& rs, std::vector<Record>* checks) {
  auto is_total = [&](int i) { return rs[static_cast<std::size_t>(i)].category == std::optional<std::string>("total"); };
  auto lines = BySection(rs, [](const Record& r) {
    return r.type == RecordType::kBudget && !r.source.row && !r.notes.breakdown;
  });
  for (const auto& [key, list] : lines) {
    for (const auto& [total, parts] : TotalsWithParts(list, is_total, /*shared=*/false)) {
      const Record& t = rs[static_cast<std::size_t>(total)];
      // "Tổng kinh phí 45,5 triệu, trong đó ngân sách 30 triệu, xã hội hóa
      // 15,5 triệu": parts stated with the total that add up to it are all
      // of its parts; money lines elsewhere in the section are not.
      std::vector<int> own;
      for (int p : parts) {
        if (rs[static_cast<std::size_t>(p)].source.block == t.source.block) own.push_back(p);
      }
      if (own.size() >= 2 && own.size() < parts.size() && AddsUp(rs, t, own)) continue;
      CompareSum(rs, total, parts, Parts::kFound, checks);
    }
  }
}

// "A/B lớp đạt X%": X against A/B, within the rounding of the printed X.
void PercentMismatch(const std::vector<Record>& rs, std::vector<Record>* checks) {
  for (std::size_t i = 0; i + 1 < rs.size(); ++i) {
    const Record& actual = rs[i];
    const Record& plan = rs[i + 1];
    if (actual.notes.percents.empty() || plan.rule != "prose.activity_plan") continue;
    for (const Record::StatedPercent& p : actual.notes.percents) {
      Measure field = p.measure == "classes" ? &Record::classes : &Record::participants;
      const auto& a = actual.*field;
      const auto& b = plan.*field;
      if (!a || !b || *b == 0) continue;
      double computed = 100.0 * static_cast<double>(*a) / static_cast<double>(*b);
      double unit = std::pow(10.0, -p.decimals);
      if (std::fabs(computed - p.value) <= unit + 1e-9) continue;
      checks->push_back(NewCheck("percent-mismatch", "error",
                                 fmt::format("{}: stated {}% but {}/{} is {:.{}f}%", actual.label, p.value, *a, *b,
                                             computed, p.decimals),
                                 {static_cast<int>(i), static_cast<int>(i + 1)}, actual.source));
    }
  }
}

// Two rows of one table with the same label and the same figures.
void DuplicateRows(const std::vector<Record>& rs, std::vector<Record>* checks) {
  for (std::size_t i = 0; i < rs.size(); ++i) {
    const Record& a = rs[i];
    if (!IsActivity(a) || !a.source.row) continue;
    for (std::size_t j = i + 1; j < rs.size(); ++j) {
      const Record& b = rs[j];
      if (!IsActivity(b) || b.source.block != a.source.block || !b.source.row) continue;
      bool same = a.label == b.label && a.period == b.period && a.commune == b.commune;
      for (const MeasureName& m : kMeasures) same = same && a.*m.field == b.*m.field;
      if (!same) continue;
      checks->push_back(NewCheck("duplicate-row", "warning",
                                 fmt::format("{}: rows {} and {} repeat the same figures", a.label, *a.source.row,
                                             *b.source.row),
                                 {static_cast<int>(i), static_cast<int>(j)}, b.source));
    }
  }
}

// An activity whose name no topic rule knows is filed under the taxonomy's
// catch-all, `khac` (other programmes), rather than left without a topic a
// roll-up cannot place; the check names it so the analyst can file it
// elsewhere by a rule or a correction. Runs after every other check, which
// see the record as read.
void FileUnknownTopics(std::vector<Record>* rs, std::vector<Record>* checks) {
  for (std::size_t i = 0; i < rs->size(); ++i) {
    Record& r = (*rs)[i];
    if (!IsActivity(r) || r.topic) continue;
    r.topic = kOtherTopic;
    checks->push_back(NewCheck("topic-unknown", "info",
                               fmt::format("no topic rule matches \"{}\"; filed under {} (other programmes)",
                                           r.label, kOtherTopic),
                               {static_cast<int>(i)}, r.source));
  }
}

// "Bằng chữ: …" against the digits of the same amount.
void WordsDigits(const std::vector<Record>& rs, std::vector<Record>* checks) {
  for (std::size_t i = 0; i < rs.size(); ++i) {
    const Record& r = rs[i];
    if (r.type != RecordType::kBudget || !r.notes.amount_in_words || !r.amount_vnd ||
        *r.notes.amount_in_words == *r.amount_vnd) {
      continue;
    }
    checks->push_back(NewCheck("words-digits-mismatch", "error",
                               fmt::format("{}: {} đồng in digits but {} đồng in words", r.label, *r.amount_vnd,
                                           *r.notes.amount_in_words),
                               {static_cast<int>(i)}, r.source));
  }
}

// Numbers left unknown because their value was not sure: never guessed,
// never 0, but named for the analyst.
void UnsureNumbers(const std::vector<Record>& rs, std::vector<Record>* checks) {
  for (std::size_t i = 0; i < rs.size(); ++i) {
    for (const std::string& note : rs[i].notes.unsure) {
      checks->push_back(NewCheck("number-unsure", "info", fmt::format("{}: {}; left unknown", rs[i].label, note),
                                 {static_cast<int>(i)}, rs[i].source));
    }
  }
}

void LowConfidence(const std::vector<Record>& rs, double threshold, std::vector<Record>* checks) {
  for (std::size_t i = 0; i < rs.size(); ++i) {
    const Record& r = rs[i];
    if (r.type == RecordType::kCheck || !r.notes.confidence || *r.notes.confidence >= threshold) continue;
    checks->push_back(NewCheck("ocr-low-confidence", "warning",
                               fmt::format("{}: read by OCR with confidence {:.0f} (below {:.0f}); check the figures "
                                           "against the scan",
                                           r.label, *r.notes.confidence, threshold),
                               {static_cast<int>(i)}, r.source));
  }
}

}  // namespace

// A sum whose total or parts were read by OCR with low confidence proves
// nothing: a misread digit is flagged (ocr-low-confidence), never summed as
// certain, so its `sum-mismatch` becomes `sum-incomplete` naming the cells.
void UnsureSums(const std::vector<Record>& rs, double low_confidence, std::vector<Record>* checks) {
  for (Record& c : *checks) {
    if (c.rule != "sum-mismatch") continue;
    std::string unsure;
    for (int ref : c.refs) {
      const Record& r = rs[static_cast<std::size_t>(ref)];
      if (!r.notes.confidence || *r.notes.confidence >= low_confidence) continue;
      unsure += fmt::format("{}{} ({:.0f})", unsure.empty() ? "" : "; ", r.label, *r.notes.confidence);
    }
    if (unsure.empty()) continue;
    c.rule = "sum-incomplete";
    c.severity = "info";
    c.message += "; not sure: read by OCR with low confidence: " + unsure;
  }
}

void AddChecks(std::vector<Record>* records, const CheckOptions& options) {
  std::vector<Record> checks;
  const std::vector<Record>& rs = *records;
  FemaleExceedsTotal(rs, &checks);
  TableSums(rs, &checks);
  BreakdownSums(rs, &checks);
  SectionSums(rs, &checks);
  BudgetSums(rs, &checks);
  UnsureSums(rs, options.ocr_low_confidence, &checks);
  PercentMismatch(rs, &checks);
  WordsDigits(rs, &checks);
  DuplicateRows(rs, &checks);
  UnsureNumbers(rs, &checks);
  LowConfidence(rs, options.ocr_low_confidence, &checks);
  FileUnknownTopics(records, &checks);
  for (Record& c : checks) records->push_back(std::move(c));
}

}  // namespace baocao
