#include "document/document.h"

#include <utility>

namespace baocao {

const TableCell* Table::CellAt(int r, int c) const {
  for (const TableCell& cell : cells) {
    if (r >= cell.row && r < cell.row + cell.row_span && c >= cell.col &&
        c < cell.col + cell.col_span) {
      return &cell;
    }
  }
  return nullptr;
}

TableCell* Table::CellAt(int r, int c) {
  return const_cast<TableCell*>(std::as_const(*this).CellAt(r, c));
}

Block& Document::AddBodyParagraph(std::string orig) {
  Block b;
  b.kind = BlockKind::kParagraph;
  b.index = static_cast<int>(body.size());
  b.paragraph.text = orig;
  b.paragraph.orig = std::move(orig);
  body.push_back(std::move(b));
  return body.back();
}

Block& Document::AddBodyTable(Table table) {
  Block b;
  b.kind = BlockKind::kTable;
  b.index = static_cast<int>(body.size());
  b.table = std::move(table);
  body.push_back(std::move(b));
  return body.back();
}

}  // namespace baocao
