#include "ingest/layout/page_layout.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace baocao {
namespace {

struct Interval {
  double from = 0, to = 0;
  double width() const { return to - from; }
};

// A run of lines printed as two columns, split at `gutter`.
struct Band {
  std::size_t begin = 0, end = 0;  // [begin, end) into the page's lines
  double gutter = 0;
};

// The x intervals of `region` no word of `line` covers.
std::vector<Interval> FreeIntervals(const TextLine& line, const TextRegion& region) {
  std::vector<Interval> out;
  double x = region.left;
  const double pad = 0.1 * line.size;
  for (const PageWord& w : line.words) {
    if (w.box.x0 - pad > x) out.push_back({x, w.box.x0 - pad});
    x = std::max(x, w.box.x1 + pad);
  }
  if (region.right > x) out.push_back({x, region.right});
  return out;
}

std::vector<Interval> Intersect(const std::vector<Interval>& a, const std::vector<Interval>& b, double min_width) {
  std::vector<Interval> out;
  for (const Interval& i : a) {
    for (const Interval& j : b) {
      Interval k{std::max(i.from, j.from), std::min(i.to, j.to)};
      if (k.width() >= min_width) out.push_back(k);
    }
  }
  return out;
}

// Gaps between the words of `line` wider than `em_gap` ems whose middle lies
// in the central part of the region: where a second column starts.
std::vector<Interval> CentralGaps(const TextLine& line, const TextRegion& region, double em_gap) {
  std::vector<Interval> out;
  const double lo = region.left + 0.2 * region.width(), hi = region.right - 0.2 * region.width();
  for (std::size_t i = 1; i < line.words.size(); ++i) {
    Interval g{line.words[i - 1].box.x1, line.words[i].box.x0};
    const double mid = (g.from + g.to) / 2;
    if (g.width() > em_gap * line.size && mid > lo && mid < hi) out.push_back(g);
  }
  return out;
}

// The widest of `gaps`: a seed line's gutter is its column gap, not a
// blank inside its date ("Số: …/CV<gap>Đại Đồng, ngày……<gap>tháng 12"),
// which a long line below ("V/v báo cáo …", under the left column but past
// its middle) would otherwise leave as the only gutter they share.
std::vector<Interval> WidestOnly(std::vector<Interval> gaps) {
  if (gaps.size() <= 1) return gaps;
  const auto widest = std::max_element(gaps.begin(), gaps.end(),
                                       [](const Interval& a, const Interval& b) { return a.width() < b.width(); });
  return {*widest};
}

bool TwoSided(const TextLine& line, double gutter) {
  bool left = false, right = false;
  for (const PageWord& w : line.words) (w.box.x1 <= gutter ? left : right) = true;
  return left && right;
}

// Whether `line` may sit in a band with gutters `gutters`; narrows them.
bool Joins(const TextLine& line, const TextLine& neighbour, const TextRegion& region,
           std::vector<Interval>* gutters) {
  const double gap = line.box.y0 > neighbour.box.y1 ? line.box.y0 - neighbour.box.y1 : neighbour.box.y0 - line.box.y1;
  if (gap > 2.5 * std::max(line.size, neighbour.size)) return false;
  // A line centred on the page (the title "BÁO CÁO" under the header)
  // belongs to neither column, even where it misses the gutter. The
  // region's right edge is its longest line's, short of the margin when
  // the text is ragged (16 pt short in a LibreOffice print): 1.5 em slack.
  const double mid = (region.left + region.right) / 2;
  if (SplitAtGaps(line, 1.5).size() == 1 && std::abs(CenterX(line.box) - mid) < 1.5 * line.size &&
      Width(line.box) < 0.6 * region.width()) {
    return false;
  }
  std::vector<Interval> kept = Intersect(*gutters, FreeIntervals(line, region), 0.3 * line.size);
  if (kept.empty()) return false;
  *gutters = std::move(kept);
  return true;
}

// Two-column runs: a line with a wide central gap seeds one; lines below
// join while some gutter stays free in all of them and no large vertical gap
// intervenes; lines above join the same way, the topmost kept being
// two-sided (a tab-aligned header line whose right part ran close to the
// left one). A single line qualifies only with a very wide gap (the
// tab-aligned "Số: … / Place, date" line).
std::vector<Band> FindBands(const std::vector<TextLine>& lines, const TextRegion& region) {
  std::vector<Band> bands;
  std::size_t floor = 0;  // lines above belong to earlier bands
  for (std::size_t i = 0; i < lines.size();) {
    std::vector<Interval> gutters = WidestOnly(CentralGaps(lines[i], region, 1.5));
    if (gutters.empty()) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < lines.size() && Joins(lines[j], lines[j - 1], region, &gutters)) ++j;
    // Upwards from the seed's own gaps: the lines below may have narrowed
    // the gutter to one side of a tight tab-aligned line above.
    std::size_t top = i;
    std::vector<Interval> up = WidestOnly(CentralGaps(lines[i], region, 1.5));
    while (top > floor && Joins(lines[top - 1], lines[top], region, &up)) --top;
    if (top < i) {
      std::vector<Interval> both = Intersect(gutters, up, 0.5);
      const double g = both.empty() ? 0 : (both.front().from + both.front().to) / 2;
      while (top < i && (both.empty() || !TwoSided(lines[top], g))) ++top;
      if (top < i) gutters = std::move(both);
    }
    const bool wide = !CentralGaps(lines[i], region, 2.5).empty();
    if (j - top >= 2 || wide) {
      const Interval* best = &gutters.front();
      for (const Interval& g : gutters) {
        if (g.width() > best->width()) best = &g;
      }
      bands.push_back({top, j, (best->from + best->to) / 2});
      floor = j;
    }
    i = j;
  }
  return bands;
}

