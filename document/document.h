// The one document model every converter emits and every later stage reads.
//
// A Document is pages of blocks in reading order. A block is a paragraph or a
// table; a table is cells with half-open row/column spans, and a cell holds
// its own blocks, so tables nest. Text is kept twice: `orig` as the converter
// found it (bytes untouched except decoding to UTF-8) and `text`, which the
// normalize/ stage fills with canonical Unicode. Extractors read `text` only;
// provenance snippets quote `text`.
//
// Location: every block knows its page (1-based, or nullopt when the format
// has no pages, as DOCX), its index among the body's top-level blocks in
// reading order (0-based), and, for blocks inside a table, the table row and
// column they sit in. Header and footer text (the page furniture) is kept in
// Document::furniture, apart from the body, and never counted in body
// indexes.
//
// Typical use by a converter:
//
//   Document doc;
//   doc.format = "docx";
//   Block& p = doc.AddBodyParagraph("BÁO CÁO");
//   p.paragraph.style = "Title";
//
// Thread safety: a Document is a plain value; share it read-only.
#ifndef BAOCAO_DOCUMENT_DOCUMENT_H_
#define BAOCAO_DOCUMENT_DOCUMENT_H_

#include <optional>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace baocao {

// A run of text with one font, as the source declared it. The font name is
// what legacy-encoding detection keys on (".VnTime", "VNI-Times").
struct Run {
  std::string orig;
  std::string font;
  bool bold = false;
  bool italic = false;
};

// A box in page coordinates, PDF points (1/72 inch; OCR'd pixels are
// converted to points), top-left origin. Converters without geometry (DOCX)
// leave it unset.
struct BoundingBox {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// One printed line of a paragraph, from a converter that sees the page (PDF
// text layer, OCR): which bytes of the paragraph it holds and where it is
// printed, so provenance can point at the lines a figure's sentence covers
// rather than a whole paragraph. Ranges are byte offsets, half-open. The
// converter sets the orig range and the box; normalize/ sets the text range
// when it fills Paragraph::text (and moves the orig range if it decodes a
// legacy encoding). A range that cannot be placed is left empty
// (begin == end). The line's text as found is orig.substr(orig_begin, ...)
// (OrigOfLine below): kept once, in the paragraph, so the two cannot disagree.
struct ParagraphLine {
  std::size_t orig_begin = 0, orig_end = 0;  // in Paragraph::orig
  std::size_t text_begin = 0, text_end = 0;  // in Paragraph::text
  // The line's page when it is not its block's (a paragraph continued over a
  // page break); nullopt: the block's page.
  std::optional<int> page;
  std::optional<BoundingBox> box;  // points, top-left origin, on the archived page
};

struct Paragraph {
  std::string orig;             // text as found; tabs as '\t', breaks as '\n'
  std::string text;             // normalised (filled by normalize/)
  std::vector<Run> runs;        // may be empty for converters without runs
  // Printed lines in reading order, each covering the bytes after the one
  // before; empty for converters without geometry (DOCX, plain text).
  std::vector<ParagraphLine> lines;
  std::string style;            // source style id or name, e.g. "Heading1"
  int heading_level = 0;        // 1..9 when the style says heading, else 0
  int list_level = -1;          // 0-based numbering level, -1 if not a list item
  std::string list_marker;      // the rendered marker: "1.", "a)", "-", "+", "I."
  bool in_text_box = false;     // came from a text box / frame
};

// The line's bytes of p.orig / p.text; empty when its range is out of the
// paragraph (a damaged stored document).
std::string_view OrigOfLine(const Paragraph& p, const ParagraphLine& line);
std::string_view TextOfLine(const Paragraph& p, const ParagraphLine& line);

struct Block;

struct TableCell {
  int row = 0;                  // first grid row (0-based)
  int col = 0;                  // first grid column (0-based)
  int row_span = 1;             // rows covered; end row = row + row_span
  int col_span = 1;             // columns covered
  std::string orig;             // the cell's paragraphs joined by '\n'
  std::string text;             // normalised (filled by normalize/)
  std::vector<Block> blocks;    // the cell's content, nested tables included
  std::optional<double> confidence;  // OCR mean word confidence, 0-100
  std::optional<BoundingBox> box;    // the cell on its page (points), when the converter knows it
};

struct Table {
  int rows = 0;
  int cols = 0;
  std::vector<TableCell> cells;  // each grid slot is covered by one cell
  bool borderless = false;       // no visible borders (layout tables)

  // The cell covering grid slot (row, col), or nullptr if none does.
  const TableCell* CellAt(int row, int col) const;
  TableCell* CellAt(int row, int col);
};

enum class BlockKind { kParagraph, kTable };

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::optional<int> page;      // 1-based; nullopt when the format has no pages
  int index = 0;                // reading-order index among top-level blocks of its layer
  std::optional<int> row;       // for blocks inside a table: the cell's row
  std::optional<int> col;       // ... and column
  std::optional<BoundingBox> box;
  std::optional<double> confidence;  // OCR mean word confidence, 0-100
  Paragraph paragraph;          // valid when kind == kParagraph
  Table table;                  // valid when kind == kTable

  bool is_paragraph() const { return kind == BlockKind::kParagraph; }
  bool is_table() const { return kind == BlockKind::kTable; }
};

struct Document {
  std::string format;           // "docx", "pdf", "pdf-scan", "image", "txt", "doc"
  std::optional<int> pages;     // page count where the format has pages
  bool ocr = false;             // any text came from OCR
  std::optional<double> ocr_confidence;
  std::vector<Block> body;      // top-level blocks in reading order
  std::vector<Block> furniture; // page headers and footers
  std::vector<std::string> warnings;  // partial-success notes (a bad page, ...)

  // Appends a paragraph / table to the body and sets its index.
  Block& AddBodyParagraph(std::string orig);
  Block& AddBodyTable(Table table);

  // Calls fn(block) for every block of the body, depth first, cells included
  // (tables before their cells' blocks). Used by normalize/ to visit all text.
  template <typename Fn>
  void ForEachBlock(Fn&& fn);
};

// Visits `block` and, for tables, every block inside its cells.
template <typename Fn>
void VisitBlock(Block& block, Fn& fn) {
  fn(block);
  if (block.is_table()) {
    for (TableCell& cell : block.table.cells) {
      for (Block& inner : cell.blocks) VisitBlock(inner, fn);
    }
  }
}

template <typename Fn>
void Document::ForEachBlock(Fn&& fn) {
  for (Block& b : body) VisitBlock(b, fn);
  for (Block& b : furniture) VisitBlock(b, fn);
}

}  // namespace baocao

#endif  // BAOCAO_DOCUMENT_DOCUMENT_H_
