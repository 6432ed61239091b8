#include "extractors/prose.h"

#include <algorithm>
#include <string>

#include "extractors/classify.h"
#include "extractors/folded.h"
#include "normalize/numbers.h"
#include "normalize/text.h"

namespace baocao {
namespace {

struct Span {
  std::size_t begin = 0, end = 0;  // bytes of the canonical text
};

// Clauses end at ';' and at a sentence end ('.' followed by a space); the
// thousands dots inside "1.891" have no space after them.
std::vector<Span> Clauses(const std::string& t) {
  std::vector<Span> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    bool end = t[i] == ';' || (t[i] == '.' && (i + 1 == t.size() || t[i + 1] == ' '));
    if (end || i + 1 == t.size()) {
      std::size_t stop = end ? i : i + 1;
      if (stop > start) out.push_back({start, stop});
      start = i + 1;
    }
  }
  return out;
}

// What a number measures, from the unit noun right after it.
std::optional<std::string> MeasureOf(const RuleSet& rules, const FoldedText& text, const normalize::Number& n) {
  std::size_t after = text.FoldedOffset(n.end);
  std::string rest = TrimPunct(text.folded.substr(std::min(after, text.folded.size())), " ");
  if (const Rule* r = rules.FirstMatch("measure", rest)) return r->id;
  return std::nullopt;
}

bool IsApprox(const RuleSet& rules, const FoldedText& text, const normalize::Number& n) {
  std::string before = text.folded.substr(0, text.FoldedOffset(n.begin));
  return rules.FirstMatch("approx", before) != nullptr;
}

struct Measures {
  std::optional<std::int64_t> classes, participants, female;
  std::optional<std::int64_t> classes_of, participants_of;  // plan side of "A/B"
  bool approx = false;
  std::size_t first_number = std::string::npos;  // byte offset of the first measure
  std::vector<Record::StatedPercent> percents;  // "đạt 120,1%" after an A/B ratio
  bool classes_first = false;  // the first figure counts classes
  bool any() const { return classes || participants || female; }
};

int DecimalsOf(const std::string& printed) {
  std::size_t comma = printed.find_first_of(",.");
  if (comma == std::string::npos) return 0;
  int n = 0;
  for (std::size_t i = comma + 1; i < printed.size() && isdigit(static_cast<unsigned char>(printed[i])); ++i) ++n;
  return n;
}

Measures MeasuresIn(const RuleSet& rules, const FoldedText& text) {
  Measures m;
  std::string last_ratio;  // the measure of the A/B just read, if any
  for (const normalize::Number& n : normalize::FindNumbers(text.canon)) {
    if (n.kind == normalize::NumberKind::kPercent && !last_ratio.empty()) {
      m.percents.push_back({last_ratio, n.value, DecimalsOf(n.text)});
      last_ratio.clear();
      continue;
    }
    if (n.kind != normalize::NumberKind::kCount && n.kind != normalize::NumberKind::kRatio) continue;
    auto what = MeasureOf(rules, text, n);
    if (!what) continue;
    auto value = static_cast<std::int64_t>(n.value);
    std::optional<std::int64_t> of;
    if (n.kind == normalize::NumberKind::kRatio && n.of) of = static_cast<std::int64_t>(*n.of);
    if (*what == "classes" && !m.classes) {
      m.classes = value;
      m.classes_of = of;
    } else if (*what == "participants" && !m.participants) {
      m.participants = value;
      m.participants_of = of;
    } else if (*what == "female" && !m.female) {
      m.female = value;
    } else {
      continue;
    }
    if (m.first_number == std::string::npos) {
      m.first_number = n.begin;
      m.classes_first = *what == "classes";
    }
    m.approx = m.approx || IsApprox(rules, text, n);
    last_ratio = n.kind == normalize::NumberKind::kRatio ? *what : "";
  }
  return m;
}

Record NewActivity(const ParagraphSite& site, const std::string& label, const std::string& snippet) {
  Record r;
  r.type = RecordType::kActivity;
  r.label = label;
  r.status = site.context.status;
  r.period = site.context.period;
  r.source.page = site.page;
  r.source.block = site.block;
  r.source.text = snippet;
  r.notes.confidence = site.confidence;
  return r;
}

// The label of a statement: the words before ':' or before the first figure.
std::string LabelOf(const std::string& canon, std::size_t first_number) {
  std::size_t colon = canon.find(':');
  std::string head = colon != std::string::npos && colon < first_number ? canon.substr(0, colon)
                                                                         : canon.substr(0, first_number);
  return CleanLabel(head);
}

bool HasLabelColon(const std::string& canon, std::size_t first_number) {
  std::size_t colon = canon.find(':');
  return colon != std::string::npos && colon < first_number;
}


// Sentences end at '.' followed by a space (thousands dots have none).
std::vector<std::string> Sentences(const std::string& t) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= t.size(); ++i) {
    if (i == t.size() || (t[i] == '.' && i + 1 < t.size() && t[i + 1] == ' ')) {
      std::string s = TrimPunct(t.substr(start, i - start), " ");
      if (!s.empty()) out.push_back(s);
      start = i + 1;
    }
  }
  return out;
}

