// Small classifiers shared by the table and prose extractors: the topic of
// an activity name, the organiser named by a cue, and label clean-up.
#ifndef BAOCAO_EXTRACTORS_CLASSIFY_H_
#define BAOCAO_EXTRACTORS_CLASSIFY_H_

#include <optional>
#include <string>

#include "extractors/folded.h"
#include "extractors/rules.h"

namespace baocao {

struct Topic {
  std::string code;      // a taxonomy code
  std::string rule;      // the rule that decided it ("topic_code.kinh_te")
};

// The topic of an activity name: a code in parentheses ("(KT)") first, then
// its words (LeadingTopicIn). nullopt when nothing matches (the caller
// raises topic-unknown).
std::optional<Topic> TopicOf(const RuleSet& rules, const FoldedText& label);

// The topic of words ("Tập huấn kỹ thuật chăm sóc lúa, phòng trừ sâu bệnh"):
// the [topic] words that come first, as a Vietnamese phrase puts its head
// first; on a tie the earlier rule (specific before general). Phrases of
// [topic_ignore] such as "xã hội học tập" are no topic words. nullopt when
// none.
std::optional<Topic> LeadingTopicIn(const RuleSet& rules, const FoldedText& phrase);

// "center" / "partner" from an organiser cue, or nullopt.
std::optional<std::string> OrganizerOf(const RuleSet& rules, const FoldedText& text);

// The label as printed without a trailing topic code "(KT)", a trailing
// period, or a leading list marker ("- ", "+ ", "a) ").
std::string CleanLabel(const std::string& canonical);

// `label` without a copula at its end, where the figure followed: "Tổng
// kinh phí là" -> "Tổng kinh phí", "Tuyên truyền pháp luật được" ->
// "Tuyên truyền pháp luật", "Mở lớp xóa mù chữ với" -> "Mở lớp xóa mù
// chữ" (là, đạt, gồm, được, có; với, cho bringing in the people).
std::string WithoutTrailingCopula(const std::string& label);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_CLASSIFY_H_
