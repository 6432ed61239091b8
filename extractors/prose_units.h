// A statement that lists its figures by unit, the unit noun said once:
// "Các xã đã mở lớp xóa mù chữ: xã Tân An 3 lớp, Phú Mỹ 6, Hòa Bình 4."
// Each item is a roll-up row in prose: its commune, the lead's topic, and
// the measure of the first item carried to the items that drop it. Items
// named by their topic ("Kết quả: Tin học 3 lớp, Ngoại ngữ 2 lớp") are the
// same list by topic.
//
// Thread safety: pure function of its arguments.
#ifndef BAOCAO_EXTRACTORS_PROSE_UNITS_H_
#define BAOCAO_EXTRACTORS_PROSE_UNITS_H_

#include <string>
#include <vector>

#include "extractors/prose.h"
#include "extractors/record.h"
#include "extractors/rules.h"

namespace baocao {

// Appends one activity record per unit of `sentence` (canonical text of
// the paragraph of `site`) and returns true when the sentence is such a
// list: a lead, a colon, then at least two items "[unit word] Name N
// [measure]", every item a capitalised name and one count, the first with
// its measure. Otherwise appends nothing and returns false.
bool ExtractUnitList(const ParagraphSite& site, const RuleSet& rules, const std::string& sentence,
                     std::vector<Record>* records);

// True when `list` is a list by topic, each item with its count, the
// topic first ("tin học 5 lớp, …") or the count of classes first ("5 lớp
// tin học, …").
bool IsTopicList(const RuleSet& rules, const std::string& list);

// Appends `total`'s parts when `list` is a list by topic, each with its
// count ("chuyên đề pháp luật 8 lớp, chuyên đề kinh tế 12 lớp, …", the text
// after a breakdown's "trong đó"), and returns true; else appends nothing
// and returns false. Parts of the total's own topic add nothing.
bool ExtractTopicParts(const RuleSet& rules, const std::string& list, const Record& total,
                       std::vector<Record>* records);

// Appends `total`'s parts listed by topic inside a parenthesis of its
// statement: "Mở 12 lớp chuyên đề (Kinh tế: 5 lớp, Pháp luật: 4 lớp, Sức
// khỏe: 3 lớp)" -> three parts with the total's status, period and
// organiser. A parenthesis that is no such list adds nothing.
void ExtractParenthesisedParts(const RuleSet& rules, const std::string& statement, const Record& total,
                               std::vector<Record>* records);

// A statement with no count of its own that lists topics, each with its
// count in parentheses: "Nội dung chủ yếu là tin học (12 lớp), ngoại ngữ (5
// lớp) và các nội dung khác". Appends one record per topic with the keys
// (status, period, organiser, commune, source) of `keys`, and returns true;
// a last item with no count ("các nội dung khác") is a rest not stated.
// Appends nothing and returns false unless every other item is a topic with
// its count in parentheses, two at least.
bool ExtractParenthesisedTopics(const RuleSet& rules, const std::string& statement, const Record& keys,
                                std::vector<Record>* records);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_PROSE_UNITS_H_
