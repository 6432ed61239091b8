// Reading the cells of a table grid: a cell's own text (a merged cell counts
// once, at its first row and column), the column-number row under a header,
// a row's text and OCR confidence for provenance, and what a cell's number
// is. Shared by the header, row and record readers of a table.
//
// Thread safety: pure functions of their arguments.
#ifndef BAOCAO_EXTRACTORS_TABLE_CELLS_H_
#define BAOCAO_EXTRACTORS_TABLE_CELLS_H_

#include <cstdint>
#include <optional>
#include <string>

#include "document/document.h"

namespace baocao {

// The cell's text on one line.
std::string CellLine(const TableCell& cell);

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

// What the own text of a cell holds, as a number.
struct CellNumber {
  bool blank = true;               // empty, "-", "x", "…": nothing stated
  std::optional<double> value;     // the number, when the cell is one number
  bool percent = false;            // "85%", "85 %"
  std::string unsure;              // why a cell that holds digits has no sure value
};

// Reads the own text of cell (row, col). A cell of several lines each with
// a number, a fraction where a count is due, or digits mixed with words are
// unsure: no value, and `unsure` quotes the text.
CellNumber ReadCellNumber(const Table& table, int row, int col);

// True when the text holds a decimal digit.
bool HasDigit(const std::string& s);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_TABLE_CELLS_H_
