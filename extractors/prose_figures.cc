#include "extractors/prose_figures.h"

#include <algorithm>
#include <cmath>
#include <cctype>

namespace baocao {
namespace {

using normalize::Number;
using normalize::NumberKind;

// Does the number at `at` open its parenthesis: "(3 lớp)", "( 3 lớp)"?
bool OpensParenthesis(const std::string& canon, std::size_t at) {
  std::size_t i = at;
  while (i > 0 && canon[i - 1] == ' ') --i;
  return i > 0 && canon[i - 1] == '(';
}

// A hedge word ([approx]) at the end of `before` (the folded text up to a
// number), not the end of a place name: "xã Nà Khoang 62 lớp" folds to "…
// khoang 62". A capital after other words is a name; at the start
// ("Khoảng 200 người …") it is the sentence's.
bool HedgedBefore(const RuleSet& rules, const FoldedText& text, const std::string& before) {
  Groups g;
  for (const Rule& r : rules.Section("approx")) {
    if (!RuleSet::Match(r, before, &g)) continue;
    std::size_t word = g[0].first;
    while (word < before.size() && !std::isalpha(static_cast<unsigned char>(before[word]))) ++word;
    const bool words_before =
        std::any_of(before.begin(), before.begin() + static_cast<std::ptrdiff_t>(word),
                    [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)); });
    const std::size_t c = text.CanonOffset(word);
    const bool capital = c < text.canon.size() && std::isupper(static_cast<unsigned char>(text.canon[c]));
    if (capital && words_before) continue;
    return true;
  }
  return false;
}

// As OpensParenthesis, allowing one hedge word ([approx]) before the number:
// "(hơn 40 học viên)".
bool OpensParenthesisHedged(const RuleSet& rules, const FoldedText& text, std::size_t at) {
  if (OpensParenthesis(text.canon, at)) return true;
  const std::size_t open = text.canon.rfind('(', at);
  if (open == std::string::npos) return false;
  const std::size_t from = text.FoldedOffset(open + 1);
  const std::string between = TrimPunct(text.folded.substr(from, text.FoldedOffset(at) - from), " ");
  return !between.empty() && between.find(' ') == std::string::npos && rules.FirstMatch("approx", between) != nullptr;
}

// Canonical byte ranges inside "( … )", so a breakdown in parentheses can be
// told from the statement's own figures.
std::vector<bool> InsideParentheses(const std::string& canon) {
  std::vector<bool> inside(canon.size(), false);
  int depth = 0;
  for (std::size_t i = 0; i < canon.size(); ++i) {
    if (canon[i] == '(') ++depth;
    inside[i] = depth > 0;
    if (canon[i] == ')' && depth > 0) --depth;
  }
  return inside;
}

int DecimalsOf(const std::string& printed) {
  std::size_t comma = printed.find_first_of(",.");
  if (comma == std::string::npos) return 0;
  int n = 0;
  for (std::size_t i = comma + 1; i < printed.size() && isdigit(static_cast<unsigned char>(printed[i])); ++i) ++n;
  return n;
}

// The folded text after the number's unit noun, when `measure` matched it.
std::size_t UnitEnd(const RuleSet& rules, const FoldedText& text, const Number& n) {
  std::size_t after = text.FoldedOffset(n.end);
  std::string_view rest = std::string_view(text.folded).substr(std::min(after, text.folded.size()));
  std::size_t skipped = rest.find_first_not_of(' ');
  if (skipped == std::string_view::npos) return text.folded.size();
  std::vector<std::pair<std::size_t, std::size_t>> g;
  for (const Rule& r : rules.Section("measure")) {
    if (RuleSet::Match(r, rest.substr(skipped), &g)) return after + skipped + g[0].second;
  }
  return after;
}

// The folded words after the number `n`, its unit noun first.
std::string FoldedAfter(const FoldedText& text, const Number& n) {
  return TrimPunct(text.folded.substr(std::min(text.FoldedOffset(n.end), text.folded.size())), " ");
}

