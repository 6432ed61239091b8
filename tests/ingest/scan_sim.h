// A scanner and a phone camera in software: pages of a text PDF (a
// sample's print) made into the images a district office receives, with
// seeded, repeatable defects. The degradation sweep (bench/scan_sweep.cc)
// and the scan tests (tests/ingest/ocr/) use it.
//
//   ScanDefects d;                 // a clean 200-dpi scan
//   d.rotate_degrees = 2.5;
//   d.rule_gray = 0.6;             // rules printed light grey
//   std::string pdf = ScanPdf(text_pdf_bytes, d, /*seed=*/7);   // one image a page
//
// What it does, in order: renders each page at twice the scan resolution;
// restyles the table rules found on it (grey, thinner or thicker, dashed,
// broken, no outer sides, horizontal rules only); scales to the scan
// resolution; for a photo, lays the page on a darker desk and takes it at
// an angle (perspective), or takes it at an angle so close that the page
// fills the picture (keystone), the lens darkening the corners (vignette);
// turns it; blurs; lights it unevenly; adds noise;
// compresses it as JPEG, inside a PDF as scanners write them.
//
// Thread safety: reentrant (no shared state; poppler documents are opened
// per call).
#ifndef BAOCAO_TESTS_INGEST_SCAN_SIM_H_
#define BAOCAO_TESTS_INGEST_SCAN_SIM_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/layout/image_pix.h"

namespace baocao::testing {

struct ScanDefects {
  double dpi = 200;
  double rotate_degrees = 0;   // tilt, clockwise positive
  int quarter_turns = 0;       // the page fed sideways or upside down
  double blur = 0;             // Gaussian sigma, pixels at the scan resolution
  double noise = 0;            // Gaussian noise sigma, grey levels
  int jpeg_quality = 90;       // 0: lossless (PNG-like, flate in the PDF)
  double lighting = 0;         // uneven lighting: the darkest corner loses this share of its brightness
  // Table rules (found on the clean render and restyled).
  double rule_gray = 0;        // 0 black as printed .. 1 invisible: lightened toward the paper
  double rule_width = 1;       // < 1 thinner (as light as the share of a pixel it covers), > 1 thicker
  bool dashed_rules = false;   // 3 pt dashes, 2 pt gaps
  double rule_breaks = 0;      // dropouts a point long, this many per 100 pt of rule
  bool no_outer_sides = false; // the tables' left and right borders erased
  bool horizontal_only = false;// every vertical rule of the tables erased
  // A phone photo: the page on a desk, corners displaced by up to this
  // share of the page size (0: a flat scan).
  double perspective = 0;
  // A phone photo whose page fills the picture (no desk shows): corners
  // moved outwards by up to `keystone` of the page size, its edges cut off.
  double keystone = 0;
  // The lens darkens the picture toward its corners: a corner loses this
  // share of its brightness.
  double vignette = 0;
};

// An ordinary office scan, as genre_bench --scan makes them: 200 dpi,
// slightly soft (blur 0.6 px), noise 4, JPEG 85, lighting uneven by 5%.
// No tilt: callers that want one set rotate_degrees.
ScanDefects OfficeScan();

// One page image per page of `text_pdf`, degraded; pages past `max_pages`
// (0: all) are left out. Empty on failure.
std::vector<PixPtr> ScanPages(std::string_view text_pdf, const ScanDefects& defects, std::uint32_t seed,
                              int max_pages = 0);

// The pages of ScanPages as one PDF, one JPEG (or flate) image a page at the
// scan resolution, no text layer. Empty on failure.
std::string ScanPdf(std::string_view text_pdf, const ScanDefects& defects, std::uint32_t seed, int max_pages = 0);

// One page image as JPEG bytes (a photo sent by itself), resolution noted.
std::string JpegBytes(Pix* page, int quality, double dpi);

}  // namespace baocao::testing

#endif  // BAOCAO_TESTS_INGEST_SCAN_SIM_H_
