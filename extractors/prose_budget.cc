// Budget lines in sentences ("Kinh phí do xã hội hóa: 3.200.000đ"; "Tổng
// kinh phí … là 41 triệu đồng, gồm: ngân sách xã cấp 25 triệu đồng; …") and
// amounts in words. An amount that is an activity's cost ([activity_cost])
// is left to the activity reader (prose.cc).
#include <algorithm>
#include <cctype>
#include <string>

#include "extractors/classify.h"
#include "extractors/folded.h"
#include "extractors/prose.h"
#include "extractors/prose_figures.h"
#include "extractors/prose_text.h"
#include "normalize/numbers.h"
#include "normalize/text.h"

namespace baocao {
namespace {

struct Span {
  std::size_t begin = 0, end = 0;  // bytes of the canonical text
};

// Clauses end at ';' and at a sentence end ('.' followed by a space); the
// thousands dots inside "1.891" have no space after them. A ';' inside
// parentheses ("(may công nghiệp; chế biến món ăn)") ends nothing.
std::vector<Span> Clauses(const std::string& t) {
  std::vector<Span> out;
  std::size_t start = 0;
  int depth = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '(') ++depth;
    if (t[i] == ')' && depth > 0) --depth;
    bool end = depth == 0 && (t[i] == ';' || (t[i] == '.' && (i + 1 == t.size() || t[i + 1] == ' ')));
    if (end || i + 1 == t.size()) {
      std::size_t stop = end ? i : i + 1;
      if (stop > start) out.push_back({start, stop});
      start = i + 1;
    }
  }
  return out;
}

bool EndsSentence(const std::string& t, const Span& clause) {
  return clause.end >= t.size() || t[clause.end] == '.';
}

// The words before an amount as its label: list markers, a list cue ("gồm:"),
// an unclosed opening parenthesis and a trailing copula ("là", "đạt")
// dropped; the first letter in capitals.
std::string BudgetLabel(const std::string& head) {
  std::string label = WithoutTrailingCopula(CleanLabel(head));
  // The first part of a list in parentheses: "(ngân sách xã cấp 25.000.000đ".
  if (!label.empty() && label[0] == '(' && label.find(')') == std::string::npos) {
    label = CleanLabel(label.substr(1));
  }
  if (!label.empty()) {
    std::size_t first = normalize::CodePointToByte(label, 1);
    label = normalize::ToUpper(label.substr(0, first)) + label.substr(first);
  }
  return label;
}

}  // namespace

bool IsActivityCost(const RuleSet& rules, const FoldedText& before_amount) {
  if (rules.Find("activity_cost", "cue") == nullptr ||
      !RuleSet::Match(*rules.Find("activity_cost", "cue"), before_amount.folded, nullptr)) {
    return false;
  }
  for (const char* id : {"this", "named"}) {
    const Rule* r = rules.Find("activity_cost", id);
    if (r != nullptr && RuleSet::Match(*r, before_amount.folded, nullptr)) return true;
  }
  // "Mở 2 lớp xóa mù chữ cho 42 học viên, kinh phí 2,4 triệu đồng".
  return ReadFigures(rules, before_amount).classes.has_value();
}

namespace {

// An unsure number written as money ("12,5 đồng", "1 tỷ 2"): the normaliser's
// span of a number covers its scale and currency words and nothing else
// beyond its digits (numbers.h), so a letter in it is one of those words.
bool LooksLikeMoney(const normalize::Number& n) {
  return std::any_of(n.text.begin(), n.text.end(), [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)); });
}

// Is amount `n` of clause `c` a rate? When its unit follows it ("… đồng
// mỗi học viên, …"), `from` moves past those words to the next comma, so
// they are never the label of the amount after.
bool IsRate(const RuleSet& rules, const FoldedText& c, const normalize::Number& n, std::size_t* from) {
  const std::string tail = FoldedText(c.canon.substr(n.end)).folded;
  // "Mỗi TTHTCĐ được cấp 10 triệu đồng/năm": each unit's, even per year.
  const Rule* before = rules.Find("per_unit", "before");
  if (before != nullptr && RuleSet::Match(*before, FoldedText(c.canon.substr(0, n.begin)).folded, nullptr)) return true;
  // "30 triệu đồng/năm": the year's amount.
  const Rule* per_year = rules.Find("per_unit", "per_year");
  if (per_year != nullptr && RuleSet::Match(*per_year, tail, nullptr)) return false;
  if (n.end < c.canon.size() && c.canon[n.end] == '/') return true;
  const Rule* after = rules.Find("per_unit", "after");
  if (after == nullptr || !RuleSet::Match(*after, tail, nullptr)) return false;
  std::size_t comma = c.canon.find_first_of(",;", n.end);
  *from = comma == std::string::npos ? c.canon.size() : comma + 1;
  return true;
}

