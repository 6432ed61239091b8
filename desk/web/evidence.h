// Evidence: where a figure is in its original, shown beside it on the
// verification screen.
//
//  * For PDFs, scans and photos: the page as an image, rendered on demand
//    from the archived original (the inbox's archive/; the document row
//    names the file and its sha256) at a width that fits the screen, and
//    cached in a folder beside the database (never anywhere else); the
//    figure's region (its record's `source.box`, else the table row's cells
//    or the paragraph's box in the stored normalised document) is
//    highlighted over it by the page's script.
//  * For DOCX (no fixed pages): the table or paragraph re-rendered from the
//    stored normalised document, the row (and the column, when known) or
//    the sentence highlighted.
//
//   Result<std::string> path = FindOriginal(inbox, "bao-cao.pdf", sha256);
//   Result<PageImage> img = cache.Page(path.value(), sha256, "pdf-scan", 2);
//
// Thread safety: PageCache may be shared; the functions are pure.
#ifndef BAOCAO_DESK_WEB_EVIDENCE_H_
#define BAOCAO_DESK_WEB_EVIDENCE_H_

#include <mutex>
#include <optional>
#include <string>

#include "document/document.h"
#include "extractors/record.h"
#include "util/status.h"

namespace baocao::web {

// The figure's place on its page: 1-based page and box in PDF points, from
// the top-left corner of the page.
struct Region {
  int page = 1;
  BoundingBox box;
};

// The region of `source` in `doc`: the record's own source.box when it has
// one, else pipeline/source_region.h's (the table row's cells, else the
// block). nullopt when the block has no page or no box (DOCX).
std::optional<Region> EvidenceRegion(const Document& doc, const Source& source);

// The block `source.block` as HTML (everything escaped): a table with the
// source row marked class "hit" (and the cell of column `col`, when given,
// class "hitcell"), or the paragraph with the source sentence in <mark>.
// Empty when the block does not exist.
std::string EvidenceHtml(const Document& doc, const Source& source, std::optional<int> col = std::nullopt);

// The archived original of a stored document: INBOX/archive/FILE, or the
// same name made unique ("FILE (2).pdf"), whose bytes have `sha256`.
// NotFound when none has (the file was archived elsewhere or removed).
Result<std::string> FindOriginal(const std::string& inbox, const std::string& file, const std::string& sha256);

struct PageImage {
  std::string png_path;  // the cached PNG
  double width_pt = 0;   // the page's size in points, as the boxes are given
  double height_pt = 0;
  int pages = 0;         // pages in the original
};

// Renders pages to PNG on first use and keeps them under `dir`
// ("<database>.pages/", created on first use), named by the original's
// sha256, the page and the width.
class PageCache {
 public:
  // `width_px`: the rendered width (fits a half screen; 1000 by default).
  explicit PageCache(std::string dir, int width_px = 1000) : dir_(std::move(dir)), width_px_(width_px) {}

  // `format` is the document's ("pdf", "pdf-scan", "image"). NotFound when
  // the page does not exist; Unsupported for formats without pages;
  // InvalidInput when the original cannot be rendered.
  Result<PageImage> Page(const std::string& original, const std::string& sha256, const std::string& format,
                         int page);

  const std::string& dir() const { return dir_; }

 private:
  Result<PageImage> Render(const std::string& original, const std::string& format, int page,
                           const std::string& png_path);

  std::string dir_;
  int width_px_;
  std::mutex render_mu_;  // one render at a time: poppler and Leptonica are memory-hungry
};

}  // namespace baocao::web

#endif  // BAOCAO_DESK_WEB_EVIDENCE_H_
