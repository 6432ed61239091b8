// The figures of one prose statement, each given its role by the rules:
//
//   "Năm 2025 mở được 11 lớp với 812 lượt người tham gia (nữ 430), đạt 105%
//    kế hoạch (10 lớp)"  ->  classes 11, participants 812, female 430,
//                            plan_classes 10
//
// A number measures what the unit noun after it names ([measure]: "lớp",
// "lượt người", "nữ"), or women after a cue before it ([female_before]: "nữ
// 430", "nữ chiếm 296"); people who are all women ("cho 210 chị em") are
// the women and, when no other people are counted, the participants. A
// plan cue before it ([plan_figure]: "kế hoạch (", "chỉ tiêu giao") makes
// it the plan's. It counts nothing when it is a
// difference, a figure per unit or a school grade ([not_count]: "tăng 3
// lớp", "mỗi xã 150 người", "lớp 3"), a rate ("30 người/lớp"), a percentage
// ("nữ chiếm 61%"), or when it sits in a parenthesis that breaks a count
// down ("04 hoạt động (03 giải … và 01 hội diễn)"), where only women and
// plan figures are read. The first number of each measure wins. A number
// whose value is not sure ("1,25 lượt người") leaves its measure unknown and
// a note for the analyst: never a guess.
//
// Thread safety: pure functions of their arguments.
#ifndef BAOCAO_EXTRACTORS_PROSE_FIGURES_H_
#define BAOCAO_EXTRACTORS_PROSE_FIGURES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "extractors/folded.h"
#include "extractors/record.h"
#include "extractors/rules.h"
#include "normalize/numbers.h"

namespace baocao {

struct StatementFigures {
  std::optional<std::int64_t> classes, participants, female;
  std::optional<std::int64_t> classes_of, participants_of;      // "A/B lớp": the plan side B
  std::optional<std::int64_t> plan_classes, plan_participants;  // after a plan cue
  bool plan_of_year = false; // the plan figures are the whole year's ("kế hoạch năm")
  bool approx = false;       // a hedge ("gần", "hơn") before a measure
  bool female_all = false;   // "100% là nữ": the women are all the participants
  bool took_part = false;    // its people took part in something ([participation])
  bool need = false;         // its people need to learn it ([participation] need): a demand
  std::size_t first = std::string::npos;  // canonical byte offset of the first measure's number
  std::size_t first_end = std::string::npos;  // and of the end of its number
  bool classes_first = false;                 // the first measure counts classes
  std::size_t classes_end = std::string::npos;  // end of the classes count's number
  // End of the last plan figure before `first` (0 when none): "chỉ tiêu giao
  // 15 lớp, Trung tâm đã thực hiện được 16 lớp" -- the words between say
  // the status of the figures that follow, the target's cue does not.
  std::size_t plan_before_end = 0;
  std::vector<Record::StatedPercent> percents;  // "đạt 120,1%" after an A/B ratio
  std::vector<std::string> unsure;              // notes of numbers left unknown

  bool any() const { return classes || participants || female; }
  bool any_plan() const { return plan_classes || plan_participants; }
};

// The numbers of `text` as prose reads them (counts in words included).
std::vector<normalize::Number> ProseNumbers(const std::string& canonical);

// True when `canonical` starts with a number: digits, or a count spelled
// in words ("12 lớp", "hai (02) lớp", "mười lăm học viên"). Whether it
// counts anything is not asked.
bool StartsWithNumber(const std::string& canonical);

// What the number `n` of `text` measures by the unit noun right after it
// ("classes", "participants", "female"), or nullopt.
std::optional<std::string> MeasureAfter(const RuleSet& rules, const FoldedText& text, const normalize::Number& n);

// The [plan_figure] rule that makes the number at canonical offset `at` of
// `text` a plan figure (its cue right before it, or before the parenthesis
// it sits in), or nullptr.
const Rule* PlanCue(const RuleSet& rules, const FoldedText& text, std::size_t at);

// `cues_from`: plan cues before this canonical offset are not read ("Chỉ
// tiêu năm 2026: 5 lớp …" -- the label's words say the statement's status,
// they make no plan figure of the count after them).
StatementFigures ReadFigures(const RuleSet& rules, const FoldedText& text, std::size_t cues_from = 0);

// `r` with its keys, label and provenance but none of its figures, nor the
// notes that were about them (hedge, percents, unsure numbers): the start
// of a record that says something else about the same activity (its plan,
// a part of it).
Record WithoutFigures(const Record& r);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_PROSE_FIGURES_H_
