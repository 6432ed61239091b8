// What the columns of a table mean, read from its header rows: which column
// names the activity (or the commune of a roll-up row, or the source of a
// budget line), which hold classes, participants, women, cost, place,
// audience, time, notes — whatever their order or wording (rules [column]).
// Measure columns under a merged header that names a topic ("Kinh tế" over
// "Số lớp | Số người") form a group with that topic.
#ifndef BAOCAO_EXTRACTORS_TABLE_LAYOUT_H_
#define BAOCAO_EXTRACTORS_TABLE_LAYOUT_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "document/document.h"
#include "extractors/rules.h"

namespace baocao {

// Measure columns that share a topic (or, for `topic` unset, none).
struct ColumnGroup {
  std::optional<std::string> topic;   // taxonomy code, "tong" for a total group
  std::string label;                  // the group header as printed
  std::map<std::string, int> measures;  // classes / participants / female / cost -> column
};

struct TableLayout {
  int cols = 0;
  int data_begin = 0;                  // first data row
  std::map<std::string, int> fields;   // name, unit, source, number, audience, location, partner, note, time
  std::vector<ColumnGroup> groups;     // at least one when the table has measures
  std::int64_t money_scale = 1;        // "ĐVT: triệu đồng" -> 1000000

  bool Has(const std::string& field) const { return fields.count(field) > 0; }
  bool HasMeasure(const std::string& measure) const;
};

// Reads the header of `table`. `caption` is the paragraph above it (unit
// captions). Returns nullopt when the table has no header row with known
// column meanings (a layout table, a continuation without header).
std::optional<TableLayout> ReadTableLayout(const Table& table, const std::string& caption, const RuleSet& rules);

// The text of cell (row, col) on one line, when (row, col) is the cell's
// first row and column; empty inside a merged cell, so a merged figure is
// counted once and a merged label names one column.
std::string OwnCellText(const Table& table, int row, int col);

// "A | B | 1 | 2 | 3" under a header: column numbers, not data.
bool IsColumnNumberRow(const Table& table, int row);

// The row's cells joined by " | " (provenance text).
std::string RowText(const Table& table, int row);

// The lowest OCR confidence of the row's cells, or nullopt when none was OCR'd.
std::optional<double> RowConfidence(const Table& table, int row);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_TABLE_LAYOUT_H_
