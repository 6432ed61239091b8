#include "document/document.h"

#include <utility>

namespace baocao {

namespace {

std::string_view Slice(const std::string& s, std::size_t begin, std::size_t end) {
  if (begin > end || end > s.size()) return {};
  return std::string_view(s).substr(begin, end - begin);
}

}  // namespace

std::string_view OrigOfLine(const Paragraph& p, const ParagraphLine& line) {
  return Slice(p.orig, line.orig_begin, line.orig_end);
}

std::string_view TextOfLine(const Paragraph& p, const ParagraphLine& line) {
  return Slice(p.text, line.text_begin, line.text_end);
}

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
