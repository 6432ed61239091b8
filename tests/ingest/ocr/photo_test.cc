// Phone photos of a page (ocr/photo.h), made by the camera in software
// (tests/ingest/scan_sim.h) from a sample's print: a page on a desk taken
// at an angle has its outline found and straightened; a page filling the
// picture, taken at an angle with the lens's dark corners, has its lighting
// evened and its keystone squared by its table's rules; a flat scan passes
// through untouched. Then both photos are read whole and their activity
// table gives the sample's rows and figures; so does a flat scan of the
// page printed with rules across only. Each reading OCRs one page.
#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

#include "ingest/converter.h"
#include "ingest/ocr/photo.h"
#include "tests/ingest/scan_sim.h"
#include "tests/ingest/test_files.h"

namespace baocao {
namespace {

namespace fs = std::filesystem;
using testing::ScanDefects;

const fs::path kPrint = fs::path(BAOCAO_SAMPLES) / "report-budget.pdf";

// A phone's picture: an office scan's noise, softer, coarser, more compressed;
// its lighting is OnDesk's.
ScanDefects Camera() {
  ScanDefects d = testing::OfficeScan();
  d.dpi = 150;
  d.blur = 1.0;
  d.jpeg_quality = 80;
  d.lighting = 0;
  return d;
}

ScanDefects OnDesk() {
  ScanDefects d = Camera();
  d.perspective = 0.06;
  d.lighting = 0.25;
  d.rotate_degrees = 1.5;
  return d;
}

ScanDefects Close() {
  ScanDefects d = Camera();
  d.keystone = 0.04;
  d.vignette = 0.35;
  return d;
}

// Page 1 of the print as the camera saw it, grey.
PixPtr Picture(const ScanDefects& d) {
  std::vector<PixPtr> pages = testing::ScanPages(Slurp(kPrint), d, /*seed=*/11, /*max_pages=*/1);
  if (pages.empty()) return nullptr;
  return PixPtr(pixConvertTo8(pages[0].get(), 0));
}

TEST(PhotoTest, FlatScanPassesThrough) {
  ScanDefects scan;
  scan.blur = 0.6, scan.noise = 4;
  PixPtr page = Picture(scan);
  ASSERT_NE(page, nullptr);
  PhotoFix fix;
  PageFrame frame;
  PixPtr flat = FlattenPhoto(page.get(), scan.dpi, &fix, &frame);
  ASSERT_NE(flat, nullptr);
  EXPECT_FALSE(fix.outline);
  EXPECT_FALSE(fix.lighting);
  EXPECT_EQ(pixGetWidth(flat.get()), pixGetWidth(page.get()));
  EXPECT_EQ(SquareByRules(flat.get(), scan.dpi, &fix, &frame), nullptr);
  EXPECT_FALSE(fix.keystone);
  EXPECT_TRUE(frame.IsIdentity()) << "nothing moved";
}

TEST(PhotoTest, PageOnDeskIsCutOutAsARectangle) {
  const ScanDefects d = OnDesk();
  PixPtr picture = Picture(d);
  ASSERT_NE(picture, nullptr);
  PhotoFix fix;
  PageFrame frame;
  PixPtr flat = FlattenPhoto(picture.get(), d.dpi, &fix, &frame);
  ASSERT_NE(flat, nullptr);
  EXPECT_TRUE(fix.outline);
  EXPECT_FALSE(frame.IsIdentity()) << "the outline's map is kept";
  // The desk cut away: an A4 page's shape, smaller than the picture.
  const double w = pixGetWidth(flat.get()), h = pixGetHeight(flat.get());
  EXPECT_LT(w, pixGetWidth(picture.get()));
  EXPECT_NEAR(h / w, std::sqrt(2.0), 0.08);
  // What remains is paper: its edges are as light as its middle.
  l_uint32 edge = 0;
  BoxPtr strip(boxCreate(0, 0, static_cast<int>(w), 8));
  PixPtr top(pixClipRectangle(flat.get(), strip.get(), nullptr));
  ASSERT_NE(top, nullptr);
  pixGetRankValue(top.get(), 1, 0.5f, &edge);
  EXPECT_GT(edge, 170u);
}

TEST(PhotoTest, CloseUpIsEvenedAndSquaredByItsRules) {
  const ScanDefects d = Close();
  PixPtr picture = Picture(d);
  ASSERT_NE(picture, nullptr);
  PhotoFix fix;
  PageFrame frame;
  PixPtr flat = FlattenPhoto(picture.get(), d.dpi, &fix, &frame);
  ASSERT_NE(flat, nullptr);
  EXPECT_FALSE(fix.outline) << "no desk shows";
  EXPECT_TRUE(fix.lighting);
  PixPtr square = SquareByRules(flat.get(), d.dpi, &fix, &frame);
  EXPECT_NE(square, nullptr);
  EXPECT_TRUE(fix.keystone);
  // Squared once, the rules are square: nothing left to do.
  if (square) {
    PhotoFix again;
    EXPECT_EQ(SquareByRules(square.get(), d.dpi, &again, &frame), nullptr);
  }
}

// The activity table of page 1: STT | Nội dung | Số lớp | Số học viên |
// Trong đó nữ, five topics and a total row.
void ExpectActivityTable(const ScanDefects& d) {
  const std::string pdf = testing::ScanPdf(Slurp(kPrint), d, /*seed=*/11, /*max_pages=*/1);
  ASSERT_FALSE(pdf.empty());
  Result<Document> r = ConvertBytes(pdf);
  ASSERT_TRUE(r.ok()) << r.status().reason();
  const Table* table = nullptr;
  for (const Block& b : r.value().body) {
    if (b.is_table() && !b.table.borderless && b.table.cols == 5) {
      table = &b.table;
      break;
    }
  }
  ASSERT_NE(table, nullptr) << "no five-column table";
  EXPECT_EQ(table->rows, 7);
  const char* const figures[][3] = {{"3", "186", "94"}, {"2", "128", "101"}, {"2", "96", "40"},
                                    {"1", "64", "35"},  {"3", "210", "122"}, {"11", "684", "392"}};
  int right = 0;
  for (int row = 1; row <= 6; ++row) {
    for (int c = 2; c <= 4; ++c) {
      const TableCell* cell = table->CellAt(row, c);
      if (cell == nullptr) continue;
      if (cell->orig == figures[row - 1][c - 2]) {
        ++right;
      } else {
        // A figure read wrong is one OCR was unsure of.
        ASSERT_TRUE(cell->confidence.has_value()) << row << "," << c;
        EXPECT_LT(*cell->confidence, 90) << row << "," << c << " read " << cell->orig;
      }
    }
  }
  EXPECT_GE(right, 16) << "of 18 figures";
}

TEST(PhotoTest, PageOnDeskGivesItsTable) { ExpectActivityTable(OnDesk()); }

TEST(PhotoTest, CloseUpGivesItsTable) { ExpectActivityTable(Close()); }

// The same page printed with rules across only, no vertical rule: its
// columns come from the gutters between its words (layout/inferred_columns.h).
TEST(PhotoTest, ATableRuledOnlyAcrossGivesItsTable) {
  ScanDefects d;
  d.horizontal_only = true;
  ExpectActivityTable(d);
}

}  // namespace
}  // namespace baocao