// For a running sentence ("Trung tâm đã tổ chức 9 lớp chuyên đề về giáo dục
// pháp luật với 640 lượt người"), the words after the first measure's unit
// name the activity, up to a linking word or the next number.
std::string PhraseAfterFirstMeasure(const RuleSet& rules, const FoldedText& text, std::size_t first_number) {
  std::size_t from = text.FoldedOffset(first_number);
  std::string rest = text.folded.substr(from);
  // Skip the number and its unit noun.
  std::size_t space = rest.find(' ');
  if (space == std::string::npos) return "";
  std::size_t unit_start = from + space + 1;
  std::vector<std::pair<std::size_t, std::size_t>> g;
  const Rule* unit = nullptr;
  for (const Rule& r : rules.Section("measure")) {
    if (RuleSet::Match(r, std::string_view(text.folded).substr(unit_start), &g)) {
      unit = &r;
      break;
    }
  }
  if (unit == nullptr) return "";
  std::size_t phrase_start = unit_start + g[0].second;
  std::string tail = text.folded.substr(phrase_start);
  std::size_t end = tail.size();
  for (const Rule& r : rules.Section("phrase_end")) {
    if (RuleSet::Match(r, tail, &g) && g[0].first < end) end = g[0].first;
  }
  for (std::size_t i = 0; i < end; ++i) {
    if (isdigit(static_cast<unsigned char>(tail[i])) || tail[i] == ';' || tail[i] == ':') {
      end = i;
      break;
    }
  }
  return CleanLabel(text.CanonSpan(phrase_start, phrase_start + end));
}

// "trong đó nữ 312 người", "trong đó có 312 nữ": women of the total.
std::optional<std::int64_t> FemaleIn(const RuleSet& rules, const FoldedText& tail) {
  for (const normalize::Number& n : normalize::FindNumbers(tail.canon)) {
    if (n.kind != normalize::NumberKind::kCount) continue;
    std::string before = tail.folded.substr(0, tail.FoldedOffset(n.begin));
    if (rules.FirstMatch("female_before", before) != nullptr) return static_cast<std::int64_t>(n.value);
    auto what = MeasureOf(rules, tail, n);
    if (what == std::optional<std::string>("female")) return static_cast<std::int64_t>(n.value);
  }
  return std::nullopt;
}

