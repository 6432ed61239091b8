// OCR boxes land on the page as archived: a page of the budget sample's
// print is rendered, then turned a quarter, tilted 2 degrees, given a
// phone's keystone or laid on a desk and photographed at an angle by the
// test itself; the picture is read by OCR, which
// turns, deskews and squares it before reading; the box of a known table
// cell must come back where that cell is in the picture the test made.
// The truth is found without any of ingest/'s geometry: the cell's box from
// the text layer is painted into a mask that goes through the very same
// Leptonica operation as the page, and the mask's ink is the true place.
// Each case OCRs one page (about a second).
#include <gtest/gtest.h>
#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <cmath>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "ingest/ocr/image_reader.h"
#include "ingest/pdf/reader.h"
#include "ingest/pdf/render.h"
#include "tests/ingest/test_files.h"

namespace baocao {
namespace {

namespace fs = std::filesystem;

const fs::path kPrint = fs::path(BAOCAO_SAMPLES) / "report-budget.pdf";
constexpr double kDpi = 300;
constexpr double kPi = 3.14159265358979323846;
// Grid rules are found to a pixel or two on either reading; a 2 degree turn
// or a keystone adds the rounding of the resampled picture.
constexpr double kTolerancePt = 4.0;
// "Giáo dục pháp luật": 186 participants.
const std::string kFigure = "186";

std::string Digits(const std::string& s) {
  std::string d;
  for (char c : s) {
    if (c >= '0' && c <= '9') d += c;
  }
  return d;
}

// The box of the table cell on page 1 of `doc` whose digits are `figure`.
std::optional<BoundingBox> CellBox(const Document& doc, const std::string& figure) {
  for (const Block& b : doc.body) {
    if (!b.is_table() || b.page != 1) continue;
    for (const TableCell& c : b.table.cells) {
      if (Digits(c.orig) == figure && c.box) return c.box;
    }
  }
  return std::nullopt;
}

// Applies one geometric change to a page (8 bpp) or its mask (1 bpp).
using Warp = std::function<PixPtr(Pix*)>;

struct Picture {
  PixPtr page;                // grey, kDpi
  BoundingBox truth;          // the cell in it, points
};

// Page 1 of the print at kDpi, warped, with the true box of the cell that
// reads kFigure, warped the same way.
std::optional<Picture> Make(const Warp& warp) {
  const std::string bytes = Slurp(kPrint);
  OcrOptions none;
  none.tessdata_dir = "/nonexistent";  // the print has a text layer: no OCR
  Result<Document> text = ReadPdf(bytes, PdfOptions{}, none);
  if (!text.ok()) return std::nullopt;
  std::optional<BoundingBox> cell = CellBox(text.value(), kFigure);
  if (!cell) return std::nullopt;
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes.data(), bytes.size()));
  if (!doc) return std::nullopt;
  std::unique_ptr<poppler::page> p(doc->create_page(0));
  PixPtr gray = RenderPageGray(*p, kDpi, 0, true);
  if (!gray) return std::nullopt;
  const double px = kDpi / 72;
  PixPtr mask(pixCreate(pixGetWidth(gray.get()), pixGetHeight(gray.get()), 1));
  BoxPtr box(boxCreate(static_cast<int>(std::lround(cell->x0 * px)), static_cast<int>(std::lround(cell->y0 * px)),
                       static_cast<int>(std::lround((cell->x1 - cell->x0) * px)),
                       static_cast<int>(std::lround((cell->y1 - cell->y0) * px))));
  pixSetInRect(mask.get(), box.get());
  Picture out;
  out.page = warp(gray.get());
  PixPtr moved = warp(mask.get());
  if (!out.page || !moved) return std::nullopt;
  l_int32 x = 0, y = 0, w = 0, h = 0;
  BOX* ink = nullptr;
  if (pixClipToForeground(moved.get(), nullptr, &ink) != 0 || ink == nullptr) return std::nullopt;
  boxGetGeometry(ink, &x, &y, &w, &h);
  boxDestroy(&ink);
  out.truth = {x / px, y / px, (x + w) / px, (y + h) / px};
  pixSetResolution(out.page.get(), static_cast<int>(kDpi), static_cast<int>(kDpi));
  return out;
}

std::string Png(Pix* pix) {
  l_uint8* data = nullptr;
  size_t size = 0;
  if (pixWriteMemPng(&data, &size, pix, 0.0f) != 0) return "";
  std::string out(reinterpret_cast<char*>(data), size);
  lept_free(data);
  return out;
}

std::string Pdf(Pix* pix) {
  l_uint8* data = nullptr;
  size_t size = 0;
  if (pixConvertToPdfData(pix, L_FLATE_ENCODE, 0, &data, &size, 0, 0, static_cast<int>(kDpi), nullptr, nullptr, 0) !=
      0) {
    return "";
  }
  std::string out(reinterpret_cast<char*>(data), size);
  lept_free(data);
  return out;
}

