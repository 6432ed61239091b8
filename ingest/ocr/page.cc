#include "ingest/ocr/page.h"

#include <leptonica/allheaders.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

#include "ingest/layout/aligned_table.h"
#include "ingest/layout/grid_lines.h"
#include "ingest/layout/grid_table.h"
#include "ingest/layout/inferred_columns.h"
#include "ingest/ocr/image_prep.h"
#include "ingest/ocr/cell.h"
#include "ingest/ocr/cell_edges.h"
#include "ingest/pdf/words.h"

namespace baocao {
namespace {

// Ink pixels below which a cell is empty (specks of noise, a stray dot).
constexpr int kMinCellInk = 20;

bool HasAlnum(const std::string& s) {
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    UChar32 c = 0;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    if (c > 0 && u_isalnum(c)) return true;
  }
  return false;
}

BoxPtr MakeBox(int x, int y, int w, int h) { return BoxPtr(boxCreate(x, y, std::max(w, 1), std::max(h, 1))); }

// Tesseract's row height (x-height plus ascenders) is about 0.7 em.
constexpr double kRowHeightPerEm = 0.7;

// Words in page units. A word's size is its text line's height (OCR knows
// no font sizes), so "em"-based layout rules work as on a text layer.
std::vector<PageWord> ToPageWords(const std::vector<OcrWord>& ocr, double units, OcrPageStats* stats) {
  std::map<int, float> row_height;
  for (const OcrWord& w : ocr) row_height[w.line] = std::max(row_height[w.line], w.row_height);
  std::vector<PageWord> out;
  for (const OcrWord& w : ocr) {
    // Specks and leftovers of borders ("|", "_", "'") read as words. A
    // ruled box outside the tables (an incoming-mail stamp, a signature
    // frame) comes back as blank "words" a rule long and a point high: kept,
    // they pull the text line they touch apart in line finding.
    if (w.text.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    if (!HasAlnum(w.text) && w.confidence < 60) continue;
    PageWord p;
    p.text = ToNfc(w.text);
    p.box = {w.x0 * units, w.y0 * units, w.x1 * units, w.y1 * units};
    const double rh = row_height[w.line] > 0 ? row_height[w.line] : 0.75 * (w.y1 - w.y0);
    p.size = rh / kRowHeightPerEm * units;
    p.confidence = w.confidence;
    stats->confidence_sum += w.confidence;
    ++stats->words;
    out.push_back(std::move(p));
  }
  return out;
}


// The stroke pixels of `strokes` (pixels) that are borders of `grids`
// (points): long runs inside bold words ("dung hoạt động" printed heavy)
// also survive the opening, and must not be erased from the text.
PixPtr BorderMask(Pix* strokes, const RulingLines& lines, const std::vector<Grid>& grids, double pt, double tol) {
  PixPtr keep(pixCreate(pixGetWidth(strokes), pixGetHeight(strokes), 1));
  if (!keep) return nullptr;
  // Padded across a rule (it may wobble), not along it: past its ends are
  // the letters of the cells it does not bound.
  const int pad = static_cast<int>(std::lround(tol / pt));
  auto mark = [&](double x0, double y0, double x1, double y1) {
    const bool horizontal = x1 - x0 >= y1 - y0;
    const int pad_x = horizontal ? 1 : pad, pad_y = horizontal ? pad : 1;
    const int px0 = static_cast<int>(x0 / pt) - pad_x, py0 = static_cast<int>(y0 / pt) - pad_y;
    const int pw = static_cast<int>((x1 - x0) / pt) + 2 * pad_x, ph = static_cast<int>((y1 - y0) / pt) + 2 * pad_y;
    pixRasterop(keep.get(), px0, py0, pw, ph, PIX_SET, nullptr, 0, 0);
  };
  // A rule is a border only along the cells it separates: inside a merged
  // cell it has no business, and what lines up with it there is a letter
  // (the l of "Số lớp" centred over "KH | TH" joins the rule below it).
  for (const Grid& g : grids) {
    for (const GridCell& c : g.cells) {
      const double cx0 = g.col_edges[static_cast<std::size_t>(c.col)];
      const double cx1 = g.col_edges[static_cast<std::size_t>(c.col + c.col_span)];
      const double cy0 = g.row_edges[static_cast<std::size_t>(c.row)];
      const double cy1 = g.row_edges[static_cast<std::size_t>(c.row + c.row_span)];
      for (const Segment& h : lines.horizontal) {
        if ((std::abs(h.y0 - cy0) > tol && std::abs(h.y0 - cy1) > tol) || h.x1 < cx0 || h.x0 > cx1) continue;
        mark(std::max(h.x0, cx0), h.y0, std::min(h.x1, cx1), h.y1);
      }
      for (const Segment& v : lines.vertical) {
        if ((std::abs(v.x0 - cx0) > tol && std::abs(v.x0 - cx1) > tol) || v.y1 < cy0 || v.y0 > cy1) continue;
        mark(v.x0, std::max(v.y0, cy0), v.x1, std::min(v.y1, cy1));
      }
    }
  }
  pixAnd(keep.get(), keep.get(), strokes);
  return keep;
}

}  // namespace

Result<PageContent> OcrPage(Pix* image, double dpi, int number, OcrEngine* engine, const OcrOptions& options,
                            OcrPageStats* stats) {
  std::optional<PreparedImage> prep = PrepareForOcr(image, dpi);
  if (!prep) return Status::InvalidInput("page " + std::to_string(number) + ": the image cannot be read");
  stats->quarter_turns = prep->quarter_turns;
  stats->skew_degrees = prep->skew_degrees;
  Pix* bin = prep->binary.get();
  const int width = pixGetWidth(bin), height = pixGetHeight(bin);
  const double pt = 72.0 / dpi;  // points per pixel: the grid works in points
  const double units_per_pixel = pt;

  PageContent page;
  page.number = number;
  page.ocr = true;
  // Archived points -> image pixels -> prepared pixels -> prepared points.
  page.frame = PageFrame::Scale(1 / pt).Then(prep->frame).Then(PageFrame::Scale(pt));
  page.width = width * units_per_pixel;
  page.height = height * units_per_pixel;

  RulingOptions ro;
  ro.scale = pt;
  PixPtr mask;
  const RulingLines lines = FindRulingLinesGray(prep->gray.get(), ro, &mask);
  // Tables ruled only across: their columns from the gutters between words.
  RulingLines with_columns = lines;
  if (options.per_cell) AddInferredColumnRules(bin, pt, &with_columns);
  const std::vector<Grid> grids = options.per_cell ? BuildGrids(with_columns, 3.0) : std::vector<Grid>();

  // Borders erased (a little wider than drawn), so cells read clean. The
  // binary image tells where ink is; Tesseract reads the grey one, which it
  // thresholds better per cell than one threshold for the page does.
  PixPtr clean(pixCopy(nullptr, bin));
  PixPtr gray(pixCopy(nullptr, prep->gray.get()));
  if (!clean || !gray) return Status::Internal("out of memory preparing page " + std::to_string(number));
  if (mask) mask = BorderMask(mask.get(), lines, grids, pt, 3.0);
  if (mask) {
    PixPtr wide(pixDilateBrick(nullptr, mask.get(), 5, 5));
    if (wide) {
      pixSubtract(clean.get(), clean.get(), wide.get());
      pixSetMasked(gray.get(), wide.get(), 255);
    }
  }
  const double units_per_point = units_per_pixel / pt;
  // Each cell of `grid` (points) read on its own, its words then placed by
  // FillGrid like a text layer's.
  // (`borderless`: its edges are inferred from the words, and moved into
  // the nearest blank band of pixel rows; ruled ones keep their rules.)
  const auto read_cells = [&](const Grid& grid, bool borderless) {
    std::vector<PageWord> cell_words;
    for (const GridCell& gc : grid.cells) {
      const BoundingBox& cb = gc.box;  // points
      const int inset = std::max(2, static_cast<int>(std::lround(1.0 / pt)));
      OcrRect r{static_cast<int>(cb.x0 / pt) + inset, static_cast<int>(cb.y0 / pt) + inset,
                static_cast<int>((cb.x1 - cb.x0) / pt) - 2 * inset, static_cast<int>((cb.y1 - cb.y0) / pt) - 2 * inset};
      if (borderless) {
        constexpr double kReachPoints = 4.0;
        const int reach = static_cast<int>(std::lround(kReachPoints / pt));
        const int top = QuietEdge(clean.get(), r.x, r.x + r.w, static_cast<int>(cb.y0 / pt), reach);
        const int bottom = QuietEdge(clean.get(), r.x, r.x + r.w, static_cast<int>(cb.y1 / pt), reach);
        if (bottom - top > 2 * inset + 2) {
          r.y = top + 1;
          r.h = bottom - top - 2;
        }
      }
      r.x = std::clamp(r.x, 0, width - 1), r.y = std::clamp(r.y, 0, height - 1);
      r.w = std::min(r.w, width - r.x), r.h = std::min(r.h, height - r.y);
      if (r.w <= 2 || r.h <= 2) continue;
      l_int32 ink = 0;
      BoxPtr box = MakeBox(r.x, r.y, r.w, r.h);
      if (box && pixCountPixelsInRect(clean.get(), box.get(), &ink, nullptr) == 0 && ink < kMinCellInk) continue;
      PixPtr cell(pixClipRectangle(gray.get(), box.get(), nullptr));
      if (!cell) continue;
      std::vector<OcrWord> read = ReadCell(cell.get(), dpi, engine);
      for (OcrWord& w : read) {
        w.x0 += r.x, w.x1 += r.x, w.y0 += r.y, w.y1 += r.y;
      }
      for (PageWord& w : ToPageWords(read, units_per_pixel, stats)) {
        cell_words.push_back(std::move(w));
      }
    }
    return FillGrid(ScaleGrid(grid, units_per_point), &cell_words, number);
  };
  for (const Grid& grid : grids) {
    page.tables.push_back(read_cells(grid, false));
    // Erase the table so the page read below does not read it again.
    const int m = static_cast<int>(std::lround(2.0 / pt));
    BoxPtr tb = MakeBox(static_cast<int>(grid.box.x0 / pt) - m, static_cast<int>(grid.box.y0 / pt) - m,
                        static_cast<int>((grid.box.x1 - grid.box.x0) / pt) + 2 * m,
                        static_cast<int>((grid.box.y1 - grid.box.y0) / pt) + 2 * m);
    if (tb) pixSetInRect(gray.get(), tb.get());  // white
  }

  engine->SetImage(gray.get(), static_cast<int>(std::lround(dpi)));
  page.words = ToPageWords(engine->Read({0, 0, width, height}, OcrMode::kPage), units_per_pixel, stats);
  // Tables printed without any border: found from the page's words'
  // alignment, as in text PDFs, then read cell by cell like ruled ones
  // (a page read misses a narrow column's headings and figures).
  if (options.per_cell) {
    for (const Grid& grid : AlignedTableGrids(page.words)) {
      std::erase_if(page.words, [&](const PageWord& w) { return Contains(grid.box, CenterX(w.box), CenterY(w.box)); });
      page.tables.push_back(read_cells(ScaleGrid(grid, 1 / units_per_point), true));
    }
  }
  return page;
}

}  // namespace baocao