void ExtractStatement(const ParagraphSite& site, const std::string& sentence, const RuleSet& rules,
                      std::vector<Record>* records) {
  FoldedText whole(sentence);
  if (whole.canon.empty()) return;

  // Breakdown: "…, trong đó Trung tâm tổ chức …, Trung tâm phối hợp tổ chức …".
  std::vector<std::pair<std::size_t, std::size_t>> g;
  std::size_t split = whole.canon.size();
  if (const Rule* in_which = rules.Find("breakdown", "in_which")) {
    if (RuleSet::Match(*in_which, whole.folded, &g)) split = whole.CanonOffset(g[0].first);
  }
  FoldedText head(whole.canon.substr(0, split));

  // The head may hold several clauses ("215/179 lớp đạt 120,1%; 21.641/19.455
  // lượt người"): measures of all clauses belong to one statement.
  Measures total;
  std::string label;
  for (const Span& clause : Clauses(head.canon)) {
    FoldedText c(head.canon.substr(clause.begin, clause.end - clause.begin));
    Measures m = MeasuresIn(rules, c);
    if (!m.any()) continue;
    if (label.empty()) label = LabelOf(c.canon, m.first_number);
    if (total.first_number == std::string::npos) {
      total.first_number = clause.begin + m.first_number;
      total.classes_first = m.classes_first;
    }
    if (!total.classes) { total.classes = m.classes; total.classes_of = m.classes_of; }
    if (!total.participants) { total.participants = m.participants; total.participants_of = m.participants_of; }
    if (!total.female) total.female = m.female;
    total.percents.insert(total.percents.end(), m.percents.begin(), m.percents.end());
    total.approx = total.approx || m.approx;
  }
  if (!total.any()) return;

  FoldedText folded_label(label);
  std::optional<std::string> topic;
  std::string rule = "prose.activity";
  // Without "Label:", a sentence that starts with a count of classes names
  // its activity after that count ("Trung tâm phối hợp với Trạm Y tế xã tổ
  // chức 6 lớp chuyên đề chăm sóc sức khỏe …"): try that phrase first.
  if (total.classes_first && !HasLabelColon(head.canon, total.first_number)) {
    std::string phrase = PhraseAfterFirstMeasure(rules, head, total.first_number);
    FoldedText folded_phrase(phrase);
    if (TopicOf(rules, folded_phrase) || rules.FirstMatch("total_label", folded_phrase.folded)) {
      label = phrase;
      folded_label = folded_phrase;
    }
  }
  if (auto t = TopicOf(rules, folded_label)) {
    topic = t->code;
  } else if (rules.FirstMatch("total_label", folded_label.folded)) {
    topic = "tong";
  } else {
    // A running sentence ("… đã tổ chức 9 lớp chuyên đề về giáo dục pháp
    // luật với …"): the subject follows its first figure, which must count
    // classes — "dân số trên 4.100 người, đời sống …" is no activity.
    if (!total.classes_first) return;
    std::string phrase = PhraseAfterFirstMeasure(rules, head, total.first_number);
    FoldedText folded_phrase(phrase);
    if (auto phrase_topic = TopicOf(rules, folded_phrase)) {
      topic = phrase_topic->code;
    } else if (rules.FirstMatch("total_label", folded_phrase.folded)) {
      topic = "tong";
    } else {
      return;  // numbers without a known subject: not an activity statement
    }
    label = phrase;
    folded_label = folded_phrase;
  }
  if (label.empty()) return;
  Context own = ContextOf(rules, folded_label);
  auto apply_own = [&](Record& r) {
    if (own.status == std::optional<std::string>("demand")) r.status = "demand";
    if (own.period) r.period = own.period;
  };

  // "Phối hợp mở 4 lớp …": an organiser cue before the first figure.
  std::optional<std::string> organizer = OrganizerOf(rules, FoldedText(head.canon.substr(0, total.first_number)));
  FoldedText tail_text(whole.canon.substr(split));
  if (!total.female && split < whole.canon.size()) total.female = FemaleIn(rules, tail_text);

  Record actual = NewActivity(site, label, whole.canon);
  actual.organizer = organizer;
  actual.topic = topic;
  actual.classes = total.classes;
  actual.participants = total.participants;
  actual.female = total.female;
  actual.approx = total.approx;
  actual.rule = rule;
  actual.notes.percents = total.percents;
  apply_own(actual);
  bool ratio = total.classes_of || total.participants_of;
  records->push_back(actual);
  if (ratio) {
    // "A/B lớp": A done against B planned.
    Record plan = actual;
    plan.status = "plan";
    plan.classes = total.classes_of;
    plan.participants = total.participants_of;
    plan.female.reset();
    plan.approx = false;
    plan.notes.percents.clear();
    plan.rule = "prose.activity_plan";
    records->push_back(plan);
  }

  if (split == whole.canon.size()) return;
  // The breakdown: one part per organiser cue.
  FoldedText tail(whole.canon.substr(split));
  std::vector<std::pair<std::size_t, std::string>> cues;  // folded offset, organizer
  for (const Rule& r : rules.Section("organizer")) {
    std::size_t from = 0;
    while (from < tail.folded.size()) {
      std::string_view rest = std::string_view(tail.folded).substr(from);
      if (!RuleSet::Match(r, rest, &g)) break;
      std::size_t at = from + g[0].first;
      bool inside = false;
      for (const auto& cue : cues) {
        if (at >= cue.first && at < cue.first + 30) inside = true;
      }
      if (!inside) cues.emplace_back(at, r.id);
      from = from + g[0].second;
    }
  }
  std::sort(cues.begin(), cues.end());
  for (std::size_t i = 0; i < cues.size(); ++i) {
    std::size_t b = tail.CanonOffset(cues[i].first);
    std::size_t e = i + 1 < cues.size() ? tail.CanonOffset(cues[i + 1].first) : tail.canon.size();
    FoldedText part(tail.canon.substr(b, e - b));
    Measures m = MeasuresIn(rules, part);
    if (!m.any()) continue;
    std::string cue_words = TrimPunct(part.canon.substr(0, m.first_number), " ,;:");
    Record r = NewActivity(site, label + " — " + cue_words, whole.canon);
    r.topic = topic;
    r.organizer = cues[i].second;
    r.classes = m.classes;
    r.participants = m.participants;
    r.female = m.female;
    r.approx = m.approx;
    r.rule = "prose.activity_part";
    apply_own(r);
    records->push_back(std::move(r));
  }
}


