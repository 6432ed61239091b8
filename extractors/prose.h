// Figures in sentences: budget lines ("Kinh phí do xã hội hóa: 3.200.000đ")
// and activity statements in the forms reports use:
//
//   "+ Kinh tế: 28 lớp, 1.891 lượt người, trong đó Trung tâm tổ chức 18 lớp,
//    …"                                    a topic, then its organiser parts
//   "215/179 lớp đạt 120,1%"               actual over plan
//   "Năm 2025, Trung tâm tổ chức được 11 lớp với 812 lượt người tham gia
//    (nữ 430)"                             results inside a plan: actual 2025
//   "Trạm Y tế xã phối hợp mở 5 buổi …"    a partner as subject
//   "Phấn đấu năm 2026 mở 34 lớp, buổi"    a total over all topics, plan
//
// A number counts only with a unit noun the rules know ([measure]); which
// figures count is prose_figures.h. A statement's topic comes from its own
// words (its "Label:", else the words after its first count, else the rest
// of it), or from the heading it sits under; a statement whose subject did
// something ([activity_verb]) without naming a topic is the total (`tong`).
// Its status and period come from its own leading words
// ([statement_status], a year or interval) over the section's. A sentence
// that adds to the statement before it in the same paragraph ("Trung tâm
// trực tiếp tổ chức, …"; "Có 210 lượt người tham gia"; "Tổng chi cho các
// lớp này là 4,8 triệu đồng") completes it instead of standing alone.
#ifndef BAOCAO_EXTRACTORS_PROSE_H_
#define BAOCAO_EXTRACTORS_PROSE_H_

#include <optional>
#include <vector>

#include "document/document.h"
#include "extractors/context.h"
#include "extractors/record.h"
#include "extractors/rules.h"

namespace baocao {

struct ParagraphSite {
  const Paragraph* paragraph = nullptr;
  int block = 0;
  std::optional<int> page;
  Context context;
  std::optional<double> confidence;  // OCR confidence of the paragraph, if OCR'd
  // The paragraph right before, when it is a label waiting for its figure
  // ("Số dư cuối năm:" above "-1.200.000 đồng."): no digit, ends in a colon.
  // Empty otherwise.
  std::string label_before;
  // The commune the document is about, if one ([place] of its header): a
  // statement whose subject is another named unit ("TTHTCĐ xã Tân An tổ
  // chức được 45 lớp" in a district's report) is that unit's.
  std::optional<std::string> document_commune;
};

// Appends the budget records of one paragraph.
void ExtractBudgetLines(const ParagraphSite& site, const RuleSet& rules, std::vector<Record>* records);

// After every block is read: a money line of no named source right before
// lines that break it down ("Kinh phí hoạt động năm 2025: 38.500.000 đồng.
// Trong đó: ngân sách xã 20.000.000 đồng; …", in the next sentence or
// paragraph, or after a "Trong đó:" paragraph) is their total. `doc`: the
// document the records were read from (its body blocks).
void MarkIntroducedBudgetTotals(const Document& doc, const RuleSet& rules, std::vector<Record>* records);

// The amount a paragraph writes in words ("Bằng chữ: Ba mươi triệu tám
// trăm nghìn đồng"), if any.
std::optional<std::int64_t> AmountInWords(const std::string& text);

// True when the words before a money amount make it an activity's cost
// ([activity_cost]), not a budget line.
bool IsActivityCost(const RuleSet& rules, const FoldedText& before_amount);

// Appends the activity records of one paragraph.
void ExtractProseActivities(const ParagraphSite& site, const RuleSet& rules, std::vector<Record>* records);

// After every block is read: a prose statement that restates a record read
// elsewhere (the same status, period, topic, organiser and commune, and the
// same value for every measure both state: "Năm 2023 Trung tâm đã mở được 27
// lớp …" above a table whose total row says so) is folded into it, filling
// the measures it lacks; a cost stated for a class named by its topic
// ("Riêng lớp xóa mù chữ được chi 2,4 triệu đồng") moves to that activity's
// record when exactly one holds it.
void MergeRestatedActivities(std::vector<Record>* records);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_PROSE_H_
