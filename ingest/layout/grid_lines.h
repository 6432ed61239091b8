// Ruling lines of a page image: the long horizontal and vertical strokes
// that draw table borders, found with Leptonica morphology. Text PDFs need
// it too: poppler-cpp exposes no vector paths, so their pages are rendered at
// low resolution (a clean binary image) and searched the same way as scans.
//
//   RulingOptions options;                   // lengths in page units
//   options.scale = 72.0 / 300;              // page units per pixel
//   RulingLines lines = FindRulingLines(binary, options);        // clean render
//   RulingLines lines = FindRulingLinesGray(gray, options);      // scan, photo
//
// On a scan no one threshold separates rules from paper: a 0.5 pt rule
// printed grey, blurred and JPEG-compressed is 50-90 grey levels darker than
// the paper, while text is 200. FindRulingLinesGray looks for the shape of a
// rule instead of its darkness: a thin run clearly darker than the paper a
// point above and below it (left and right of it for a vertical rule),
// smoothed along the rule so noise and small breaks do not cut it. Filled
// areas have no such contrast inside; text has it only in short pieces,
// which the stroke length removes.
//
// Thread safety: reentrant; `binary` is only read.
#ifndef BAOCAO_INGEST_LAYOUT_GRID_LINES_H_
#define BAOCAO_INGEST_LAYOUT_GRID_LINES_H_

#include <vector>

#include "ingest/layout/image_pix.h"

namespace baocao {

// A stroke in page units: for a horizontal one y0 == y1 is its centre line;
// for a vertical one x0 == x1.
struct Segment {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

struct RulingLines {
  std::vector<Segment> horizontal;
  std::vector<Segment> vertical;
};

struct RulingOptions {
  double scale = 1.0;             // page units per pixel of the image
  // Shortest stroke kept. A table's narrowest column is about 25 pt; text
  // has no straight runs that long (underscore rules survive, but alone they
  // make no grid). Rows can be one line high (about 16 pt).
  double min_horizontal = 20.0;   // page units (points for PDF)
  double min_vertical = 11.0;
  // Gaps bridged inside a stroke (scanner dropouts, JPEG), page units.
  double bridge = 1.5;
  // Thicker than this is a filled shape, not a border.
  double max_thickness = 5.0;
};

// REQUIRES: `binary` is 1 bpp with text and lines as 1 (black). If `mask`
// is given it receives the strokes' pixels (1 bpp, same size), for erasing
// borders before OCR reads a cell.
RulingLines FindRulingLines(Pix* binary, const RulingOptions& options, PixPtr* mask = nullptr);

// REQUIRES: `gray` is 8 bpp (paper light, ink dark). `mask` as above: the
// rules' pixels, about as wide as printed.
RulingLines FindRulingLinesGray(Pix* gray, const RulingOptions& options, PixPtr* mask = nullptr);

// A long rule that need not be level: a horizontal one is y = a + b x for x
// in [from, to], a vertical one x = a + b y for y in [from, to]; page units.
struct SlantedLine {
  bool horizontal = true;
  double a = 0, b = 0;
  double from = 0, to = 0;
  double at(double t) const { return a + b * t; }
};

// The rules of `gray` at least `min_length` long, each fitted with its own
// slope (up to about 5 degrees): on a photo taken at an angle the rules of
// a table converge, so no one rotation makes them level.
std::vector<SlantedLine> FindSlantedLines(Pix* gray, const RulingOptions& options, double min_length);

}  // namespace baocao

#endif  // BAOCAO_INGEST_LAYOUT_GRID_LINES_H_