Block TableBlock(Table table, int page, const BoundingBox& box, std::optional<double> confidence) {
  Block b;
  b.kind = BlockKind::kTable;
  b.page = page;
  b.box = box;
  b.confidence = confidence;
  b.table = std::move(table);
  return b;
}

// The band as a borderless table: one row, left column then right column.
Block BandBlock(const std::vector<TextLine>& lines, const Band& band, const TextRegion& region, int page) {
  std::vector<TextLine> sides[2];
  BoundingBox box = lines[band.begin].box;
  for (std::size_t i = band.begin; i < band.end; ++i) {
    box = UnionBox(box, lines[i].box);
    // A right-hand line too long for its column wraps to the page margin
    // under the left column ("CỘNG HÒA … VIỆT" / "NAM"): a one-sided line
    // at the margin, right under a two-sided one, when no other left-column
    // line starts there, continues the right column.
    bool wrapped_right = false;
    if (i > band.begin && TwoSided(lines[i - 1], band.gutter) && !TwoSided(lines[i], band.gutter) &&
        lines[i - 1].box.x1 > region.right - lines[i].size && lines[i].box.x1 < band.gutter &&
        std::abs(lines[i].box.x0 - region.left) < 0.5 * lines[i].size) {
      double others = 1e18;
      for (std::size_t k = band.begin; k < band.end; ++k) {
        if (k != i) others = std::min(others, lines[k].box.x0);
      }
      wrapped_right = others > lines[i].box.x0 + 2 * lines[i].size;
    }
    TextLine parts[2];
    for (const PageWord& w : lines[i].words) {
      TextLine& part = parts[!wrapped_right && CenterX(w.box) < band.gutter ? 0 : 1];
      part.box = part.words.empty() ? w.box : UnionBox(part.box, w.box);
      part.size = std::max(part.size, w.size);
      part.words.push_back(w);
    }
    for (int s = 0; s < 2; ++s) {
      if (!parts[s].words.empty()) sides[s].push_back(std::move(parts[s]));
    }
  }
  Table t;
  t.rows = 1;
  t.cols = 2;
  t.borderless = true;
  double conf_sum = 0;
  int conf_n = 0;
  for (int s = 0; s < 2; ++s) {
    TableCell cell;
    cell.col = s;
    cell.blocks = ParagraphBlocks(sides[s], RegionOf(sides[s]), page);
    double cell_sum = 0;
    int cell_n = 0;
    for (Block& b : cell.blocks) {
      b.row = 0, b.col = s;
      if (!cell.orig.empty()) cell.orig += '\n';
      cell.orig += b.paragraph.orig;
      if (b.confidence) cell_sum += *b.confidence, ++cell_n;
    }
    if (cell_n > 0) cell.confidence = cell_sum / cell_n;
    conf_sum += cell_sum, conf_n += cell_n;
    cell.text = cell.orig;
    t.cells.push_back(std::move(cell));
  }
  return TableBlock(std::move(t), page, box,
                    conf_n > 0 ? std::optional<double>(conf_sum / conf_n) : std::nullopt);
}

// Lines between two tables (or page edges) -> paragraphs and bands.
void LayoutRun(const std::vector<TextLine>& lines, const TextRegion& region, int page, std::vector<Block>* out) {
  std::vector<Band> bands = FindBands(lines, region);
  std::size_t at = 0;
  auto flush = [&](std::size_t end) {
    if (end <= at) return;
    std::vector<TextLine> part(lines.begin() + static_cast<std::ptrdiff_t>(at),
                               lines.begin() + static_cast<std::ptrdiff_t>(end));
    for (Block& b : ParagraphBlocks(part, region, page)) out->push_back(std::move(b));
  };
  for (const Band& band : bands) {
    flush(band.begin);
    out->push_back(BandBlock(lines, band, region, page));
    at = band.end;
  }
  flush(lines.size());
}

