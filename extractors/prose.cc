#include "extractors/prose.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "extractors/classify.h"
#include "extractors/dimensions.h"
#include "extractors/folded.h"
#include "extractors/prose_figures.h"
#include "extractors/prose_text.h"
#include "extractors/prose_units.h"
#include "normalize/numbers.h"
#include "normalize/text.h"

namespace baocao {
namespace {

struct Subject {
  std::string label;
  std::optional<std::string> topic;
  bool explicit_label = false;  // "Label: figures"
};

// True when `folded` names the learning centre ([issuer] tthtcd) at a word
// start: "TTHTCĐ xã đã phối hợp với các ngành mở được 32 lớp" is the centre's
// total, run with partners, not one partner's activity.
bool CentreNamed(const RuleSet& rules, const std::string& folded) {
  if (rules.FirstMatch("centre_subject", folded) != nullptr) return true;
  const Rule* centre = rules.Find("issuer", "tthtcd");
  if (centre == nullptr) return false;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (i > 0 && folded[i - 1] != ' ') continue;
    if (RuleSet::Match(*centre, std::string_view(folded).substr(i), nullptr)) return true;
  }
  return false;
}

bool HasLetters(const std::string& text) {
  return std::any_of(text.begin(), text.end(),
                     [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)) || (ch & 0x80); });
}

// "tham gia", "tham dự": the words that say people took part, and nothing
// they took part in.
bool OnlyParticipationVerb(const RuleSet& rules, const std::string& phrase) {
  const Rule* verb = rules.Find("participation", "after");
  FoldedText folded(phrase);
  Groups g;
  if (verb == nullptr || !RuleSet::Match(*verb, folded.folded, &g)) return false;
  return !HasLetters(folded.folded.substr(g[0].second));
}

// The lead without the words before its subject ([subject_lead]): "Riêng
// xã Đoàn Kết mở" -> "xã Đoàn Kết mở".
std::string WithoutSubjectLead(const RuleSet& rules, const std::string& lead) {
  FoldedText f(lead);
  Groups g;
  for (const Rule& r : rules.Section("subject_lead")) {
    if (RuleSet::Match(r, f.folded, &g) && g[0].first == 0) return f.canon.substr(f.CanonOffset(g[0].second));
  }
  return f.canon;
}

// The lead names a unit and nothing else: "xã Vĩnh Hòa" (28 lớp …),
// "Riêng TTHTCĐ thị trấn Ninh Giang".
bool LeadIsUnit(const RuleSet& rules, const std::string& lead) {
  const std::string label = TrimPunct(WithoutSubjectLead(rules, CleanLabel(lead)), " ,;:-+");
  std::optional<std::string> unit = UnitOfLabel(rules, label);
  if (!unit) return false;
  const std::string whole = normalize::FoldKey(label), name = normalize::FoldKey(*unit);
  return whole.size() >= name.size() && whole.compare(whole.size() - name.size(), name.size(), name) == 0;
}

