// Dimensions: what the words of a table say about the figures they head.
//
// A table is read as cells located by dimensions. Each header cell above a
// column, each row label and each section row above a row is mapped through
// the rules (tables.rules, topics.rules, the [period] rules) to some of:
//
//   status     "Kế hoạch", "Chỉ tiêu", "Dự toán" -> plan; "Thực hiện",
//              "Kết quả", "Ước thực hiện" -> actual; "Nhu cầu" -> demand
//   period     "Năm 2024", "6 tháng đầu năm", "Quý II", "Tháng 3"
//   organizer  "Tự tổ chức" -> center; "Phối hợp", a partner body -> partner
//   topic      "Giáo dục pháp luật" -> phap_luat; "Tổng số" -> tong
//   commune    "Xã Yên Thịnh" -> "Yên Thịnh" (the unit of a roll-up row)
//   category   budget lines: "Ngân sách nhà nước" -> state, ...
//   money part income, expense or balance (sections of a thu–chi table)
//
// A figure's dimensions are those of its column and its row, the more
// specific filling in over the less specific (Dims::Inherit). The measure
// (classes, participants, ...) is not a dimension: a record is one row and
// one group of columns that share every dimension but the measure.
//
// Thread safety: pure functions of their arguments.
#ifndef BAOCAO_EXTRACTORS_DIMENSIONS_H_
#define BAOCAO_EXTRACTORS_DIMENSIONS_H_

#include <cstdint>
#include <optional>
#include <string>

#include "extractors/folded.h"
#include "extractors/rules.h"

namespace baocao {

struct Dims {
  std::optional<std::string> status;     // plan | actual | demand
  std::optional<std::string> period;     // ISO 8601
  std::optional<std::string> organizer;  // center | partner
  std::optional<std::string> topic;      // taxonomy code; "tong" for a total
  std::optional<std::string> commune;    // the unit of a roll-up row, name only
  std::optional<std::string> category;   // budget category
  std::optional<std::string> money_part; // income | expense | balance

  // Fills every field left unknown here from `outer` (a less specific source:
  // a section row, the table, the document's context).
  void Inherit(const Dims& outer);
  // The fields that are known, as "status=plan period=2025", for grouping
  // and messages.
  std::string Key() const;
};

// The dimensions a header cell states. `year` completes a period printed
// without its year ("Quý II", "6 tháng đầu năm"). Never sets commune or
// category.
Dims HeaderCellDims(const RuleSet& rules, const FoldedText& cell, const std::optional<std::string>& year);

// True when a header cell heads ratios or differences, not counts.
bool IsRatioHeader(const RuleSet& rules, const FoldedText& cell);

// The money unit a caption or header cell names: "ĐVT: triệu đồng" ->
// 1000000, "(đồng)" -> 1; nullopt when it names none.
std::optional<std::int64_t> MoneyUnitOf(const RuleSet& rules, const FoldedText& text);

// A period stated by `text` ("Tháng 3/2025", "Quý II", "6 tháng đầu năm"),
// completed with `year` when printed without one; nullopt when none.
std::optional<std::string> PeriodIn(const RuleSet& rules, const FoldedText& text, const std::optional<std::string>& year);

enum class TotalKind { kNone, kGrand, kPart };
// "Tổng cộng", "Cộng", "Tổng số (toàn huyện)" -> kGrand; "Tổng thu", "Cộng
// mục I" -> kPart; anything else kNone.
TotalKind TotalOf(const RuleSet& rules, const std::string& canonical_label);

// The unit of a roll-up row label, name only: "TTHTCĐ xã Đồng Lạc" ->
// "Đồng Lạc"; nullopt when the label names no unit.
std::optional<std::string> UnitOfLabel(const RuleSet& rules, const std::string& canonical_label);

// True when the whole label is a period ("Tháng 01", "Quý II/2025").
bool IsPeriodLabel(const RuleSet& rules, const FoldedText& label);

// The status a row label starts with ("Kế hoạch năm 2025" -> plan).
std::optional<std::string> LeadingStatus(const RuleSet& rules, const FoldedText& label);

// income | expense | balance for a row of a thu–chi table, or nullopt.
std::optional<std::string> MoneyPartOf(const RuleSet& rules, const FoldedText& label);

// center | partner from a note or partner cell; nullopt when it says
// neither. `partner_column`: the cell is in a column of partner bodies, so
// any name there is a partner.
std::optional<std::string> OrganizerOfCell(const RuleSet& rules, const FoldedText& cell, bool partner_column);

// True when the label opens a partial breakdown of the row above ("Trong đó").
bool IsBreakdownLabel(const RuleSet& rules, const FoldedText& label);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_DIMENSIONS_H_
