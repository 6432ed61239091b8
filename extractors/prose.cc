#include "extractors/prose.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "extractors/classify.h"
#include "extractors/dimensions.h"
#include "extractors/folded.h"
#include "extractors/prose_figures.h"
#include "extractors/prose_subject.h"
#include "extractors/prose_text.h"
#include "extractors/prose_units.h"
#include "normalize/numbers.h"
#include "normalize/text.h"

namespace baocao {
namespace {

// `statement` starts with a count ("12 lớp chuyển giao KHKT"), not with a
// number of its own lead ("6 tháng cuối năm …").
bool StartsWithCount(const RuleSet& rules, const std::string& statement) {
  FoldedText text(statement);
  std::vector<normalize::Number> numbers = ProseNumbers(text.canon);
  return !numbers.empty() && numbers.front().begin == 0 && MeasureAfter(rules, text, numbers.front()).has_value();
}

// A paragraph printed as an item of a list: a list marker of the word
// processor, or one typed before its words (a dash, plus or bullet; "b)",
// "2)", "2.").
bool PrintedAsListItem(const Paragraph& p) {
  if (!p.list_marker.empty()) return true;
  for (std::string_view bullet : {"- ", "+ ", "\u2022 ", "\u2013 ", "* "}) {
    if (p.text.rfind(bullet, 0) == 0) return true;
  }
  const std::string& t = p.text;
  std::size_t i = 0;
  while (i < t.size() && i < 3 && std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
  if (i == 0 && !t.empty() && std::islower(static_cast<unsigned char>(t[0]))) i = 1;
  return i > 0 && i + 1 < t.size() && (t[i] == ')' || t[i] == '.') && t[i + 1] == ' ';
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
  r.notes.list_item = site.paragraph != nullptr && PrintedAsListItem(*site.paragraph);
  return r;
}

void SetFigures(Record* r, const StatementFigures& f) {
  r->classes = f.classes;
  r->participants = f.participants;
  r->female = f.female;
  r->approx = f.approx;
  r->notes.unsure = f.unsure;
}

// A part of `total`'s breakdown, with its own figures.
Record PartOf(const ParagraphSite& site, const Record& total, const std::string& label, const std::string& snippet,
              const StatementFigures& f) {
  Record r = NewActivity(site, label, snippet);
  r.status = total.status;
  r.period = total.period;
  r.topic = total.topic;
  r.commune = total.commune;
  SetFigures(&r, f);
  r.rule = "prose.activity_part";
  return r;
}

// The organiser parts of a breakdown ("trong đó Trung tâm tổ chức 18 lớp,
// …, Trung tâm phối hợp tổ chức 10 lớp, …"), one per organiser cue; or its
// topic parts ("trong đó có 8 lớp pháp luật và 12 lớp kinh tế").
void BreakdownParts(const ParagraphSite& site, const RuleSet& rules, const Record& total, const FoldedText& tail,
                    const std::string& snippet, std::vector<Record>* records) {
  std::vector<std::pair<std::size_t, std::string>> cues;  // folded offset, organizer
  Groups g;
  for (const Rule& r : rules.Section("organizer")) {
    std::size_t from = 0;
    while (from < tail.folded.size()) {
      std::string_view rest = std::string_view(tail.folded).substr(from);
      if (!RuleSet::Match(r, rest, &g) || g[0].second == 0) break;
      std::size_t at = from + g[0].first;
      bool inside = false;
      for (const auto& cue : cues) {
        if (at >= cue.first && at < cue.first + 30) inside = true;
      }
      if (!inside) cues.emplace_back(at, r.id);
      from += g[0].second;
    }
  }
  std::sort(cues.begin(), cues.end());
  if (cues.empty()) {
    // A list by topic after the cue: "trong đó chuyên đề pháp luật 8 lớp,
    // chuyên đề kinh tế 12 lớp, …", "…: tin học 5 lớp, …".
    {
      std::string list = tail.canon;
      const Rule* in_which = rules.Find("breakdown", "in_which");
      if (in_which != nullptr && RuleSet::Match(*in_which, tail.folded, &g) && g[0].first == 0) {
        list = tail.canon.substr(tail.CanonOffset(g[0].second));
      }
      list = TrimPunct(list, " :,");
      FoldedText folded_list(list);
      if (folded_list.folded == "co" || folded_list.folded.starts_with("co ") || folded_list.folded.starts_with("co:")) {
        list = TrimPunct(list.substr(folded_list.CanonOffset(2)), " :,");
      }
      if (ExtractTopicParts(rules, list, total, records)) return;
    }
    // Topic parts: each count of classes with its own topic words.
    for (const std::string& part : Statements(rules, tail.canon)) {
      FoldedText p(part);
      StatementFigures m = ReadFigures(rules, p);
      if (!m.classes) continue;
      std::optional<Topic> topic = LeadingTopicIn(rules, FoldedText(PhraseAfter(rules, p, m.first_end)));
      if (!topic || topic->code == total.topic) continue;
      Record r = PartOf(site, total, total.label + " — " + CleanLabel(part), snippet, m);
      r.topic = topic->code;
      records->push_back(std::move(r));
    }
    return;
  }
  for (std::size_t i = 0; i < cues.size(); ++i) {
    std::size_t b = tail.CanonOffset(cues[i].first);
    std::size_t e = i + 1 < cues.size() ? tail.CanonOffset(cues[i + 1].first) : tail.canon.size();
    FoldedText part(tail.canon.substr(b, e - b));
    StatementFigures m = ReadFigures(rules, part);
    if (!m.any()) continue;
    std::string cue_words = TrimPunct(part.canon.substr(0, m.first), " ,;:");
    Record r = PartOf(site, total, total.label + " — " + cue_words, snippet, m);
    r.organizer = cues[i].second;
    records->push_back(std::move(r));
  }
}

// The plan beside a statement of results: its figures, the statement's keys;
// the whole year's when `of_year` ("kế hoạch năm").
Record PlanOf(const Record& actual, std::optional<std::int64_t> classes, std::optional<std::int64_t> participants,
              bool of_year = false) {
  Record plan = WithoutFigures(actual);
  plan.status = "plan";
  plan.classes = classes;
  plan.participants = participants;
  if (of_year && plan.period && plan.period->size() >= 4) plan.period = plan.period->substr(0, 4);
  plan.rule = "prose.activity_plan";
  return plan;
}

// Reads one statement; returns the index of its main record, if any.
std::optional<std::size_t> ExtractStatement(const ParagraphSite& site, const std::string& statement,
                                            const RuleSet& rules, bool follows, std::vector<Record>* records) {
  FoldedText whole(statement);
  if (whole.canon.empty()) return std::nullopt;
  // Breakdown: "…, trong đó Trung tâm tổ chức …, Trung tâm phối hợp tổ chức …".
  Groups g;
  std::size_t split = whole.canon.size();  // canonical offsets of the breakdown's cue
  std::size_t cue_end = split;
  if (const Rule* in_which = rules.Find("breakdown", "in_which");
      in_which != nullptr && RuleSet::Match(*in_which, whole.folded, &g)) {
    split = whole.CanonOffset(g[0].first);
    cue_end = whole.CanonOffset(g[0].second);
  } else if (std::size_t colon = whole.canon.rfind(':');
             colon != std::string::npos && IsTopicList(rules, whole.canon.substr(colon + 1)) &&
             ReadFigures(rules, FoldedText(whole.canon.substr(0, colon))).any()) {
    // "Năm 2023 mở 20 lớp: tin học 5 lớp, ngoại ngữ 3 lớp, …": a count,
    // then its parts by topic.
    split = colon;
    cue_end = colon + 1;
  }
  FoldedText head(whole.canon.substr(0, split));
  FoldedText tail(whole.canon.substr(split));
  StatementFigures f = ReadFigures(rules, head);
  // "Chỉ tiêu năm 2026: 5 lớp tập huấn …", "Kế hoạch năm 2025: 10 lớp với
  // 300 người": the plan cue in its label. The label says the statement's
  // status; its counts are the statement's own, one record. Not when a
  // measure is counted twice, planned and done ("Chỉ tiêu giao: 15 lớp,
  // thực hiện được 16 lớp"): a target and a result.
  const bool plan_and_done = (f.classes && f.plan_classes) || (f.participants && f.plan_participants);
  if (f.any_plan() && !plan_and_done) {
    std::size_t colon = LabelColon(head.canon);
    if (colon != std::string::npos) {
      StatementFigures own = ReadFigures(rules, head, colon + 1);
      if (own.any()) f = own;
    }
  }
  if (!f.any()) {
    // "Trong đó: chuyển giao khoa học kỹ thuật 74 lớp, …": the first part
    // of a breakdown stated in the sentence before is a statement itself.
    if (split < whole.canon.size()) {
      std::string rest = TrimPunct(whole.canon.substr(cue_end), " :,-");
      if (!rest.empty() && rest.size() < statement.size()) return ExtractStatement(site, rest, rules, follows, records);
    }
    // "Nội dung chủ yếu là tin học (12 lớp), ngoại ngữ (5 lớp) và …".
    Record keys = NewActivity(site, "", whole.canon);
    const FoldedText said(whole.canon.substr(0, std::min(whole.canon.find('('), whole.canon.size())));
    if (const Rule* st = rules.FirstMatch("statement_status", said.folded)) keys.status = st->id;
    if (std::optional<std::string> period = ContextOf(rules, said, site.context.period).period) keys.period = period;
    const std::size_t first = records->size();
    if (ExtractParenthesisedTopics(rules, whole.canon, keys, records)) return first;
    return std::nullopt;
  }

  FoldedText lead(LeadOf(head.canon, f.first));
  std::optional<std::string> organizer = OrganizerOf(rules, lead);
  // "Hội Nông dân xã mở 3 lớp …": a partner ran it, unless the centre is
  // named as doing it.
  if (!organizer && rules.FirstMatch("partner_subject", lead.folded) && !CentreNamed(rules, lead.folded)) {
    organizer = "partner";
  }
  std::optional<Subject> subject = SubjectOf(rules, site, head, lead.canon, f, organizer, follows);
  if (!subject) return std::nullopt;
  // A total over all topics is no one organiser's ("Trung tâm tổ chức 45
  // lớp, trong đó tự tổ chức 30, phối hợp 15") unless its words say it
  // was all run with partners ("đã phối hợp với các ban, ngành mở 32 lớp").
  if (subject->topic == std::optional<std::string>("tong") && organizer != std::optional<std::string>("partner")) {
    organizer.reset();
  }

  Record actual = NewActivity(site, subject->label, whole.canon);
  // The statement's own words: its label ("Kết quả năm 2024: …"), then its
  // leading words ("Trong 3 năm qua (2021-2023), …", "Năm 2025, …").
  Context own = ContextOf(rules, FoldedText(subject->label), site.context.period);
  Context said = ContextOf(rules, lead, site.context.period);
  if (own.status == std::optional<std::string>("demand")) actual.status = "demand";
  // A label that says its status ("Kế hoạch năm 2026: mở 8 lớp …", "Kết
  // quả: …") over its section's.
  if (subject->explicit_label && own.status) actual.status = own.status;
  if (actual.status != std::optional<std::string>("demand")) {
    // Words of a target stated before the figures ("chỉ tiêu giao 15 lớp,")
    // are the plan figure's own, not the status of what follows.
    const FoldedText status_words(f.plan_before_end > 0 && f.plan_before_end < f.first
                                      ? head.canon.substr(f.plan_before_end, f.first - f.plan_before_end)
                                      : lead.canon);
    if (const Rule* st = rules.FirstMatch("statement_status", status_words.folded)) actual.status = st->id;
  }
  // "320 người có nhu cầu học tin học": people who need it, a demand.
  if (f.need && !f.classes && actual.status != std::optional<std::string>("plan")) actual.status = "demand";
  if (said.period) actual.period = said.period;
  if (own.period) actual.period = own.period;
  // "Trong 5 năm qua, …" with no years printed: which years is not sure.
  if (!said.period && !own.period && rules.FirstMatch("open_period", lead.folded)) actual.period.reset();
  actual.organizer = organizer;
  actual.topic = subject->topic;
  actual.commune = SubjectUnit(site, rules, lead.canon);
  SetFigures(&actual, f);
  actual.rule = "prose.activity";
  actual.notes.percents = f.percents;
  if (!f.female && split < whole.canon.size()) {
    StatementFigures t = ReadFigures(rules, tail);
    // A breakdown of the people, not of the classes ("trong đó có 420 nữ và
    // 95 người dân tộc thiểu số"): its women are the statement's.
    if (t.female && !t.classes) actual.female = t.female;
  }
  // The people of all, said after the breakdown of the classes ("Mở 5 lớp
  // tin học, trong đó 3 lớp …, 2 lớp …, với tổng số 150 học viên"): the
  // statement's, and no part of the breakdown, which ends before them.
  FoldedText parts = tail;
  if (split < whole.canon.size()) {
    if (const Rule* sum_of_all = rules.Find("breakdown", "sum_of_all")) {
      for (const normalize::Number& n : ProseNumbers(tail.canon)) {
        if (n.kind != normalize::NumberKind::kCount ||
            MeasureAfter(rules, tail, n) != std::optional<std::string>("participants") ||
            !RuleSet::Match(*sum_of_all, FoldedText(tail.canon.substr(0, n.begin)).folded, nullptr)) {
          continue;
        }
        if (!actual.participants) actual.participants = static_cast<std::int64_t>(n.value);
        const std::size_t comma = tail.canon.find_last_of(",;", n.begin);
        if (comma != std::string::npos) parts = FoldedText(tail.canon.substr(0, comma));
        break;
      }
    }
  }
  const std::size_t main = records->size();
  records->push_back(actual);

  // "A/B lớp": A done against B planned; "đạt 103,8% kế hoạch (26 lớp)".
  if (f.classes_of || f.participants_of) {
    Record plan = PlanOf(actual, f.classes_of, f.participants_of);
    records->push_back(std::move(plan));
  }
  if (f.any_plan()) records->push_back(PlanOf(actual, f.plan_classes, f.plan_participants, f.plan_of_year));
  if (split < whole.canon.size()) BreakdownParts(site, rules, actual, parts, whole.canon, records);
  ExtractParenthesisedParts(rules, head.canon, actual, records);
  return main;
}

// A sentence that only completes the statement before it: its organiser
// ("Trung tâm trực tiếp tổ chức, mời …"), its participants ("Có 210 lượt
// người tham gia, nữ 96").
void CompleteStatement(const RuleSet& rules, const std::string& sentence, std::size_t previous_at,
                       std::vector<Record>* records) {
  FoldedText text(sentence);
  StatementFigures f = ReadFigures(rules, text);
  if (f.classes) return;
  Record* previous = &(*records)[previous_at];
  // "So với kế hoạch năm (25 buổi, 2.180 lượt người), …": the plan of the
  // statement before.
  if (f.any_plan() && !f.any()) {
    Record plan = PlanOf(*previous, f.plan_classes, f.plan_participants, f.plan_of_year);
    plan.source.text = text.canon;
    records->push_back(std::move(plan));
    return;
  }
  if (f.any_plan()) return;
  const FoldedText lead(LeadOf(text.canon, f.first));
  // "…; năm học 2024-2025 kế hoạch huy động 50 học viên": the plan of the
  // activity before for a period of its own, its topic left unsaid.
  const Rule* status = f.any() ? rules.FirstMatch("statement_status", lead.folded) : nullptr;
  if (status != nullptr && status->id == "plan" && previous->status != std::optional<std::string>("plan") &&
      !LeadingTopicIn(rules, text)) {
    Record plan = PlanOf(*previous, std::nullopt, f.participants);
    if (std::optional<std::string> period = ContextOf(rules, lead).period) plan.period = period;
    plan.source.text = text.canon;
    records->push_back(std::move(plan));
    return;
  }
  if (!f.any()) {
    if (!previous->organizer && previous->topic != std::optional<std::string>("tong")) {
      previous->organizer = OrganizerOf(rules, text);
    }
    return;
  }
  // Figures of their own topic are no completion, nor a total named before
  // them ("Tổng số học viên tham gia là 300"); "Có 120 học viên tham gia"
  // after the count is.
  if (LeadingTopicIn(rules, text) || rules.FirstMatch("total_label", lead.folded)) return;
  if (!previous->participants && f.participants) {
    previous->participants = f.participants;
    previous->approx = previous->approx || f.approx;
  }
  if (!previous->female && f.female) previous->female = f.female;
  previous->source.text += " " + sentence;
}

// Money in a sentence that is an activity's cost: of the statement before
// ("Tổng chi cho các lớp này là 4,8 triệu đồng"), of the statement itself
// ("Mở 2 lớp xóa mù chữ …, kinh phí 2,4 triệu đồng"), or of a class named by
// its topic ("Riêng lớp xóa mù chữ được chi 2,4 triệu đồng"), kept as its own
// record until MergeRestatedActivities finds the class.
void ReadCosts(const ParagraphSite& site, const RuleSet& rules, const std::string& sentence,
               std::optional<std::size_t> statement, std::vector<Record>* records) {
  FoldedText text(sentence);
  for (const normalize::Number& n : normalize::FindNumbers(text.canon)) {
    if (n.kind != normalize::NumberKind::kMoney || n.value < 0) continue;
    if (n.end < text.canon.size() && text.canon[n.end] == '/') continue;  // a rate
    FoldedText before(text.canon.substr(0, n.begin));
    if (!IsActivityCost(rules, before)) continue;
    const Rule* named = rules.Find("activity_cost", "named");
    Record* target = statement ? &(*records)[*statement] : nullptr;
    if (named != nullptr && RuleSet::Match(*named, before.folded, nullptr)) {
      std::optional<Topic> topic = LeadingTopicIn(rules, before);
      if (!topic) continue;
      if (target != nullptr && target->topic == topic->code && !target->cost_vnd) {
        target->cost_vnd = static_cast<std::int64_t>(n.value);
        continue;
      }
      Record r = NewActivity(site, CleanLabel(before.canon), text.canon);
      r.topic = topic->code;
      r.cost_vnd = static_cast<std::int64_t>(n.value);
      r.rule = "prose.activity_cost";
      records->push_back(std::move(r));
      continue;
    }
    if (target != nullptr && !target->cost_vnd) target->cost_vnd = static_cast<std::int64_t>(n.value);
  }
}

using Measure = std::optional<std::int64_t> Record::*;
constexpr Measure kMeasures[] = {&Record::classes, &Record::participants, &Record::female, &Record::cost_vnd};

// Keys of one activity: a restatement may name who ran it where the other
// statement does not ("27 lớp" in the table, "đã phối hợp với các đoàn thể
// mở được 27 lớp" in the prose).
bool SameKeys(const Record& a, const Record& b) {
  return a.type == RecordType::kActivity && b.type == RecordType::kActivity && a.status == b.status &&
         a.period == b.period && a.topic == b.topic && (a.organizer == b.organizer || !a.organizer || !b.organizer) &&
         a.commune == b.commune;
}

// `r` states nothing but a cost.
bool CostOnly(const Record& r) { return r.cost_vnd && !r.classes && !r.participants && !r.female; }

}  // namespace

void ExtractProseActivities(const ParagraphSite& site, const RuleSet& rules, std::vector<Record>* records) {
  std::optional<std::size_t> last;  // the main record of the last statement of this paragraph
  const std::vector<std::string> sentences = Sentences(site.paragraph->text);
  for (const std::string& sentence : sentences) {
    const std::size_t before_list = records->size();
    if (ExtractUnitList(site, rules, sentence, records)) {
      // "Các TTHTCĐ đã mở 245 lớp …, thu hút 12.350 lượt người; trong đó:
      // xã Tân An 35 lớp, …": the figures before the units' list are a
      // statement of their own, placed before the units.
      const std::string lead = sentence.substr(0, sentence.rfind(':'));
      if (ReadFigures(rules, FoldedText(lead)).any()) {
        const std::size_t units_end = records->size();
        if (ExtractStatement(site, lead, rules, false, records)) {
          std::rotate(records->begin() + static_cast<std::ptrdiff_t>(before_list),
                      records->begin() + static_cast<std::ptrdiff_t>(units_end), records->end());
          last.reset();
        }
      }
      continue;
    }
    std::optional<std::size_t> first_of_sentence;
    // "Số lớp đã mở:" / "24 lớp với 1.120 lượt người.": figures that start
    // the paragraph under a label paragraph are that label's, read as one
    // statement "label: figures"; the records quote their own text.
    const std::string figures_only = CleanLabel(sentence);
    if (&sentence == &sentences.front() && !site.label_before.empty() && StartsWithNumber(figures_only)) {
      const std::size_t from = records->size();
      if (std::optional<std::size_t> main =
              ExtractStatement(site, site.label_before + ": " + figures_only, rules, false, records)) {
        for (std::size_t k = from; k < records->size(); ++k) (*records)[k].source.text = sentence;
        last = main;
        ReadCosts(site, rules, sentence, last, records);
        continue;
      }
    }
    for (const std::string& statement : Statements(rules, sentence)) {
      if (std::optional<std::size_t> main = ExtractStatement(site, statement, rules, last.has_value(), records)) {
        // "Phối hợp mở 3 lớp trồng nấm và 2 lớp nuôi ong": a statement that
        // starts with its count has the sentence's subject, and so who ran
        // it; "Năm 2023, … tổ chức 45 buổi tuyên truyền, 12 lớp chuyển giao
        // KHKT": and its time and status.
        Record& r = (*records)[*main];
        std::string own = CleanLabel(statement);
        if (FoldedText(own).folded.starts_with("va ")) own = CleanLabel(own.substr(own.find(' ') + 1));
        if (first_of_sentence && StartsWithCount(rules, own)) {
          const Record& first = (*records)[*first_of_sentence];
          if (!r.organizer && r.topic != std::optional<std::string>("tong")) r.organizer = first.organizer;
          for (std::size_t k = *main; k < records->size(); ++k) {
            (*records)[k].period = first.period;
            (*records)[k].commune = first.commune;
            if ((*records)[k].status == r.status) (*records)[k].status = first.status;
          }
        }
        if (!first_of_sentence) first_of_sentence = main;
        last = main;
      } else if (last) {
        CompleteStatement(rules, statement, *last, records);
      }
    }
    // "28 lớp chuyên đề, 15 buổi … và 6 lớp xóa mù chữ với tổng số 2.140
    // lượt người": the people are the whole sentence's, no one statement's;
    // where they belong is not known, so no record holds them.
    const Rule* sum_of_all = rules.Find("breakdown", "sum_of_all");
    if (sum_of_all != nullptr && first_of_sentence && last && *last != *first_of_sentence &&
        (*records)[*last].participants) {
      Record& r = (*records)[*last];
      const FoldedText said(r.source.text);
      for (const normalize::Number& n : ProseNumbers(said.canon)) {
        if (MeasureAfter(rules, said, n) != std::optional<std::string>("participants")) continue;
        if (RuleSet::Match(*sum_of_all, FoldedText(said.canon.substr(0, n.begin)).folded, nullptr)) {
          r.participants.reset();
        }
        break;
      }
    }
    ReadCosts(site, rules, sentence, first_of_sentence ? first_of_sentence : last, records);
  }
  // "Trung tâm đã tổ chức được 31 lớp, cụ thể:": the paragraph's last
  // statement says its parts follow.
  const Rule* list_follows = rules.Find("breakdown", "list_follows");
  if (last && list_follows != nullptr &&
      RuleSet::Match(*list_follows, FoldedText(TrimPunct(site.paragraph->text, " ")).folded, nullptr)) {
    (*records)[*last].notes.opens_list = true;
  }
}

void MergeRestatedActivities(std::vector<Record>* records) {
  std::vector<Record>& rs = *records;
  std::vector<bool> gone(rs.size(), false);
  // Totals that list their own parts ("Tổ chức 19 lớp …, gồm: …", "… 19
  // lớp, cụ thể:"): two of them are two statements, whatever their counts.
  std::vector<bool> listed(rs.size(), false);
  for (std::size_t i = 0; i < rs.size(); ++i) {
    listed[i] = rs[i].notes.opens_list || (i + 1 < rs.size() && rs[i + 1].rule == "prose.activity_part" &&
                                           rs[i + 1].source.block == rs[i].source.block);
  }
  for (std::size_t i = 0; i < rs.size(); ++i) {
    Record& r = rs[i];
    if (r.type != RecordType::kActivity || r.rule.rfind("prose.", 0) != 0) continue;
    if (CostOnly(r)) {
      // The class named by its topic: exactly one record of the same keys
      // (organiser aside) that states figures and no cost.
      std::optional<std::size_t> found;
      int matches = 0;
      for (std::size_t j = 0; j < rs.size(); ++j) {
        const Record& t = rs[j];
        if (j == i || gone[j] || t.type != RecordType::kActivity || t.status != r.status || t.period != r.period ||
            t.topic != r.topic || t.cost_vnd || CostOnly(t) || t.rule == "prose.activity_part") {
          continue;
        }
        found = j;
        ++matches;
      }
      if (matches == 1) {
        rs[*found].cost_vnd = r.cost_vnd;
        gone[i] = true;
      }
      continue;
    }
    // A restatement: same keys, another block, every measure both state
    // equal. A part of a breakdown stays with its total, whose sum needs it.
    if (r.rule == "prose.activity_part") continue;
    for (std::size_t j = 0; j < rs.size(); ++j) {
      Record& t = rs[j];
      if (j == i || gone[j] || !SameKeys(r, t) || t.source.block == r.source.block ||
          t.rule == "prose.activity_part" || (listed[i] && listed[j])) {
        continue;
      }
      bool shared = false, conflict = false;
      for (Measure m : kMeasures) {
        if (!(r.*m) || !(t.*m)) continue;
        shared = true;
        conflict = conflict || *(r.*m) != *(t.*m);
      }
      if (!shared || conflict) continue;
      // Keep the table's record, else the earlier one.
      if (!t.source.row && r.source.row) continue;
      if (!t.source.row && !r.source.row && j > i) continue;
      for (Measure m : kMeasures) {
        if (!(t.*m)) t.*m = r.*m;
      }
      if (!t.organizer) t.organizer = r.organizer;
      gone[i] = true;
      break;
    }
  }
  std::vector<Record> kept;
  kept.reserve(rs.size());
  for (std::size_t i = 0; i < rs.size(); ++i) {
    if (!gone[i]) kept.push_back(std::move(rs[i]));
  }
  rs = std::move(kept);
}

}  // namespace baocao
