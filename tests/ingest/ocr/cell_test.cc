// One table cell read on its own (ingest/ocr/cell.h), on a cell cut from a
// scan the genre generator made: a bold total "36" that, thresholded,
// Tesseract's line model reads "346" at 81. Read from the grey as well, and
// the grey at twice the size agreeing, the cell is "36".
#include "ingest/ocr/cell.h"

#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include <filesystem>
#include <string>

#include "ingest/ocr/engine.h"
#include "ingest/layout/image_pix.h"

namespace baocao {
namespace {

namespace fs = std::filesystem;

std::string Read(const fs::path& image) {
  PixPtr pix(pixRead(image.c_str()));
  if (!pix) return "<no image>";
  PixPtr gray(pixConvertTo8(pix.get(), 0));
  Result<OcrEngineLease> engine = AcquireOcrEngine(OcrOptions{});
  if (!engine.ok()) return "<no engine: " + engine.status().reason() + ">";
  std::string text;
  for (const OcrWord& w : ReadCell(gray.get(), 300, engine.value().get())) text += w.text;
  return text;
}

TEST(OcrCellTest, ABoldFigureFilledInByThresholdingIsReadFromTheGrey) {
  EXPECT_EQ(Read(fs::path(BAOCAO_TEST_DATA) / "ocr" / "bold-figure-36.png"), "36");
}

}  // namespace
}  // namespace baocao
