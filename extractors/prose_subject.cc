#include "extractors/prose_subject.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "extractors/classify.h"
#include "extractors/dimensions.h"
#include "extractors/prose_text.h"
#include "normalize/text.h"

namespace baocao {
namespace {

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

// The lead names a unit and nothing else: "xã Vĩnh Hòa" (28 lớp …),
// "Riêng TTHTCĐ thị trấn Ninh Giang".
bool LeadIsUnit(const RuleSet& rules, const std::string& lead) {
  const std::string label = TrimPunct(SubjectOnly(rules, CleanLabel(lead)), " ,;:-+");
  std::optional<std::string> unit = UnitOfLabel(rules, label);
  if (!unit) return false;
  const std::string whole = normalize::FoldKey(label), name = normalize::FoldKey(*unit);
  return whole.size() >= name.size() && whole.compare(whole.size() - name.size(), name.size(), name) == 0;
}

}  // namespace

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
    else if (const Rule* unit = rules.Find("total_phrase", "unit");
             GenericPhrase(rules, s.label) && unit != nullptr && RuleSet::Match(*unit, folded_label.folded, nullptr)) {
      s.topic = "tong";
    }
    // "Xã Vĩnh Hòa: 28 lớp, 1.650 lượt người": everything the unit held; so
    // for a unit named after the label ("Các xã có kết quả tốt: xã Tân An
    // 45 lớp, …"), the count naming nothing.
    else if ((LeadIsUnit(rules, s.label) || LeadIsUnit(rules, named)) && f.classes_first &&
             GenericPhrase(rules, after_first)) {
      s.topic = "tong";
    }
    // "Trong năm mở được: 12 lớp với 340 học viên": a label that says only
    // that classes were held, the count naming none: everything held.
    else if (const Rule* held = rules.Find("activity_verb", "verb");
             held != nullptr && RuleSet::Match(*held, folded_label.folded, nullptr) && f.classes_first &&
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
  // Nor do the words of a comparison after the figures ("…, chiếm 15,2%
  // dân số": population is no health topic here).
  if (const Rule* compare = rules.Find("phrase_end", "compare")) {
    FoldedText folded_rest(rest_text);
    Groups cg;
    // (Past the first figure itself: "đạt 20 lớp" may be the statement.)
    const std::size_t skip = f.first_end > f.first ? folded_rest.FoldedOffset(f.first_end - f.first) : 0;
    const std::string tail = folded_rest.folded.substr(std::min(skip, folded_rest.folded.size()));
    if (RuleSet::Match(*compare, tail, &cg)) rest_text = folded_rest.CanonSpan(0, skip + cg[0].first);
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
    const bool time_or_status = total->id == "status_only" || total->id == "period_only";
    if (!named && time_or_status) named = LeadingTopicIn(rules, rest);
    // "…; kế hoạch năm học 2024-2025 huy động 50 học viên": people only,
    // after a statement, under words of time or status only: the activity
    // before, for another period or status (CompleteStatement), not all.
    if (!named && time_or_status && follows && !classes) return std::nullopt;
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
  // A lead that names the topic itself ("Tuyên truyền pháp luật cho 120
  // người dân") keeps it over words after the people that name none.
  const bool lead_names_topic = LeadingTopicIn(rules, folded_lead).has_value();
  if (!f.classes_first && s.label == folded_lead.canon) {
    for (std::size_t end : {f.classes_end, f.first_end}) {
      if (end == std::string::npos) continue;
      std::string named = PhraseAfter(rules, head, end);
      // ")" of "(3 lớp)" names nothing: a name has letters; nor does the
      // verb alone ("…, 120 thí sinh tham gia").
      if (HasLetters(named) && !OnlyParticipationVerb(rules, named) &&
          (!lead_names_topic || LeadingTopicIn(rules, FoldedText(named)))) {
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
      // (Not when the cut would lose the activity's own topic words: "Tổ
      // chức tuyên truyền pháp luật cho" keeps them, less its "cho".)
      std::string cut = CleanLabel(TrimPunct(folded_label.CanonSpan(0, g[0].first), " ,;"));
      if (LeadingTopicIn(rules, FoldedText(cut)) || !LeadingTopicIn(rules, folded_label)) s.label = cut;
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
  auto unit_after = [&](std::size_t from) {
    return UnitOfLabel(rules, SubjectOnly(rules, TrimPunct(lead.substr(from), " ")));
  };
  std::optional<std::string> unit = unit_after(0);
  // After a label's colon: "Kết quả: xã Tân An 45 lớp".
  if (const std::size_t colon = LabelColon(lead); !unit && colon != std::string::npos) unit = unit_after(colon + 1);
  // After the words of time that open the sentence.
  if (const std::size_t comma = lead.find(',');
      !unit && comma != std::string::npos && ContextOf(rules, FoldedText(lead.substr(0, comma))).period) {
    unit = unit_after(comma + 1);
  }
  if (!unit || (site.document_commune && normalize::FoldKey(*unit) == normalize::FoldKey(*site.document_commune))) {
    return std::nullopt;
  }
  return unit;
}

}  // namespace baocao