// What a statement is about: its own words first (its label, the words
// after its first count, the rest of it), then its heading; a subject that
// did something without naming a topic states the total.
//
// `follows`: a statement of this paragraph came before, so people counted
// with no activity of their own ("Có 95 lượt người tham gia.") are its
// participants, not a statement.
std::optional<Subject> SubjectOf(const RuleSet& rules, const ParagraphSite& site, const FoldedText& head,
                                 const std::string& lead, const StatementFigures& f,
                                 const std::optional<std::string>& organizer, bool follows) {
  // "Tổng số cán bộ quản lý … là 126 người": people who are no learners.
  if (rules.FirstMatch("not_activity", FoldedText(lead).folded) != nullptr) return std::nullopt;
  Subject s;
  // The words after the statement's first count ("… 12 lớp nuôi ong với …"
  // -> "nuôi ong").
  const std::string after_first = PhraseAfter(rules, head, f.first_end);
  std::size_t colon = LabelColon(lead);
  if (colon != std::string::npos) {
    s.explicit_label = true;
    s.label = CleanLabel(lead.substr(0, colon));
    FoldedText folded_label(s.label);
    // "Kết quả: Giáo dục pháp luật 4 lớp, …": a label of no topic, and the
    // words after it up to the figures name one: they are the activity.
    std::string named = CleanLabel(lead.substr(colon + 1));
    std::optional<Topic> named_topic;
    if (!TopicOf(rules, folded_label) && !named.empty()) named_topic = LeadingTopicIn(rules, FoldedText(named));
    // "Kế hoạch năm 2026: mở 4 lớp tin học …": a label of status words only,
    // the activity named after the count.
    // "Tháng 3: tổ chức 2 lớp tuyên truyền pháp luật": of period words only.
    auto only = [&](const char* id) {
      const Rule* r = rules.Find("total_label", id);
      return r != nullptr && RuleSet::Match(*r, folded_label.folded, nullptr);
    };
    // The activity's own words after the count come before words of the
    // lead, which may name a partner ("Tháng 2: Trạm Y tế xã phối hợp mở 4
    // lớp tin học").
    // So do they under a label that names no topic ("Trong năm mở được: 12
    // lớp nuôi ong …").
    if (f.classes_first &&
        (only("status_only") || only("period_only") || (!named_topic && !TopicOf(rules, folded_label)))) {
      if (std::optional<Topic> own = LeadingTopicIn(rules, FoldedText(after_first))) {
        named_topic = own;
        named = after_first;
      }
    }
    // "Kết quả: có 45/50 học viên được cấp giấy chứng nhận": under a label
    // of status or period words only, people who did not take part in
    // anything are an outcome, not an activity.
    if (!named_topic && !f.classes && !f.classes_of && !f.took_part && (only("status_only") || only("period_only")) &&
        HasLetters(after_first)) {
      return std::nullopt;
    }
    if (named_topic) {
      // The label keeps its own words: they may say the status ("Kế hoạch:").
      s.topic = named_topic->code;
      s.label += ": " + named;
    } else if (std::optional<Topic> t = TopicOf(rules, folded_label)) s.topic = t->code;
    else if (rules.FirstMatch("total_label", folded_label.folded)) s.topic = "tong";
    else if (site.context.topic) s.topic = site.context.topic;
    // "Lớp chuyên đề: 24 lớp/1.120 lượt người": a label of unit words only
    // names every class.
    else if (GenericPhrase(rules, s.label)) s.topic = "tong";
    // "Xã Vĩnh Hòa: 28 lớp, 1.650 lượt người": everything the unit held.
    else if (LeadIsUnit(rules, s.label) && f.classes_first && GenericPhrase(rules, after_first)) s.topic = "tong";
    // "Trong năm mở được: 12 lớp với 340 học viên": a label that says only
    // that classes were held, the count naming none: everything held.
    else if (rules.FirstMatch("activity_verb", folded_label.folded) && f.classes_first &&
             GenericPhrase(rules, after_first) && organizer != std::optional<std::string>("partner")) {
      s.topic = "tong";
    }
    if (s.label.empty()) return std::nullopt;
    if (s.topic || f.classes || f.classes_of) return s;
    return std::nullopt;
  }
  FoldedText folded_lead(CleanLabel(lead));
  // The rest of the statement's clause: "12 buổi còn lại, …; ưu tiên các
  // nội dung chuyển đổi số" names no topic for the 12 sessions.
  std::string rest_text = head.canon.substr(f.first);
  const std::vector<int> rest_depth = Depths(rest_text);
  for (std::size_t i = 0; i < rest_text.size(); ++i) {
    if (rest_text[i] == ';' && rest_depth[i] == 0) {
      rest_text.resize(i);
      break;
    }
  }
  FoldedText rest(rest_text);
  // Without a label, a statement counts classes, or people who took part in
  // something ("Có 1.250 lượt người tham gia học tập …"): "đến cuối năm có
  // 38 học viên đọc thông, viết thạo" is an outcome, not an activity.
  const bool classes = f.classes || f.classes_of;
  const bool took_part = !classes && f.took_part &&
                         (!follows || LeadingTopicIn(rules, rest) || LeadingTopicIn(rules, folded_lead));
  if (!classes && !took_part && !rules.FirstMatch("total_label", folded_lead.folded)) return std::nullopt;
  std::string phrase = f.classes_first ? after_first : "";
  FoldedText folded_phrase(phrase);
  if (site.context.topic) {
    s.topic = site.context.topic;
    s.label = phrase.empty() ? folded_lead.canon : phrase;
  } else if (std::optional<Topic> t = LeadingTopicIn(rules, folded_phrase)) {
    s.topic = t->code;
    s.label = phrase;
  } else if (rules.FirstMatch("total_label", folded_phrase.folded)) {
    s.topic = "tong";
    s.label = phrase;
  } else if (const Rule* total = rules.FirstMatch("total_label", folded_lead.folded)) {
    // "Số người tham gia các lớp tin học là 95 người": the words after
    // the total's may name the classes counted.
    Groups tg;
    RuleSet::Match(*total, folded_lead.folded, &tg);
    std::optional<Topic> named = LeadingTopicIn(rules, FoldedText(folded_lead.CanonSpan(tg[0].second, folded_lead.folded.size())));
    // "Kết quả điều tra có 150 người có nhu cầu học tin học": words of
    // status or time only; the rest of the statement names the topic.
    if (!named && (total->id == "status_only" || total->id == "period_only")) named = LeadingTopicIn(rules, rest);
    s.topic = named ? named->code : "tong";
    s.label = folded_lead.canon;
  } else if (std::optional<Topic> t2 = LeadingTopicIn(rules, rest)) {
    s.topic = t2->code;
    s.label = phrase.empty() ? folded_lead.canon : phrase;
  } else if (std::optional<Topic> t3 = LeadingTopicIn(rules, folded_lead)) {
    s.topic = t3->code;
    s.label = folded_lead.canon;
  } else if (f.classes_first && rules.FirstMatch("activity_verb", folded_lead.folded) &&
             (organizer != std::optional<std::string>("partner") || CentreNamed(rules, folded_lead.folded)) &&
             GenericPhrase(rules, phrase)) {
    // "Trung tâm đã mở được 27 lớp với …", "… 32 lớp, buổi học tập …":
    // everything the centre ran. "Tổ chức 3 buổi sinh hoạt câu lạc bộ"
    // names an activity of no known topic: no total.
    s.topic = "tong";
    s.label = folded_lead.canon;
  } else if (f.classes_first && rules.FirstMatch("activity_verb", folded_lead.folded) &&
             (!phrase.empty() || organizer == std::optional<std::string>("partner"))) {
    // "Mở 06 lớp kỹ năng nuôi dạy con với 240 lượt người": an activity held
    // and named, in words no topic rule knows; "Hội Nông dân xã phối hợp mở
    // 3 lớp.": a partner's classes, never the centre's total. Kept with no
    // topic (labelled below); the checks file it under the catch-all and
    // say so.
  } else if (f.classes_first && LeadIsUnit(rules, lead) && GenericPhrase(rules, phrase)) {
    // "…; xã Vĩnh Hòa 28 lớp với 1.650 lượt người": everything the unit
    // held.
    s.topic = "tong";
    s.label = folded_lead.canon;
  } else if (took_part) {
    // People who took part, in nothing the words name ("Có 1.250 lượt
    // người tham gia học tập các chuyên đề"): everyone, the total; in an
    // activity no topic rule knows: kept with no topic, as above.
    if (GenericPhrase(rules, after_first)) s.topic = "tong";
  } else {
    return std::nullopt;  // numbers without a known subject: not an activity statement
  }
  if (s.label.empty()) s.label = phrase.empty() ? folded_lead.canon : phrase;
  // People counted first ("Có 95 lượt người tham gia 3 lớp tập huấn kỹ
  // thuật …"): the words before them are a verb, the activity is named
  // after the classes, or after the people.
  if (!f.classes_first && s.label == folded_lead.canon) {
    for (std::size_t end : {f.classes_end, f.first_end}) {
      if (end == std::string::npos) continue;
      std::string named = PhraseAfter(rules, head, end);
      // ")" of "(3 lớp)" names nothing: a name has letters; nor does the
      // verb alone ("…, 120 thí sinh tham gia").
      if (HasLetters(named) && !OnlyParticipationVerb(rules, named)) {
        s.label = named;
        break;
      }
    }
  }
  // "Tổ chức hội thi tìm hiểu pháp luật với sự tham gia của 300 lượt
  // người": the label ends before the words that bring in the people.
  if (const Rule* cue = rules.Find("participation", "before")) {
    FoldedText folded_label(s.label);
    Groups g;
    if (RuleSet::Match(*cue, folded_label.folded, &g) && g[0].first > 0) {
      s.label = CleanLabel(TrimPunct(folded_label.CanonSpan(0, g[0].first), " ,;"));
    }
  }
  s.label = WithoutTrailingCopula(s.label);
  // "80 người có nhu cầu học nghề may": a statement that starts with its
  // count and names no activity by the usual words is labelled by itself.
  if (s.label.empty() && s.topic) s.label = CleanLabel(rest.canon);
  if (s.label.empty()) return std::nullopt;
  return s;
}