// One page's body blocks in reading order.
std::vector<Block> LayoutPage(PageContent& page, const std::vector<TextLine>& lines, const TextRegion& region) {
  std::vector<Block> out;
  std::sort(page.tables.begin(), page.tables.end(),
            [](const PageTable& a, const PageTable& b) { return a.box.y0 < b.box.y0; });
  std::size_t next_table = 0;
  std::vector<TextLine> run;
  for (const TextLine& line : lines) {
    // Tables that start above this line come first.
    while (next_table < page.tables.size() && page.tables[next_table].box.y0 < CenterY(line.box)) {
      LayoutRun(run, region, page.number, &out);
      run.clear();
      PageTable& t = page.tables[next_table++];
      out.push_back(TableBlock(std::move(t.table), page.number, t.box, t.confidence));
    }
    run.push_back(line);
  }
  LayoutRun(run, region, page.number, &out);
  for (; next_table < page.tables.size(); ++next_table) {
    PageTable& t = page.tables[next_table];
    out.push_back(TableBlock(std::move(t.table), page.number, t.box, t.confidence));
  }
  return out;
}

// The block's own box and its paragraph's line boxes mapped to the
// archived page: lines go the same way as their block, so a record's
// highlight sits inside the paragraph's.
void OwnBoxesToArchived(const PageFrame& frame, Block* b) {
  if (b->box) b->box = frame.ToArchived(*b->box);
  for (ParagraphLine& line : b->paragraph.lines) {
    if (line.box) line.box = frame.ToArchived(*line.box);
  }
}

// The boxes inside `b` — its table's cells and their blocks — mapped to the
// archived page.
void InnerToArchived(const PageFrame& frame, Block* b) {
  for (TableCell& cell : b->table.cells) {
    if (cell.box) cell.box = frame.ToArchived(*cell.box);
    for (Block& inner : cell.blocks) {
      OwnBoxesToArchived(frame, &inner);
      InnerToArchived(frame, &inner);
    }
  }
}

}  // namespace

void LayoutPages(std::vector<PageContent> pages, Document* doc) {
  std::vector<std::vector<TextLine>> lines;
  std::vector<double> heights;
  for (PageContent& p : pages) {
    lines.push_back(GroupLines(std::move(p.words)));
    heights.push_back(p.height);
  }
  const std::vector<std::set<std::size_t>> furniture = FindFurniture(lines, heights);

  // The body's margins: most pages share them; a page with few lines (the
  // signature page) borrows the document's.
  std::vector<TextLine> all_body;
  std::vector<std::vector<TextLine>> body_lines(pages.size());
  std::vector<std::string> furniture_seen;
  std::vector<Block> body;
  for (std::size_t k = 0; k < pages.size(); ++k) {
    for (std::size_t i = 0; i < lines[k].size(); ++i) {
      if (furniture[k].count(i) == 0) {
        body_lines[k].push_back(lines[k][i]);
        continue;
      }
      std::string text = LineText(lines[k][i]);
      if (std::find(furniture_seen.begin(), furniture_seen.end(), text) != furniture_seen.end()) continue;
      furniture_seen.push_back(text);
      for (Block& b : ParagraphBlocks({lines[k][i]}, RegionOf({lines[k][i]}), pages[k].number)) {
        OwnBoxesToArchived(pages[k].frame, &b);
        InnerToArchived(pages[k].frame, &b);
        b.index = static_cast<int>(doc->furniture.size());
        doc->furniture.push_back(std::move(b));
      }
    }
    if (!pages[k].ocr) all_body.insert(all_body.end(), body_lines[k].begin(), body_lines[k].end());
  }
  const TextRegion doc_region = RegionOf(all_body);
  for (std::size_t k = 0; k < pages.size(); ++k) {
    // Scans sit differently on each page; their own extent is their region.
    TextRegion region = (pages[k].ocr || all_body.empty() || body_lines[k].size() >= 12)
                            ? RegionOf(body_lines[k])
                            : doc_region;
    // A page of a few short lines does not show its right margin: take it
    // as wide as the left one (the text area is about centred on paper).
    if (!body_lines[k].empty() && pages[k].width > 0) {
      region.right = std::max(region.right, pages[k].width - region.left);
    }
    // Boxes go to the archived page here, cells while their page is known;
    // a block's own box after the join below, which compares tables'
    // extents in the found (upright) frame.
    for (Block& b : LayoutPage(pages[k], body_lines[k], region)) {
      InnerToArchived(pages[k].frame, &b);
      body.push_back(std::move(b));
    }
  }
  JoinContinuedTables(&body);
  std::map<int, const PageFrame*> frames;
  for (const PageContent& p : pages) frames[p.number] = &p.frame;
  for (Block& b : body) {
    // A table joined over pages has the union of its parts' boxes, mapped
    // by its first page's frame; records take their rows' cells instead.
    auto f = b.page ? frames.find(*b.page) : frames.end();
    if (f != frames.end()) OwnBoxesToArchived(*f->second, &b);
    b.index = static_cast<int>(doc->body.size());
    doc->body.push_back(std::move(b));
  }
}

}  // namespace baocao
