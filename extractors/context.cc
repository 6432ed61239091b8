#include "extractors/context.h"

#include <re2/re2.h>

#include <charconv>
#include <vector>

#include "extractors/classify.h"
#include "extractors/prose_figures.h"
#include "normalize/text.h"

namespace baocao {
namespace {

std::string Group(const std::string& folded, const Groups& g, std::size_t i) {
  if (i >= g.size() || g[i].first == std::string::npos) return "";
  return folded.substr(g[i].first, g[i].second - g[i].first);
}

std::string TwoDigits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

int QuarterNumber(const std::string& q) {
  if (q == "i" || q == "1") return 1;
  if (q == "ii" || q == "2") return 2;
  if (q == "iii" || q == "3") return 3;
  if (q == "iv" || q == "4") return 4;
  return 0;
}

// A year as a rule captured it: four digits, else empty.
std::string Year(const std::string& folded, const Groups& g, std::size_t i) {
  const std::optional<int> y = RuleSet::GroupNumber(folded, g, i);
  return y && *y >= 1000 && *y <= 9999 ? std::to_string(*y) : "";
}

// The four-digit year a context period starts with ("2024", "2024-01/2024-06"),
// else empty.
std::string ContextYear(const std::optional<std::string>& period) {
  return period && period->size() >= 4 ? period->substr(0, 4) : "";
}

// `year` moved by `delta` years ("2024" + -1 -> "2023"), else empty.
std::string YearPlus(const std::string& year, int delta) {
  int y = 0;
  const auto [end, ec] = std::from_chars(year.data(), year.data() + year.size(), y);
  if (ec != std::errc() || end != year.data() + year.size() || y < 1000 || y + delta > 9999) return "";
  return std::to_string(y + delta);
}

// The context period moved into year `to` ("2024-01/2024-06" -> "2023-01/
// 2023-06"); nullopt for a period of several years, which has no "same
// period" in another year.
std::optional<std::string> SamePeriodIn(const std::optional<std::string>& context, const std::string& to) {
  const std::string from = ContextYear(context);
  if (from.empty() || to.empty()) return std::nullopt;
  std::string out;
  std::size_t part = 0;
  while (true) {
    const std::size_t slash = context->find('/', part);
    const std::string piece = context->substr(part, slash == std::string::npos ? std::string::npos : slash - part);
    if (piece.compare(0, 4, from) != 0) return std::nullopt;  // "2020/2024"
    out += to + piece.substr(4);
    if (slash == std::string::npos) return out;
    out += '/';
    part = slash + 1;
  }
}

// The period a rule's match names, as ISO 8601 (year, month or interval);
// nullopt when the groups the rule captured do not make one (an analyst's
// pattern may capture nothing, or text that is not a number).
std::optional<std::string> PeriodOf(const Rule& rule, const std::string& folded, const Groups& g,
                                    const std::optional<std::string>& year) {
  if (rule.id == "month_range") {
    const std::optional<int> a = RuleSet::GroupNumber(folded, g, 1), b = RuleSet::GroupNumber(folded, g, 2);
    std::string y = Year(folded, g, 3);
    if (y.empty()) y = ContextYear(year);  // "từ tháng 3 đến tháng 5"
    if (!a || !b || y.empty() || *a < 1 || *b > 12 || *b <= *a) return std::nullopt;
    return y + "-" + TwoDigits(*a) + "/" + y + "-" + TwoDigits(*b);
  }
  if (rule.id == "date_range") {
    const std::optional<int> a = RuleSet::GroupNumber(folded, g, 1), b = RuleSet::GroupNumber(folded, g, 2);
    std::string y = Year(folded, g, 3);
    if (y.empty()) y = ContextYear(year);  // "15/3 - 20/4"
    if (!a || !b || y.empty() || *a < 1 || *b > 12 || *b < *a) return std::nullopt;
    if (*a == 1 && *b >= 11) return y;  // "từ 01/01 đến 30/11/2024": the year reported
    if (*a == *b) return y + "-" + TwoDigits(*a);
    return y + "-" + TwoDigits(*a) + "/" + y + "-" + TwoDigits(*b);
  }
  if (rule.id == "quarter_range") {
    const int a = QuarterNumber(Group(folded, g, 1)), b = QuarterNumber(Group(folded, g, 2));
    std::string y = Year(folded, g, 3);
    if (y.empty()) y = ContextYear(year);
    if (a == 0 || b <= a || y.empty()) return std::nullopt;
    if (a == 1 && b == 4) return y;
    return y + "-" + TwoDigits(3 * a - 2) + "/" + y + "-" + TwoDigits(3 * b);
  }
  if (rule.id == "quarter_only") {
    int q = QuarterNumber(Group(folded, g, 1));
    if (!year || year->size() < 4 || q == 0) return std::nullopt;
    std::string y = year->substr(0, 4);
    return y + "-" + TwoDigits(3 * q - 2) + "/" + y + "-" + TwoDigits(3 * q);
  }
  if (rule.id == "month_only") {
    const std::optional<int> m = RuleSet::GroupNumber(folded, g, 1);
    if (!m || !year || year->size() < 4 || *m < 1 || *m > 12) return std::nullopt;
    return year->substr(0, 4) + "-" + TwoDigits(*m);
  }
  if (rule.id == "half_year_only") {
    if (!year || year->size() < 4) return std::nullopt;
    const std::string y = year->substr(0, 4);
    bool first = folded.substr(g[0].first, g[0].second - g[0].first).find("dau") != std::string::npos;
    return first ? y + "-01/" + y + "-06" : y + "-07/" + y + "-12";
  }
  if (rule.id == "half_year") {
    std::string y = Year(folded, g, 1);
    if (y.empty()) return std::nullopt;
    bool first = folded.find("dau nam") != std::string::npos;
    return first ? y + "-01/" + y + "-06" : y + "-07/" + y + "-12";
  }
  if (rule.id == "quarter") {
    int q = QuarterNumber(Group(folded, g, 1));
    std::string y = Year(folded, g, 2);
    if (q == 0 || y.empty()) return std::nullopt;
    return y + "-" + TwoDigits(3 * q - 2) + "/" + y + "-" + TwoDigits(3 * q);
  }
  if (rule.id == "month") {
    const std::optional<int> m = RuleSet::GroupNumber(folded, g, 1);
    std::string y = Year(folded, g, 2);
    if (!m || y.empty() || *m < 1 || *m > 12) return std::nullopt;
    return y + "-" + TwoDigits(*m);
  }
  if (rule.id == "first_half_to") {
    std::string y = Year(folded, g, 1);
    if (y.empty()) y = ContextYear(year);
    if (y.empty()) return std::nullopt;
    return y + "-01/" + y + "-06";
  }
  // Periods said relative to the context's: "năm nay" (the context's; in
  // a half-year report that half), "năm trước" (the year before), "năm
  // tới" (the year after), "cùng kỳ năm trước" (the same months a year
  // earlier), "cùng kỳ năm 2023" (the same months in 2023).
  if (rule.id == "this_year") return year;
  if (rule.id == "year_before" || rule.id == "year_after") {
    const std::string y = YearPlus(ContextYear(year), rule.id == "year_before" ? -1 : 1);
    if (y.empty()) return std::nullopt;
    return y;
  }
  if (rule.id == "same_period_before") return SamePeriodIn(year, YearPlus(ContextYear(year), -1));
  if (rule.id == "same_period_in") return SamePeriodIn(year, Year(folded, g, 1));
  if (rule.id == "range_to_now") {
    const std::string a = Year(folded, g, 1), now = ContextYear(year);
    if (a.empty() || now.empty() || now <= a) return std::nullopt;
    return a + "/" + now;
  }
  if (rule.id == "range") {
    std::string a = Year(folded, g, 1), b = Year(folded, g, 2);
    if (a.empty() || b <= a) return std::nullopt;
    return a + "/" + b;
  }
  // year, or any rule whose first group is a year
  std::string y = Year(folded, g, 1);
  if (!y.empty()) return y;
  return std::nullopt;
}

bool StartsWithRoman(const std::string& folded) {
  std::size_t i = 0;
  while (i < folded.size() && (folded[i] == 'i' || folded[i] == 'v' || folded[i] == 'x')) ++i;
  return i > 0 && i < folded.size() && folded[i] == '.';
}

}  // namespace

Context ContextOf(const RuleSet& rules, const FoldedText& text, const std::optional<std::string>& year) {
  Context c;
  // The leftmost cue decides; on a tie, the earlier rule.
  Groups g;
  std::size_t best = std::string::npos;
  for (const Rule& r : rules.Section("status")) {
    if (RuleSet::Match(r, text.folded, &g) && g[0].first < best) {
      best = g[0].first;
      c.status = r.id;
    }
  }
  for (const Rule& r : rules.Section("period")) {
    if (RuleSet::Match(r, text.folded, &g)) {
      c.period = PeriodOf(r, text.folded, g, year);
      // "Từ năm 2020 đến nay" with no year to end it: unknown, not 2020.
      if (c.period || r.id == "range_to_now") break;
    }
  }
  return c;
}

namespace {

// The level a printed marker gives, 0 without one.
int MarkedLevel(const Paragraph& p) {
  const std::string& t = p.text;
  std::string folded = normalize::FoldKey(t);
  std::string marker = p.list_marker.empty() ? "" : normalize::FoldKey(p.list_marker);
  std::string head = marker.empty() ? folded : marker + " " + folded;
  // "Phần I", "PHẦN 2" (not "Phấn đấu …", which folds alike).
  if (head.rfind("phan ", 0) == 0 && head.size() > 5) {
    std::size_t k = 5;
    while (k < head.size() && (head[k] == 'i' || head[k] == 'v' || head[k] == 'x')) ++k;
    const bool roman = k > 5 && (k == head.size() || !isalpha(static_cast<unsigned char>(head[k])));
    if (roman || isdigit(static_cast<unsigned char>(head[5]))) return 1;
  }
  if (StartsWithRoman(head)) return 1;
  // "1.", "1.1.", "3.2.1"
  std::size_t i = 0, dots = 0;
  while (i < head.size() && (isdigit(static_cast<unsigned char>(head[i])) || head[i] == '.')) {
    if (head[i] == '.') ++dots;
    ++i;
  }
  if (i > 0 && i < head.size() && head[i] == ' ' && isdigit(static_cast<unsigned char>(head[0]))) {
    // "1. Kết quả" is a heading; "1.612 lượt người" is not (no dot at the end
    // of a digit group shorter than 3).
    bool ends_dot = head[i - 1] == '.';
    std::size_t groups = dots + (ends_dot ? 0 : 1);
    if (ends_dot || (dots > 0 && groups <= 4 && head.find(' ') < 8 && head[1] == '.')) {
      return std::min<int>(2 + static_cast<int>(groups) - 1, 4);
    }
  }
  // "a)", "b)", "đ)"
  if (head.size() > 2 && head[1] == ')' && head[0] >= 'a' && head[0] <= 'z') return 4;
  return 0;
}

}  // namespace

int HeadingLevel(const Paragraph& p) {
  const std::string& t = p.text;
  if (t.empty() || t.size() > 220) return 0;
  // A printed marker ("III.", "1.", "a)") says the level; a Word heading
  // style only when there is none (documents style "III." as Heading 3).
  int marked = MarkedLevel(p);
  if (marked > 0) return marked;
  if (p.heading_level > 0) return std::min(p.heading_level, 4);
  if (normalize::IsAllCaps(t) && t.size() < 160) return 5;
  return 0;
}

ContextTracker::ContextTracker(const RuleSet& rules, const std::string& doc_type,
                               const std::optional<std::string>& title,
                               const std::optional<std::string>& issued)
    : rules_(rules) {
  // A plan, a proposal (tờ trình) or a decision approving a plan states
  // what is to be done ([doc_type_status]); any other kind what was done.
  const Rule* kind = rules.FirstMatch("doc_type_status", doc_type);
  document_.status = kind != nullptr ? kind->id : "actual";
  if (title) {
    Context t = ContextOf(rules, FoldedText(*title));
    if (t.period) document_.period = t.period;
  }
  if (!document_.period && issued && issued->size() >= 4) document_.period = issued->substr(0, 4);
}

bool ContextTracker::Observe(const Block& block) {
  if (!block.is_paragraph()) return false;
  int level = HeadingLevel(block.paragraph);
  if (level == 0) return false;
  FoldedText text(block.paragraph.text);
  // A heading's period words may lean on the document's ("Phương hướng,
  // nhiệm vụ năm tới", "6 tháng cuối năm").
  Context heading = ContextOf(rules_, text, document_.period);
  // A heading that states figures is a statement ("a) Pháp luật: 3 lớp"):
  // its topic is its own, not its section's.
  // Only a heading's own words name a topic: "1. Ưu điểm: các lớp … nâng
  // cao thu nhập" is a paragraph under the label "Ưu điểm".
  std::string own = text.canon.substr(0, text.canon.find(':'));
  bool statement = ReadFigures(rules_, text).any();
  if (!statement && own.size() <= 120) {
    if (std::optional<Topic> t = TopicOf(rules_, FoldedText(own))) heading.topic = t->code;
  }
  levels_[static_cast<std::size_t>(level)] = heading;
  for (std::size_t l = static_cast<std::size_t>(level) + 1; l < levels_.size(); ++l) levels_[l].reset();
  return !statement;
}

Context ContextTracker::Current() const {
  Context c = document_;
  for (const auto& level : levels_) {
    if (!level) continue;
    if (level->status) c.status = level->status;
    if (level->period) c.period = level->period;
    if (level->topic) c.topic = level->topic;
  }
  return c;
}

}  // namespace baocao
