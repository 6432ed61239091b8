#include "pipeline/source_region.h"

#include <algorithm>
#include <string>

namespace baocao {
namespace {

BoundingBox Union(const BoundingBox& a, const BoundingBox& b) {
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

const Block* BodyBlock(const Document& doc, int index) {
  for (const Block& b : doc.body) {
    if (b.index == index) return &b;
  }
  return nullptr;
}

// The region of the printed lines `snippet` covers in paragraph block
// `block` (page `fallback_page` when neither line nor block names one).
// nullopt when the paragraph has no placed lines, the snippet is not in its
// text, or some of the snippet lies on no placed line: a box that missed
// part of the sentence would hide it, the paragraph's never does.
std::optional<SourceRegion> LinesRegion(const Block& block, const std::string& snippet, int fallback_page) {
  const Paragraph& p = block.paragraph;
  if (p.lines.empty() || snippet.empty()) return std::nullopt;
  const std::size_t begin = p.text.find(snippet);
  if (begin == std::string::npos) return std::nullopt;
  const std::size_t end = begin + snippet.size();
  std::optional<BoundingBox> box;
  std::optional<int> page;
  std::size_t covered = begin;  // the snippet's bytes before this are on placed lines
  for (const ParagraphLine& line : p.lines) {
    if (line.text_begin >= line.text_end || line.text_end <= begin || line.text_begin >= end) continue;
    if (!line.box || line.text_begin > covered + 1) return std::nullopt;  // more than the joining space missed
    covered = std::max(covered, line.text_end);
    const int line_page = line.page.value_or(block.page.value_or(fallback_page));
    // A sentence running on over a page break: one region, on the page it
    // starts on.
    if (!page) page = line_page;
    if (line_page != *page) continue;
    box = box ? Union(*box, *line.box) : *line.box;
  }
  if (!box || covered < end) return std::nullopt;
  return SourceRegion{*page, *box};
}

}  // namespace

std::optional<SourceRegion> FindSourceRegion(const Document& doc, const Source& source) {
  if (!source.page) return std::nullopt;
  const Block* block = BodyBlock(doc, source.block);
  if (block == nullptr) return std::nullopt;
  if (block->is_paragraph()) {
    if (auto lines = LinesRegion(*block, source.text, *source.page)) return lines;
  }
  std::optional<BoundingBox> box;
  int page = 0;  // a table joined across pages: its later rows are on later pages (0: the block's)
  if (block->is_table() && source.row) {
    for (const TableCell& cell : block->table.cells) {
      if (cell.row > *source.row || cell.row + cell.row_span <= *source.row) continue;
      std::optional<BoundingBox> cell_box = cell.box;
      for (const Block& inner : cell.blocks) {
        if (page == 0 && inner.page) page = *inner.page;
        if (!cell.box && inner.box) cell_box = cell_box ? Union(*cell_box, *inner.box) : *inner.box;
      }
      if (cell_box) box = box ? Union(*box, *cell_box) : *cell_box;
    }
  }
  if (!box) {
    box = block->box;
    page = 0;
  }
  if (!box) return std::nullopt;
  return SourceRegion{page > 0 ? page : block->page.value_or(*source.page), *box};
}

void AttachSourceBoxes(const Document& doc, std::vector<Record>* records) {
  for (Record& r : *records) {
    if (r.type == RecordType::kCheck || r.source.box) continue;
    std::optional<SourceRegion> region = FindSourceRegion(doc, r.source);
    if (!region) continue;
    r.source.page = region->page;
    r.source.box = SourceBox{region->box.x0, region->box.y0, region->box.x1, region->box.y1};
  }
}

}  // namespace baocao