void ExpectNear(const BoundingBox& got, const BoundingBox& want) {
  EXPECT_NEAR(got.x0, want.x0, kTolerancePt);
  EXPECT_NEAR(got.y0, want.y0, kTolerancePt);
  EXPECT_NEAR(got.x1, want.x1, kTolerancePt);
  EXPECT_NEAR(got.y1, want.y1, kTolerancePt);
}

void ExpectCellAtTruth(const Result<Document>& read, const Picture& pic) {
  ASSERT_TRUE(read.ok()) << read.status().reason();
  std::optional<BoundingBox> got = CellBox(read.value(), kFigure);
  ASSERT_TRUE(got.has_value()) << "no cell reads " << kFigure;
  ExpectNear(*got, pic.truth);
}

// A page fed sideways into the scanner, as a scanned PDF: OCR reads it
// turned upright, the box stays on the page as the PDF shows it.
TEST(OcrFrameTest, QuarterTurnedScanBoxIsOnTheScan) {
  std::optional<Picture> pic = Make([](Pix* p) { return PixPtr(pixRotateOrth(p, 1)); });
  ASSERT_TRUE(pic.has_value());
  EXPECT_GT(pixGetWidth(pic->page.get()), pixGetHeight(pic->page.get())) << "a landscape picture";
  ExpectCellAtTruth(ReadPdf(Pdf(pic->page.get())), *pic);
}

TEST(OcrFrameTest, TiltedImageBoxIsOnTheTiltedImage) {
  const float angle = static_cast<float>(2.0 * kPi / 180);
  std::optional<Picture> pic = Make([angle](Pix* p) {
    const int type = pixGetDepth(p) == 1 ? L_ROTATE_SAMPLING : L_ROTATE_AREA_MAP;
    return PixPtr(pixRotate(p, angle, type, L_BRING_IN_WHITE, 0, 0));
  });
  ASSERT_TRUE(pic.has_value());
  ExpectCellAtTruth(ReadImage(Png(pic->page.get())), *pic);
}

// A phone held below the page's top: the top edge comes out narrower.
TEST(OcrFrameTest, KeystonedPhotoBoxIsOnThePhoto) {
  std::optional<Picture> pic = Make([](Pix* p) {
    const float w = static_cast<float>(pixGetWidth(p)), h = static_cast<float>(pixGetHeight(p));
    PTA* from = ptaCreate(4);
    PTA* to = ptaCreate(4);
    ptaAddPt(from, 0, 0), ptaAddPt(from, w, 0), ptaAddPt(from, w, h), ptaAddPt(from, 0, h);
    ptaAddPt(to, 0.05f * w, 0.02f * h), ptaAddPt(to, 0.95f * w, 0), ptaAddPt(to, w, h), ptaAddPt(to, 0, h);
    // Leptonica takes the destination points first.
    PixPtr out(pixProjectivePta(p, to, from, L_BRING_IN_WHITE));
    ptaDestroy(&from);
    ptaDestroy(&to);
    return out;
  });
  ASSERT_TRUE(pic.has_value());
  ExpectCellAtTruth(ReadImage(Png(pic->page.get())), *pic);
}

// A phone photo of the page lying on a darker desk, taken at an angle: the
// paper's outline is found and mapped onto a rectangle before reading.
TEST(OcrFrameTest, PageOnDeskBoxIsOnThePhoto) {
  std::optional<Picture> pic = Make([](Pix* p) {
    const bool mask = pixGetDepth(p) == 1;
    const int border = pixGetWidth(p) / 6;
    constexpr int kDesk = 70;
    PixPtr framed(mask ? pixAddBorder(p, border, 0) : pixAddBorderGeneral(p, border, border, border, border, kDesk));
    if (!framed) return PixPtr();
    const float w = static_cast<float>(pixGetWidth(framed.get())), h = static_cast<float>(pixGetHeight(framed.get()));
    const float b = static_cast<float>(border);
    PTA* from = ptaCreate(4);
    PTA* to = ptaCreate(4);
    ptaAddPt(from, b, b), ptaAddPt(from, w - b, b), ptaAddPt(from, w - b, h - b), ptaAddPt(from, b, h - b);
    ptaAddPt(to, b + 0.06f * w, b + 0.03f * h), ptaAddPt(to, w - b - 0.02f * w, b);
    ptaAddPt(to, w - b + 0.02f * w, h - b), ptaAddPt(to, b - 0.03f * w, h - b - 0.02f * h);
    PixPtr out(mask ? pixProjectivePta(framed.get(), to, from, L_BRING_IN_WHITE)
                    : pixProjectivePtaGray(framed.get(), to, from, kDesk));
    ptaDestroy(&from);
    ptaDestroy(&to);
    return out;
  });
  ASSERT_TRUE(pic.has_value());
  ExpectCellAtTruth(ReadImage(Png(pic->page.get())), *pic);
}

}  // namespace
}  // namespace baocao