// Amount `n` of clause `c` is followed by a parenthesis holding amounts of
// its own: "Kinh phí năm 2024: 35.000.000đ (ngân sách xã 25.000.000đ, xã hội
// hóa 10.000.000đ)" lists the parts of `n`, it does not name its source.
bool OpensMoneyParenthesis(const FoldedText& c, const normalize::Number& n) {
  std::size_t open = c.canon.find_first_not_of(' ', n.end);
  if (open == std::string::npos || c.canon[open] != '(') return false;
  std::size_t close = c.canon.find(')', open);
  const std::string inside = c.canon.substr(open + 1, close == std::string::npos ? std::string::npos : close - open - 1);
  for (const normalize::Number& m : normalize::FindNumbers(inside)) {
    if (m.kind == normalize::NumberKind::kMoney) return true;
  }
  return false;
}

// The source the words right after amount `n` of clause `c` name ("… 20
// triệu đồng do ngân sách xã cấp", "…, từ nguồn xã hội hóa"), up to the next
// comma: a [budget] rule other than the catch-all, or nullptr. Words that
// name two sources ("…, từ nguồn ngân sách xã và nguồn xã hội hóa") say the
// amount is their total.
const Rule* SourceAfter(const RuleSet& rules, const FoldedText& c, const normalize::Number& n) {
  const Rule* cue = rules.Find("budget_source_after", "cue");
  if (cue == nullptr) return nullptr;
  std::string after = c.canon.substr(n.end);
  const std::size_t start = after.find_first_not_of(" ,");
  if (start == std::string::npos) return nullptr;
  // After a comma only a cue word ("từ", "do", "nguồn") carries the words
  // over: "…, ngân sách hỗ trợ 1.500.000 đồng" is another line.
  const bool past_comma = after.find(',') < start;
  after = after.substr(start);
  after = after.substr(0, after.find_first_of(",;"));
  FoldedText folded(after);
  Groups g;
  if (!RuleSet::Match(*cue, folded.folded, &g) || (past_comma && g[0].second == 0)) return nullptr;
  const std::string words = folded.folded.substr(g[0].second);
  const Rule* first = nullptr;
  const Rule* another = nullptr;
  for (const Rule& r : rules.Section("budget")) {
    if (r.id == "other" || r.id == "total") continue;
    Groups at;
    if (!RuleSet::Match(r, words, &at)) continue;
    if (at[0].first == 0) first = &r;
    else another = &r;
  }
  if (first != nullptr && another != nullptr) return rules.Find("budget", "total");
  return first;
}

}  // namespace

void ExtractBudgetLines(const ParagraphSite& site, const RuleSet& rules, std::vector<Record>* records) {
  const std::string& text = site.paragraph->text;
  bool parts = false;  // a total's list of parts is open in this sentence
  for (const Span& clause : Clauses(text)) {
    FoldedText c(text.substr(clause.begin, clause.end - clause.begin));
    std::size_t from = 0;  // the words of an amount start after the one before
    const std::size_t clause_first = records->size();
    for (const normalize::Number& n : normalize::FindNumbers(c.canon)) {
      // An amount whose value is not sure ("12,5 đồng", "1 tỷ 2") is still
      // a budget line: its amount stays unknown and a check names the text.
      const bool unsure_money = n.kind == normalize::NumberKind::kAmbiguous && LooksLikeMoney(n);
      if (n.kind != normalize::NumberKind::kMoney && !unsure_money) continue;
      std::size_t head_begin = from;
      from = n.end;
      // Rates are not amounts: "1,2 triệu đồng/suất", "150 nghìn đồng mỗi
      // học viên", "mỗi lớp được hỗ trợ 2 triệu đồng".
      if (IsRate(rules, c, n, &from)) continue;
      FoldedText head(c.canon.substr(head_begin, n.begin - head_begin));
      if (IsActivityCost(rules, FoldedText(c.canon.substr(0, n.begin)))) continue;
      std::string label = BudgetLabel(head.canon);
      // "Số dư cuối năm:" / "-1.200.000 đồng.": the paragraph's first amount,
      // with no words before it, is the figure of the label above.
      if (label.empty() && clause.begin == 0 && head_begin == 0 && !site.label_before.empty()) {
        label = BudgetLabel(site.label_before);
      }
      FoldedText folded_label(label);
      const Rule* category = rules.FirstMatch("budget", folded_label.folded);
      // Words that only say "kinh phí …": the source may follow the amount.
      // (Words that say nothing of money are no budget line however the
      // amount is paid for: "Riêng lớp xóa mù chữ được chi 2,4 triệu đồng từ
      // nguồn ngân sách".)
      const bool money_parenthesis = OpensMoneyParenthesis(c, n);
      if (category != nullptr && category->id == "other" && !money_parenthesis) {
        if (const Rule* named = SourceAfter(rules, c, n)) category = named;
      }
      // "…, bằng 50% dự toán năm (40.000.000 đồng)": the plan of the source
      // just read.
      const Rule* plan = PlanCue(rules, c, n.begin);
      const Record* source_line = clause_first < records->size() ? &records->back() : nullptr;
      if (plan != nullptr && category == nullptr && source_line != nullptr) {
        category = rules.Find("budget", *source_line->category);
        label = source_line->label + " — " + label;
      }
      const Rule* outflow = category == nullptr ? rules.FirstMatch("budget_outflow", folded_label.folded) : nullptr;
      if (category == nullptr && outflow == nullptr && !(parts && !label.empty())) continue;
      Record r;
      r.type = RecordType::kBudget;
      r.status = site.context.status == std::optional<std::string>("plan") || plan != nullptr ? "plan" : "actual";
      r.period = site.context.period;
      // "Kinh phí dự kiến năm 2025: …" is a plan in any section.
      if (const Rule* own = rules.FirstMatch("statement_status", folded_label.folded)) {
        r.status = own->id;
        // ... and its year is the one it names.
        Context said = ContextOf(rules, folded_label, site.context.period);
        if (own->id == "plan" && said.period) r.period = said.period;
      }
      if (plan != nullptr && plan->id == "year" && r.period && r.period->size() >= 4) r.period = r.period->substr(0, 4);
      r.category = category != nullptr ? category->id : "other";
      r.label = label;
      if (unsure_money) r.notes.unsure.push_back(n.note);
      else r.amount_vnd = static_cast<std::int64_t>(n.value);
      r.source.page = site.page;
      r.source.block = site.block;
      r.source.text = c.canon;
      r.rule = category != nullptr ? category->FullId() : outflow != nullptr ? outflow->FullId() : "budget_parts.other";
      // Spent or left is no source of the income it is compared with.
      r.notes.breakdown = outflow != nullptr;
      r.notes.confidence = site.confidence;
      records->push_back(std::move(r));
      // "… là 41 triệu đồng, gồm:": the amounts after it are its parts.
      std::string after = FoldedText(c.canon.substr(n.end)).folded;
      std::size_t cut = after.find_first_of("0123456789");
      const bool opens_parts = money_parenthesis || (cut != std::string::npos &&
                                                     rules.FirstMatch("budget_parts", after.substr(0, cut)) != nullptr);
      // "Kinh phí hoạt động năm 2023 là 1,5 tỷ đồng, trong đó ngân sách …":
      // an amount of no named source that opens a list of parts is their
      // total.
      if (opens_parts && category != nullptr && category->id == "other") {
        records->back().category = "total";
        records->back().rule = "budget_parts.total";
        parts = true;
      }
      if (category != nullptr && category->id == "total" && opens_parts) {
        parts = true;
      }
    }
    if (EndsSentence(text, clause)) parts = false;
  }
}

