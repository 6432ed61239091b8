// Pages are turned upright only when their text says so clearly: an
// upright office scan (200 dpi, soft, JPEG) of a Times New Roman print,
// rendered at 300 dpi as scanned PDFs are, stays as it is; the same page fed
// upside down or sideways is turned back. The print is a generated month-rows
// report (tests/data/ocr/month-rows-report.pdf, LibreOffice with the
// Liberation fonts, as reports are printed): halved, its strokes thicken
// and Leptonica's ascender/descender count read it as upside down.
#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include <filesystem>
#include <string>
#include <vector>

#include "ingest/ocr/image_prep.h"
#include "tests/ingest/scan_sim.h"
#include "tests/ingest/test_files.h"

namespace baocao {
namespace {

namespace fs = std::filesystem;
using testing::ScanDefects;

const fs::path kPrint = fs::path(BAOCAO_TEST_DATA) / "ocr" / "month-rows-report.pdf";

// An office scan (scan_sim.h), fed `quarter_turns` clockwise.
ScanDefects Fed(int quarter_turns) {
  ScanDefects d = testing::OfficeScan();
  d.quarter_turns = quarter_turns;
  return d;
}

// Page 1 scanned with `d`, as the PDF reader renders it (300 dpi), prepared.
std::optional<PreparedImage> Prepared(const ScanDefects& d) {
  std::vector<PixPtr> pages = testing::ScanPages(Slurp(kPrint), d, /*seed=*/3, /*max_pages=*/1);
  if (pages.empty()) return std::nullopt;
  const float up = 300.0f / static_cast<float>(d.dpi);
  PixPtr rendered(pixScale(pages[0].get(), up, up));
  if (!rendered) return std::nullopt;
  return PrepareForOcr(rendered.get(), 300);
}

TEST(OrientationTest, AnUprightScanOfATimesPrintIsNotTurned) {
  std::optional<PreparedImage> p = Prepared(Fed(0));
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->quarter_turns, 0);
}

TEST(OrientationTest, AnUpsideDownScanIsTurnedBack) {
  std::optional<PreparedImage> p = Prepared(Fed(2));
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->quarter_turns, 2);
}

TEST(OrientationTest, ASidewaysScanIsTurnedBack) {
  std::optional<PreparedImage> p = Prepared(Fed(1));
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->quarter_turns, 3);
}

}  // namespace
}  // namespace baocao