// No word follows the number `n` before the punctuation that ends it ("Số
// lớp: 12;"), so no unit noun says what it counts.
bool NoUnitAfter(const FoldedText& text, const Number& n) {
  const std::string after = FoldedAfter(text, n);
  return after.empty() || !std::isalpha(static_cast<unsigned char>(after[0]));
}

// The people counted by `n` took part in something ([participation]): "…
// 1.250 lượt người tham gia học tập", "thu hút 500 lượt người". `after`:
// FoldedAfter(text, n).
bool TookPart(const RuleSet& rules, const std::string& after, const std::string& before) {
  const Rule* verb = rules.Find("participation", "after");
  const Rule* cue = rules.Find("participation", "before");
  return (verb != nullptr && RuleSet::Match(*verb, after, nullptr)) ||
         (cue != nullptr && RuleSet::Match(*cue, before, nullptr));
}

// The people counted need to learn something ([participation] need): "320
// người có nhu cầu học tin học". `after`: as for TookPart.
bool PeopleInNeed(const RuleSet& rules, const std::string& after) {
  const Rule* need = rules.Find("participation", "need");
  return need != nullptr && RuleSet::Match(*need, after, nullptr);
}

// "30 người/lớp", "1,2 triệu đồng/suất": a figure per unit, no count. A
// second figure after the slash, even behind a hedge ("08 chuyên đề/hơn 580
// lượt người"), makes a pair of counts, not a rate.
bool IsRate(const RuleSet& rules, const FoldedText& text, const Number& n) {
  std::size_t end = UnitEnd(rules, text, n);
  if (!(end + 1 < text.folded.size() && text.folded[end] == '/' &&
        std::isalpha(static_cast<unsigned char>(text.folded[end + 1])))) {
    return false;
  }
  // "6 buổi/năm": the year's count.
  const Rule* per_year = rules.Find("per_unit", "per_year");
  if (per_year != nullptr && RuleSet::Match(*per_year, std::string_view(text.folded).substr(end), nullptr)) return false;
  int words = 1;
  for (std::size_t i = end + 1; i < text.folded.size(); ++i) {
    const char ch = text.folded[i];
    if (ch >= '0' && ch <= '9') return false;
    if (ch == ',' || ch == ';' || ch == '.' || ch == '(' || ch == ')' || ch == '/' || ch == ':') break;
    if (ch == ' ' && ++words > 2) break;
  }
  return true;
}

bool NotACount(const RuleSet& rules, const std::string& before) {
  return rules.FirstMatch("not_count", before) != nullptr && rules.FirstMatch("count_before", before) == nullptr;
}

struct Slot {
  bool seen = false;
  std::optional<std::int64_t> value;
  std::optional<std::int64_t> of;
};

}  // namespace

std::vector<Number> ProseNumbers(const std::string& canonical) {
  normalize::NumberOptions options;
  options.count_words = true;
  return normalize::FindNumbers(canonical, options);
}

bool StartsWithNumber(const std::string& canonical) {
  const std::size_t start = canonical.find_first_not_of(' ');
  if (start == std::string::npos) return false;
  if (std::isdigit(static_cast<unsigned char>(canonical[start]))) return true;
  const std::vector<Number> numbers = ProseNumbers(canonical);
  return !numbers.empty() && numbers[0].begin == start && numbers[0].kind == normalize::NumberKind::kCount;
}

std::optional<std::string> MeasureAfter(const RuleSet& rules, const FoldedText& text, const Number& n) {
  std::size_t after = text.FoldedOffset(n.end);
  std::string rest = TrimPunct(text.folded.substr(std::min(after, text.folded.size())), " ");
  if (const Rule* r = rules.FirstMatch("measure", rest)) return r->id;
  return std::nullopt;
}

const Rule* PlanCue(const RuleSet& rules, const FoldedText& text, std::size_t at) {
  std::string before = text.folded.substr(0, text.FoldedOffset(at));
  if (const Rule* r = rules.FirstMatch("plan_figure", before)) return r;
  // Inside "( … )": the cue stands before the parenthesis.
  int depth = 0;
  for (std::size_t i = before.size(); i-- > 0;) {
    if (before[i] == ')') ++depth;
    if (before[i] == '(') {
      if (depth == 0) return rules.FirstMatch("plan_figure", before.substr(0, i + 1));
      --depth;
    }
  }
  return nullptr;
}

