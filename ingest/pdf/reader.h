// Reads a PDF into the shared Document model, page by page: a page with a
// usable text layer through poppler-cpp (words with boxes and fonts, tables
// from ruling lines found on a low-resolution render), a page without one —
// a scan, or a text layer that is garbage (pdf/text_check.h) — through OCR
// (ocr/pages.h). A mixed document (a text report with a scanned annex) is
// both.
//
//   Result<Document> doc = ReadPdf(bytes, PdfOptions{}, OcrOptions{});
//
// Document::format is "pdf" when every page was read from its text layer and
// "pdf-scan" when OCR read any page; pages is the page count; ocr and
// ocr_confidence (mean word confidence of the OCR'd words) follow. Blocks
// carry page (1-based) and box (points); OCR'd blocks and cells carry their
// confidence.
//
// Refused with a one-line reason: a PDF that needs a password
// (Status::Encrypted, "encrypted: the PDF needs a password"; an empty user
// password opens), one poppler cannot open (Status::InvalidInput, "not a
// readable PDF: ..."), one over the page limit (Status::Hostile). A page that
// fails on its own is skipped with a note in Document::warnings.
//
// Thread safety: reentrant; uses worker threads for OCR.
#ifndef BAOCAO_INGEST_PDF_READER_H_
#define BAOCAO_INGEST_PDF_READER_H_

#include <string_view>

#include "document/document.h"
#include "ingest/ocr/engine.h"
#include "util/status.h"

namespace baocao {

struct PdfOptions {
  // Real reports have under 50 pages; a district roll-up a few hundred.
  int max_pages = 1000;
  // Resolution of the render searched for ruling lines: 72 dpi draws a
  // 0.5 pt border as one pixel and costs ~3 ms a page; more buys nothing.
  double grid_dpi = 72;
  // Threads reading text layers, each with its own copy of the document;
  // 0 = one per hardware thread (at most one per two pages).
  int threads = 0;
};

Result<Document> ReadPdf(std::string_view bytes, const PdfOptions& options = {}, const OcrOptions& ocr = {});

}  // namespace baocao

#endif  // BAOCAO_INGEST_PDF_READER_H_
