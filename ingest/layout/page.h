// What one page holds before layout, whichever way its text was read: words
// with boxes from a PDF text layer (poppler) or from OCR (Tesseract), and the
// tables found from ruling lines with their cells already filled. The layout
// (layout/page_layout.h) turns a PageContent into blocks in reading order; the same
// code serves text PDFs, scanned PDFs and images.
//
// Coordinates: points with a top-left origin and y growing downwards, in
// the frame the words were found in (`frame` maps them to the archived
// page; image files count points at layout/page_frame.h's ImageDpi).
#ifndef BAOCAO_INGEST_LAYOUT_PAGE_H_
#define BAOCAO_INGEST_LAYOUT_PAGE_H_

#include <optional>
#include <string>
#include <vector>

#include "document/document.h"
#include "ingest/layout/page_frame.h"

namespace baocao {

struct PageWord {
  std::string text;                  // UTF-8, NFC, no spaces
  BoundingBox box;
  std::string font;                  // family as declared, subset prefix removed; "" for OCR
  double size = 0;                   // font size (text layer) or line height (OCR), page units
  bool bold = false;
  bool italic = false;
  std::optional<double> confidence;  // OCR word confidence 0-100
};

// A table whose grid came from ruling lines; its cells hold their text.
struct PageTable {
  BoundingBox box;
  Table table;
  std::vector<BoundingBox> cell_boxes;  // parallel to table.cells
  std::optional<double> confidence;     // mean OCR word confidence of its cells
};

struct PageContent {
  int number = 1;                    // 1-based
  double width = 0;
  double height = 0;
  std::vector<PageWord> words;       // words outside `tables`
  std::vector<PageTable> tables;
  bool ocr = false;                  // the words came from OCR
  // Maps the page units above (the frame the words were found in: turned
  // upright, deskewed, squared) to the archived page in points. Layout
  // works in the found frame; the blocks' boxes are mapped back at its end.
  PageFrame frame;
};

inline double Width(const BoundingBox& b) { return b.x1 - b.x0; }
inline double Height(const BoundingBox& b) { return b.y1 - b.y0; }
inline double CenterX(const BoundingBox& b) { return (b.x0 + b.x1) / 2; }
inline double CenterY(const BoundingBox& b) { return (b.y0 + b.y1) / 2; }
inline bool Contains(const BoundingBox& b, double x, double y) {
  return x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;
}

}  // namespace baocao

#endif  // BAOCAO_INGEST_LAYOUT_PAGE_H_