// Splits a sentence before each classes figure that a joining word ("và",
// ";") introduces: "6 lớp văn hóa với 402 lượt người, trong đó nữ 236 người
// và 4 lớp văn nghệ với 230 lượt người" holds two statements.
std::vector<std::string> Statements(const RuleSet& rules, const std::string& sentence) {
  FoldedText text(sentence);
  std::vector<std::size_t> cuts;
  bool seen_classes = false;
  for (const normalize::Number& n : normalize::FindNumbers(text.canon)) {
    if (n.kind != normalize::NumberKind::kCount && n.kind != normalize::NumberKind::kRatio) continue;
    if (MeasureOf(rules, text, n) != std::optional<std::string>("classes")) continue;
    std::string before = text.folded.substr(0, text.FoldedOffset(n.begin));
    if (seen_classes && rules.FirstMatch("statement_join", before) != nullptr) cuts.push_back(n.begin);
    seen_classes = true;
  }
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t cut : cuts) {
    out.push_back(TrimPunct(text.canon.substr(start, cut - start), " ,;"));
    start = cut;
  }
  out.push_back(TrimPunct(text.canon.substr(start), " ,;"));
  return out;
}


}  // namespace

void ExtractBudgetLines(const ParagraphSite& site, const RuleSet& rules, std::vector<Record>* records) {
  const std::string& text = site.paragraph->text;
  for (const Span& clause : Clauses(text)) {
    FoldedText c(text.substr(clause.begin, clause.end - clause.begin));
    for (const normalize::Number& n : normalize::FindNumbers(c.canon)) {
      if (n.kind != normalize::NumberKind::kMoney) continue;
      // Rates are not amounts: "1,2 triệu đồng/suất".
      if (n.end < c.canon.size() && c.canon[n.end] == '/') continue;
      std::string head = c.canon.substr(0, n.begin);
      // "… là: 653.056.000 đồng": drop the copula before the amount.
      std::string label = CleanLabel(head);
      FoldedText folded_label(label);
      for (const char* copula : {" la", " dat", " gom"}) {
        const std::string& f = folded_label.folded;
        std::string cp(copula);
        if (f.size() > cp.size() && f.compare(f.size() - cp.size(), cp.size(), cp) == 0) {
          label = CleanLabel(folded_label.CanonSpan(0, f.size() - cp.size()));
          folded_label = FoldedText(label);
          break;
        }
      }
      const Rule* category = rules.FirstMatch("budget", folded_label.folded);
      if (category == nullptr) continue;
      // A sentence that starts mid-paragraph begins in lower case.
      if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') label[0] = static_cast<char>(label[0] - 32);
      if (!label.empty() && static_cast<unsigned char>(label[0]) >= 0x80) {
        std::string upper_first = normalize::ToUpper(label.substr(0, normalize::CodePointToByte(label, 1)));
        label = upper_first + label.substr(normalize::CodePointToByte(label, 1));
      }
      Record r;
      r.type = RecordType::kBudget;
      r.status = site.context.status == std::optional<std::string>("plan") ? "plan" : "actual";
      r.period = site.context.period;
      r.category = category->id;
      r.label = label;
      r.amount_vnd = static_cast<std::int64_t>(n.value);
      r.source.page = site.page;
      r.source.block = site.block;
      r.source.text = c.canon;
      r.rule = category->FullId();
      r.notes.confidence = site.confidence;
      records->push_back(std::move(r));
      break;  // one amount per clause
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

void ExtractProseActivities(const ParagraphSite& site, const RuleSet& rules, std::vector<Record>* records) {
  for (const std::string& sentence : Sentences(site.paragraph->text)) {
    for (const std::string& statement : Statements(rules, sentence)) ExtractStatement(site, statement, rules, records);
  }
}


}  // namespace baocao