// The unit a statement's subject names ("TTHTCĐ xã Tân An tổ chức …",
// "Năm 2023, thị trấn Phú Mỹ mở …"), when it is not the document's own.
std::optional<std::string> SubjectUnit(const ParagraphSite& site, const RuleSet& rules, const std::string& lead) {
  std::optional<std::string> unit = UnitOfLabel(rules, WithoutSubjectLead(rules, lead));
  if (!unit) {
    // After the words of time that open the sentence.
    std::size_t comma = lead.find(',');
    if (comma != std::string::npos && ContextOf(rules, FoldedText(lead.substr(0, comma))).period) {
      unit = UnitOfLabel(rules, WithoutSubjectLead(rules, TrimPunct(lead.substr(comma + 1), " ")));
    }
  }
  if (!unit || (site.document_commune && normalize::FoldKey(*unit) == normalize::FoldKey(*site.document_commune))) {
    return std::nullopt;
  }
  return unit;
}

// `statement` starts with a count ("12 lớp chuyển giao KHKT"), not with a
// number of its own lead ("6 tháng cuối năm …").
bool StartsWithCount(const RuleSet& rules, const std::string& statement) {
  FoldedText text(statement);
  std::vector<normalize::Number> numbers = ProseNumbers(text.canon);
  return !numbers.empty() && numbers.front().begin == 0 && MeasureAfter(rules, text, numbers.front()).has_value();
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
  // "Chỉ tiêu năm 2026: 5 lớp tập huấn …": only plan figures, the cue in
  // its label. The label says the statement's status; its counts are the
  // statement's own.
  if (!f.any() && f.any_plan()) {
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
  const std::size_t main = records->size();
  records->push_back(actual);

  // "A/B lớp": A done against B planned; "đạt 103,8% kế hoạch (26 lớp)".
  if (f.classes_of || f.participants_of) {
    Record plan = PlanOf(actual, f.classes_of, f.participants_of);
    records->push_back(std::move(plan));
  }
  if (f.any_plan()) records->push_back(PlanOf(actual, f.plan_classes, f.plan_participants, f.plan_of_year));
  if (split < whole.canon.size()) BreakdownParts(site, rules, actual, tail, whole.canon, records);
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
  if (!f.any()) {
    if (!previous->organizer && previous->topic != std::optional<std::string>("tong")) {
      previous->organizer = OrganizerOf(rules, text);
    }
    return;
  }
  // Figures of their own topic are no completion, nor a total named before
  // them ("Tổng số học viên tham gia là 300"); "Có 120 học viên tham gia"
  // after the count is.
  const FoldedText lead(LeadOf(text.canon, f.first));
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
    if (ExtractUnitList(site, rules, sentence, records)) continue;
    std::optional<std::size_t> first_of_sentence;
    // "Số lớp đã mở:" / "24 lớp với 1.120 lượt người.": figures that start
    // the paragraph under a label paragraph are that label's, read as one
    // statement "label: figures"; the records quote their own text.
    const std::string figures_only = CleanLabel(sentence);
    if (&sentence == &sentences.front() && !site.label_before.empty() && !figures_only.empty() &&
        std::isdigit(static_cast<unsigned char>(figures_only[0]))) {
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
