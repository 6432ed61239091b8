// Reads a DOCX (OOXML WordprocessingML) into the shared Document model with
// libzip and pugixml; runs no external program.
//
//   DocxLimits limits;                    // defaults suit real reports
//   Result<Document> doc = ReadDocx(bytes, limits);
//   if (!doc.ok()) quarantine(doc.status().reason());
//
// What it keeps: paragraphs and runs (font name per run), tabs and line
// breaks, numbering and bullets (rendered marker and level), headings,
// tables with gridSpan (col_span) and vMerge (row_span: a vertically merged
// cell is ONE TableCell covering several rows, so a merged header is known to
// every row and column beneath it), nested tables (inside TableCell::blocks),
// text boxes (their paragraphs follow the paragraph that anchors them, with
// in_text_box set), tracked changes (insertions kept, deletions dropped),
// page headers and footers (Document::furniture).
//
// Hostile input is refused with Status::Hostile and a one-line reason: too
// many zip entries, total uncompressed size or a compression ratio over the
// limit (zip bomb), XML nested too deep, any DTD (entities are never
// resolved). A truncated or non-zip file gives Status::InvalidInput.
//
// Thread safety: ReadDocx is reentrant.
#ifndef BAOCAO_INGEST_DOCX_READER_H_
#define BAOCAO_INGEST_DOCX_READER_H_

#include <cstdint>
#include <string_view>

#include "document/document.h"
#include "util/status.h"

namespace baocao {

struct DocxLimits {
  // Real reports hold a few dozen entries; Word itself rarely writes > 200.
  int max_entries = 2000;
  // Sum of declared uncompressed sizes of all entries. A 50-page report with
  // images stays well under 100 MiB.
  std::uint64_t max_uncompressed_bytes = 512ull << 20;
  // Per entry, uncompressed / compressed. XML compresses ~10:1; bombs ~1000:1.
  double max_compression_ratio = 200.0;
  // Only entries larger than this are checked for ratio (tiny files compress oddly).
  std::uint64_t ratio_check_min_bytes = 1 << 20;
  // Element nesting depth of any XML part. Real documents stay under 40.
  int max_xml_depth = 256;
};

Result<Document> ReadDocx(std::string_view bytes, const DocxLimits& limits = {});

}  // namespace baocao

#endif  // BAOCAO_INGEST_DOCX_READER_H_