void MarkIntroducedBudgetTotals(const Document& doc, const RuleSet& rules, std::vector<Record>* records) {
  const Rule* in_which = rules.Find("breakdown", "in_which");
  if (in_which == nullptr) return;
  std::vector<std::pair<std::size_t, std::size_t>> g;
  std::vector<Record>& rs = *records;
  for (std::size_t i = 0; i < rs.size(); ++i) {
    Record& r = rs[i];
    if (r.type != RecordType::kBudget || r.source.row || r.notes.breakdown ||
        r.category != std::optional<std::string>("other")) {
      continue;
    }
    // The next prose money line, in the same paragraph or the next.
    std::size_t j = i + 1;
    while (j < rs.size() && (rs[j].type != RecordType::kBudget || rs[j].source.row)) ++j;
    if (j == rs.size() || rs[j].source.block > r.source.block + 2 || rs[j].status != r.status) continue;
    // "Trong đó:" opens the next line's label, or stands as a paragraph of
    // its own between the two.
    bool opens = false;
    auto opens_with_in_which = [&](const std::string& text) {
      return RuleSet::Match(*in_which, FoldedText(CleanLabel(text)).folded, &g) && g[0].first == 0;
    };
    opens = opens_with_in_which(rs[j].label);
    // ... or ends the amount's own paragraph (a PDF line that joined it:
    // "Kinh phí …: 27.000.000 đồng. Trong đó:").
    if (!opens && r.source.block >= 0 && static_cast<std::size_t>(r.source.block) < doc.body.size() &&
        doc.body[static_cast<std::size_t>(r.source.block)].is_paragraph()) {
      const std::vector<std::string> sentences =
          Sentences(doc.body[static_cast<std::size_t>(r.source.block)].paragraph.text);
      opens = sentences.size() >= 2 && sentences.back().find_first_of("0123456789") == std::string::npos &&
              opens_with_in_which(sentences.back());
    }
    for (int b = r.source.block + 1; !opens && b < rs[j].source.block; ++b) {
      const Block& between = doc.body[static_cast<std::size_t>(b)];
      opens = between.is_paragraph() && opens_with_in_which(between.paragraph.text);
    }
    if (opens) {
      r.category = "total";
      r.rule = "budget_parts.total";
    }
  }
}

std::optional<std::int64_t> AmountInWords(const std::string& text) {
  normalize::NumberOptions options;
  options.words = true;
  for (const normalize::Number& n : normalize::FindNumbers(text, options)) {
    if (n.in_words && n.kind == normalize::NumberKind::kMoney) return static_cast<std::int64_t>(n.value);
  }
  return std::nullopt;
}

}  // namespace baocao
