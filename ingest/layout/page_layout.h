// Pages of words and tables -> the Document's body and furniture, in reading
// order. Shared by text PDFs, scanned PDFs and images.
//
//   std::vector<PageContent> pages = ...;   // layout/page.h
//   Document doc;
//   LayoutPages(std::move(pages), &doc);
//
// Per page, top to bottom: paragraphs (layout/lines.h), tables where they sit,
// and two-column blocks (the government header: issuing body left, national
// motto and date right; the signature block) as a borderless table of one
// row and two columns, left column first — the shape a DOCX header table
// has. Page headers and footers (running titles, page numbers) go to
// Document::furniture. A table that runs on to the next page with the same
// columns is joined into one table block, as in the DOCX, and a row split by
// the page break is joined back.
#ifndef BAOCAO_INGEST_LAYOUT_PAGE_LAYOUT_H_
#define BAOCAO_INGEST_LAYOUT_PAGE_LAYOUT_H_

#include <set>
#include <vector>

#include "document/document.h"
#include "ingest/layout/lines.h"
#include "ingest/layout/page.h"

namespace baocao {

// Appends the pages' blocks to doc->body and doc->furniture, indexes set.
void LayoutPages(std::vector<PageContent> pages, Document* doc);

// Page headers and footers: for each page, the indexes of its `lines` that
// are furniture — a page number ("3", "- 3 -", "Trang 3", "3/7") near the top
// or bottom edge, or a line near an edge that repeats on other pages (digits
// aside). `heights` are the page heights.
std::vector<std::set<std::size_t>> FindFurniture(const std::vector<std::vector<TextLine>>& lines,
                                                 const std::vector<double>& heights);

// Joins tables continued across a page break in `body` (blocks in reading
// order, page set): a table that is the last block of its page followed by a
// table that is the first of the next page with the same column edges.
void JoinContinuedTables(std::vector<Block>* body);

}  // namespace baocao

#endif  // BAOCAO_INGEST_LAYOUT_PAGE_LAYOUT_H_
