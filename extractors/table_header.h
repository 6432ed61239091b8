// The header of a table read as dimensions. Every leaf column gets its
// header path (every header cell above it, merged cells included) and, from
// the words of that path:
//
//   - a field role (TT, activity name, commune, notes, partner, time, ...;
//     rules [column]), for a column of words; or
//   - a measure (classes, participants, female, cost; rules [column]): the
//     bottom-most header cell that names one ("Nữ" under "Số lượt người
//     tham gia"); a column of numbers under words that name no measure holds
//     money when a money unit is stated ("Dự toán năm 2025" under "ĐVT:
//     đồng"), else its meaning is unknown; or
//   - ratios ("Tỷ lệ TH/DT (%)", "So sánh"): not counts;
//   - and dimensions (dimensions.h) from the other cells of the path: status
//     ("Kế hoạch"), period ("Quý II"), organizer ("Phối hợp"), topic
//     ("Giáo dục pháp luật", "Tổng số").
//
// Measure columns that share every dimension and the same header words
// above their measure form a ColumnGroup: one record per row and group. So
// topics over "Số lớp | Lượt người", "Kế hoạch | Thực hiện" over measures,
// measures over "Kế hoạch | Thực hiện", quarters or months as column groups,
// "Tự tổ chức | Phối hợp" are one mechanism.
//
// Thread safety: pure functions of their arguments.
#ifndef BAOCAO_EXTRACTORS_TABLE_HEADER_H_
#define BAOCAO_EXTRACTORS_TABLE_HEADER_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "document/document.h"
#include "extractors/dimensions.h"
#include "extractors/rules.h"

namespace baocao {

struct ColumnMeaning {
  std::vector<std::string> path;        // header cell texts, top first (canonical, one line)
  std::optional<std::string> field;     // a field role of rules [column]
  std::optional<std::string> measure;   // classes | participants | female | cost
  bool ratio = false;                   // ratios or differences
  bool numeric = false;                 // most data cells hold numbers
  Dims dims;                            // what the header cells state
  std::optional<std::int64_t> money_unit;  // a unit in its own header cells
  int group = -1;                       // index into TableHeader::groups, or -1

  // The header path joined with " — ".
  std::string Header() const;
};

struct ColumnGroup {
  std::string label;                    // the header words the group's columns share, " — "-joined
  Dims dims;
  std::map<std::string, int> measures;  // measure -> column
};

struct TableHeader {
  int cols = 0;
  int data_begin = 0;                   // first body row
  bool has_header = true;               // false: no header row (data from the first row)
  int first_block = -1;                 // body block of the table this one continues, or its own
  std::vector<ColumnMeaning> columns;
  std::vector<ColumnGroup> groups;
  std::map<std::string, int> fields;    // field role -> its (first) column
  int label_col = -1;                   // the column naming the rows, or -1
  std::optional<std::int64_t> money_unit;  // stated above the table or across it
  Dims dims;                            // stated across the whole table (a title row inside it)

  bool HasField(const std::string& f) const { return fields.count(f) > 0; }
  // A count measure (classes, participants, female) in some group.
  bool HasCounts() const;
  bool HasMeasure(const std::string& measure) const;
  // The money unit of column `c`: its own, else the table's, else 1 (đồng).
  std::int64_t MoneyUnit(int c) const;
};

// Reads the header of `table`. `captions` are the paragraphs right above it,
// nearest last (unit captions); `year` completes periods printed without one.
// A table whose first row already holds data has no header (has_header
// false: a continuation, or a list of "label | number" lines); its columns
// are read from their cells alone. Returns nullopt for a table without
// numbers and without known columns (a layout table).
std::optional<TableHeader> ReadTableHeader(const Table& table, const std::vector<std::string>& captions,
                                           const RuleSet& rules, const std::optional<std::string>& year);

// The header of a table that continues `previous` on the next page without
// repeating it: the same columns, data from the first row that is not a
// column-number row.
TableHeader ContinuedHeader(const Table& table, const TableHeader& previous);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_TABLE_HEADER_H_
