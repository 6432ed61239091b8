// Figures in sentences: budget lines ("Kinh phí do xã hội hóa: 3.200.000đ")
// and activity statements ("+ Kinh tế: 28 lớp, 1.891 lượt người, trong đó
// Trung tâm tổ chức 18 lớp, …"; "215/179 lớp đạt 120,1%" as actual/plan).
// A number counts only with a unit noun the rules know ([measure]) and a
// label that names a topic or a total, so stray numbers give no records.
#ifndef BAOCAO_EXTRACTORS_PROSE_H_
#define BAOCAO_EXTRACTORS_PROSE_H_

#include <optional>
#include <vector>

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
};

// Appends the budget records of one paragraph.
void ExtractBudgetLines(const ParagraphSite& site, const RuleSet& rules, std::vector<Record>* records);

// The amount a paragraph writes in words ("Bằng chữ: Ba mươi triệu tám
// trăm nghìn đồng"), if any.
std::optional<std::int64_t> AmountInWords(const std::string& text);

// Appends the activity records of one paragraph.
void ExtractProseActivities(const ParagraphSite& site, const RuleSet& rules, std::vector<Record>* records);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_PROSE_H_