namespace {

// True for the words between "20" and "20" of "20 lớp/20 lớp": a unit
// noun, then a slash and nothing else.
bool UnitThenSlash(const std::string& between) {
  const std::size_t slash = between.find('/');
  if (slash == std::string::npos || slash == 0 || between.find_first_not_of(' ', slash + 1) != std::string::npos) {
    return false;
  }
  for (std::size_t i = 0; i < slash; ++i) {
    const unsigned char ch = static_cast<unsigned char>(between[i]);
    if (std::isdigit(ch) || std::ispunct(ch)) return false;
  }
  return between.find_first_not_of(' ') < slash;
}

}  // namespace

StatementFigures ReadFigures(const RuleSet& rules, const FoldedText& text, std::size_t cues_from) {
  StatementFigures f;
  const std::vector<bool> inside = InsideParentheses(text.canon);
  Slot classes, participants, female, plan_classes, plan_participants;
  bool women_counted = false;  // the women were counted as people ("210 chị em"), not as a share
  std::optional<std::int64_t> paren_classes;
  std::size_t paren_classes_end = std::string::npos;
  std::optional<std::int64_t> paren_participants;
  bool paren_participants_approx = false;
  std::string last_ratio;  // the measure of the A/B just read, if any
  Slot* last_slot = nullptr;  // the slot the count before filled, and where that count ended
  std::size_t last_end = 0;
  for (const Number& n : ProseNumbers(text.canon)) {
    if (n.kind == NumberKind::kPercent) {
      if (!last_ratio.empty()) f.percents.push_back({last_ratio, n.value, DecimalsOf(n.text)});
      last_ratio.clear();
      continue;
    }
    const bool countable = n.kind == NumberKind::kCount || n.kind == NumberKind::kRatio ||
                           n.kind == NumberKind::kAmbiguous || n.kind == NumberKind::kDecimal;
    if (!countable) continue;
    const std::string before = text.folded.substr(0, text.FoldedOffset(n.begin));
    std::optional<std::string> what = MeasureAfter(rules, text, n);
    // "Số lớp: 12": the label before a bare number names what it counts.
    if (!what && n.kind == NumberKind::kCount && NoUnitAfter(text, n)) {
      if (const Rule* label = rules.FirstMatch("measure_label", before)) what = label->id;
    }
    if (rules.FirstMatch("female_before", before) != nullptr && (!what || *what == "participants")) what = "female";
    // People who are all women count the women; whether they are also all
    // the participants is known only when the statement is read.
    const bool women = what == std::optional<std::string>("women");
    if (women) what = "female";
    if (!what || IsRate(rules, text, n) || NotACount(rules, before)) continue;
    const Rule* plan_cue = nullptr;
    if (cues_from == 0) plan_cue = PlanCue(rules, text, n.begin);
    else if (n.begin >= cues_from) plan_cue = PlanCue(rules, FoldedText(text.canon.substr(cues_from)), n.begin - cues_from);
    const bool plan = plan_cue != nullptr;
    if (plan && plan_cue->id == "year") f.plan_of_year = true;
    const bool in_parentheses = n.begin < inside.size() && inside[n.begin];
    // A count in parentheses is a breakdown ("31 lớp (Trung tâm 20 lớp)"),
    // unless it opens them and states the only count of its measure: "…
    // các lớp tiếng Anh giao tiếp (3 lớp)".
    if (in_parentheses && !plan && *what != "female") {
      if (*what == "classes" && !paren_classes && OpensParenthesis(text.canon, n.begin)) {
        paren_classes = n.kind == NumberKind::kCount ? std::optional<std::int64_t>(n.value) : std::nullopt;
        paren_classes_end = n.end;
      }
      // "Mở 2 lớp tin học (40 học viên)": the people of the classes before.
      if (*what == "participants" && !paren_participants && f.first != std::string::npos &&
          n.kind == NumberKind::kCount && OpensParenthesisHedged(rules, text, n.begin)) {
        paren_participants = static_cast<std::int64_t>(n.value);
        paren_participants_approx = HedgedBefore(rules, text, before);
      }
      continue;
    }

    Slot* slot = nullptr;
    // "20 lớp/20 lớp kế hoạch": the unit said again after the slash is
    // still A of B.
    if (last_slot != nullptr && !plan && last_slot == (*what == "classes" ? &classes : &participants) &&
        !last_slot->of && UnitThenSlash(text.canon.substr(last_end, n.begin - last_end))) {
      last_slot->of = static_cast<std::int64_t>(n.value);
      last_slot = nullptr;
      continue;
    }
    last_slot = nullptr;
    if (*what == "classes") slot = plan ? &plan_classes : &classes;
    if (*what == "participants") slot = plan ? &plan_participants : &participants;
    if (*what == "female" && !plan) slot = &female;
    if (slot == nullptr || slot->seen) continue;
    slot->seen = true;
    if (slot == &female) women_counted = women;
    if (slot == &participants || (slot == &female && women)) {
      const std::string after = FoldedAfter(text, n);
      const bool need = PeopleInNeed(rules, after);
      if (slot == &participants) f.need = f.need || need;
      f.took_part = f.took_part || need || TookPart(rules, after, before);
    }
    // A count is whole: "1,25 lượt người" or "1 tỷ 2 người" has no sure
    // value, while "(nữ 1,311)" can only be English thousands.
    std::optional<std::int64_t> whole;
    if (n.kind == NumberKind::kAmbiguous) whole = normalize::ParseCount(n.text);
    if (whole) {
      slot->value = *whole;
    } else if (n.kind == NumberKind::kAmbiguous || n.kind == NumberKind::kDecimal) {
      f.unsure.push_back(n.kind == NumberKind::kAmbiguous ? n.note : "\"" + n.text + "\": a count with a fraction");
    } else {
      slot->value = static_cast<std::int64_t>(n.value);
      if (n.kind == NumberKind::kRatio && n.of) slot->of = static_cast<std::int64_t>(*n.of);
      if (n.kind == NumberKind::kCount && n.value == std::floor(n.value)) {
        last_slot = slot;
        last_end = n.end;
      }
    }
    if (plan) {
      if (f.first == std::string::npos) f.plan_before_end = n.end;
      continue;
    }
    if (f.first == std::string::npos) {
      f.first = n.begin;
      f.first_end = n.end;
      f.classes_first = *what == "classes";
    }
    if (*what == "classes") f.classes_end = n.end;
    if (HedgedBefore(rules, text, before)) f.approx = true;
    last_ratio = n.kind == NumberKind::kRatio ? *what : "";
  }
  f.classes = classes.value;
  if (!classes.seen && paren_classes && f.first != std::string::npos) {
    f.classes = paren_classes;
    f.classes_end = paren_classes_end;
  }
  f.classes_of = classes.of;
  f.participants = participants.value;
  if (!participants.seen && paren_participants) {
    f.participants = paren_participants;
    f.approx = f.approx || paren_participants_approx;
  }
  f.participants_of = participants.of;
  f.female = female.value;
  f.plan_classes = plan_classes.value;
  f.plan_participants = plan_participants.value;
  f.female_all = rules.FirstMatch("female_all", text.folded) != nullptr;
  if (f.female_all && !f.female && f.participants) f.female = f.participants;
  // "… cho 210 chị em": no other people counted, the women are all of them.
  if (women_counted && !participants.seen && f.female) f.participants = f.female;
  return f;
}

Record WithoutFigures(const Record& r) {
  Record out = r;
  out.classes.reset();
  out.participants.reset();
  out.female.reset();
  out.cost_vnd.reset();
  out.approx = false;
  out.notes.percents.clear();
  out.notes.unsure.clear();
  return out;
}

}  // namespace baocao
