// Where a record's source lies on its page: the geometry half of provenance.
//
// Extractors say where a figure came from in the document's own terms
// (block, table row, column); converters that know pages (PDF, scans,
// photos) give blocks and table cells boxes in PDF points. This joins the
// two, once, after extraction, so every stored record of a paged input
// carries `source.box` (contract: the table row's cells, or the lines of
// the paragraph its snippet covers, else the paragraph) and the page its
// row or sentence is really on (a table continued over a page break has
// rows on later pages than its first).
//
//   Extraction e = Extract(doc, rules, info);
//   AttachSourceBoxes(doc, &e.records);
#ifndef BAOCAO_PIPELINE_SOURCE_REGION_H_
#define BAOCAO_PIPELINE_SOURCE_REGION_H_

#include <optional>
#include <vector>

#include "document/document.h"
#include "extractors/record.h"

namespace baocao {

// A region of one page: 1-based page, box in PDF points from the top-left.
struct SourceRegion {
  int page = 1;
  BoundingBox box;
};

// The region of `source` in `doc`: the union of the boxes of the table row's
// cells (rows spanning into it included); for a paragraph whose printed
// lines are known (Paragraph::lines), the union of the lines the snippet
// (source.text, found in the paragraph's text) covers, only those on the
// page of its first line; else the block's box. nullopt for inputs without
// geometry (DOCX), a block that does not exist, or a source without a page.
std::optional<SourceRegion> FindSourceRegion(const Document& doc, const Source& source);

// Sets source.box (and source.page, to the row's page) of every record
// whose region is known and that has no box of its own yet.
void AttachSourceBoxes(const Document& doc, std::vector<Record>* records);

}  // namespace baocao

#endif  // BAOCAO_PIPELINE_SOURCE_REGION_H_
