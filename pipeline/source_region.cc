#include "pipeline/source_region.h"

#include <algorithm>

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

}  // namespace

std::optional<SourceRegion> FindSourceRegion(const Document& doc, const Source& source) {
  if (!source.page) return std::nullopt;
  const Block* block = BodyBlock(doc, source.block);
  if (block == nullptr) return std::nullopt;
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
