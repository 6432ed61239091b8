#include "normalize/normalize_document.h"

#include "normalize/text.h"

namespace baocao::normalize {

void NormalizeDocument(Document* doc) {
  // Paragraph line breaks are layout (a PDF line end, a Word soft break):
  // fold them. Cell line breaks separate sub-items that line up with the
  // neighbouring cells: keep them.
  const TextOptions paragraph_options{.keep_newlines = false};
  const TextOptions cell_options{.keep_newlines = true};
  doc->ForEachBlock([&](Block& block) {
    if (block.is_paragraph()) {
      block.paragraph.text = CanonicalText(block.paragraph.orig, paragraph_options);
      return;
    }
    for (TableCell& cell : block.table.cells) {
      cell.text = CanonicalText(cell.orig, cell_options);
    }
  });
}

}  // namespace baocao::normalize
