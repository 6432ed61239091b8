// OCR on the committed scan twins and on images made from them: a scanned
// table keeps its rows and columns and reads its figures; a photo turned a
// quarter is read upright; confidences reach blocks, cells and the document;
// hostile images are refused. Each case OCRs one page (about a second).
#include <gtest/gtest.h>
#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <filesystem>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "ingest/converter.h"
#include "ingest/ocr/image_reader.h"
#include "ingest/pdf/render.h"
#include "tests/ingest/pdf/table_fixtures.h"
#include "tests/ingest/test_files.h"

namespace baocao {
namespace {

namespace fs = std::filesystem;


const fs::path kScan = fs::path(BAOCAO_SAMPLES) / "report-budget.scan.pdf";

// Page 1 of the scan twin as an image file, turned `quarters` clockwise.
std::string ScanPageAs(int format, int quarters) {
  const std::string bytes = Slurp(kScan);
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes.data(), bytes.size()));
  if (!doc) return "";
  std::unique_ptr<poppler::page> page(doc->create_page(0));
  PixPtr gray = RenderPageGray(*page, 200, quarters, true);
  if (!gray) return "";
  l_uint8* data = nullptr;
  size_t size = 0;
  if (pixWriteMem(&data, &size, gray.get(), format) != 0) return "";
  std::string out(reinterpret_cast<char*>(data), size);
  lept_free(data);
  return out;
}

// `pix` as PNG bytes; empty when it cannot be written.
std::string Png(Pix* pix) {
  l_uint8* data = nullptr;
  size_t size = 0;
  if (pixWriteMem(&data, &size, pix, IFF_PNG) != 0) return "";
  std::string out(reinterpret_cast<char*>(data), size);
  lept_free(data);
  return out;
}

bool Contains(const Document& doc, const std::string& needle) {
  for (const Block& b : doc.body) {
    if (b.is_paragraph() && b.paragraph.orig.find(needle) != std::string::npos) return true;
    if (b.is_table()) {
      for (const TableCell& c : b.table.cells) {
        if (c.orig.find(needle) != std::string::npos) return true;
      }
    }
  }
  return false;
}

TEST(OcrPageTest, ScannedTableKeepsRowsColumnsAndFigures) {
  ASSERT_TRUE(fs::exists(kScan)) << kScan;
  Result<Document> r = ConvertBytes(Slurp(kScan));
  ASSERT_TRUE(r.ok()) << r.status().reason();
  const Document& doc = r.value();
  EXPECT_EQ(doc.format, "pdf-scan");
  EXPECT_TRUE(doc.ocr);
  ASSERT_TRUE(doc.ocr_confidence.has_value());
  EXPECT_GT(*doc.ocr_confidence, 60);
  EXPECT_LE(*doc.ocr_confidence, 100);
  EXPECT_TRUE(Contains(doc, "BÁO CÁO"));
  // The activity table of the DOCX: STT | Nội dung | Số lớp | Số học viên |
  // Trong đó nữ, five topics and a total row whose label spans two columns.
  const Table* table = nullptr;
  for (const Block& b : doc.body) {
    if (b.is_table() && !b.table.borderless && b.table.cols == 5) {
      table = &b.table;
      EXPECT_TRUE(b.confidence.has_value());
      break;
    }
  }
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->rows, 7);
  const char* const figures[][3] = {{"3", "186", "94"},  {"2", "128", "101"}, {"2", "96", "40"},
                                    {"1", "64", "35"},   {"3", "210", "122"}, {"11", "684", "392"}};
  for (int row = 1; row <= 6; ++row) {
    for (int c = 2; c <= 4; ++c) {
      const TableCell* cell = table->CellAt(row, c);
      ASSERT_NE(cell, nullptr) << row << "," << c;
      EXPECT_EQ(cell->orig, figures[row - 1][c - 2]) << row << "," << c;
      ASSERT_TRUE(cell->confidence.has_value()) << row << "," << c;
      EXPECT_GT(*cell->confidence, 0);
    }
  }
  const TableCell* total = table->CellAt(6, 0);
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(total->col_span, 2);
  // Scanned blocks say where they are, in points.
  for (const Block& b : doc.body) {
    ASSERT_TRUE(b.page.has_value());
    ASSERT_TRUE(b.box.has_value());
    EXPECT_LE(b.box->x1, 600);
  }
}

// A text page followed by a scanned one (samples/src/make_mixed.sh): the
// first is read from its text layer (no confidence), the second by OCR, its
// table kept as a table.
TEST(OcrPageTest, MixedPdfIsDecidedPerPage) {
  const fs::path mixed = fs::path(BAOCAO_SAMPLES) / "commune-report-table.mixed.pdf";
  Result<Document> r = ConvertBytes(Slurp(mixed));
  ASSERT_TRUE(r.ok()) << r.status().reason();
  const Document& doc = r.value();
  EXPECT_EQ(doc.format, "pdf-scan");
  EXPECT_EQ(doc.pages, 2);
  EXPECT_TRUE(doc.ocr);
  int text_blocks = 0, ocr_blocks = 0, ocr_tables = 0;
  for (const Block& b : doc.body) {
    ASSERT_TRUE(b.page.has_value());
    if (*b.page == 1) {
      EXPECT_FALSE(b.confidence.has_value()) << "page 1 has a text layer";
      ++text_blocks;
    } else {
      EXPECT_TRUE(b.confidence.has_value()) << "page 2 is an image";
      ++ocr_blocks;
      if (b.is_table() && !b.table.borderless && b.table.cols >= 5) ++ocr_tables;
    }
  }
  EXPECT_GT(text_blocks, 3);
  EXPECT_GT(ocr_blocks, 0);
  EXPECT_EQ(ocr_tables, 1);
  EXPECT_TRUE(Contains(doc, "BÁO CÁO"));
}

TEST(OcrPageTest, PhotoTurnedAQuarterIsReadUpright) {
  const std::string png = ScanPageAs(IFF_PNG, 1);
  ASSERT_FALSE(png.empty());
  Result<Document> r = ConvertBytes(png);
  ASSERT_TRUE(r.ok()) << r.status().reason();
  EXPECT_EQ(r.value().format, "image");
  EXPECT_EQ(r.value().pages, 1);
  EXPECT_TRUE(r.value().ocr);
  EXPECT_TRUE(Contains(r.value(), "BÁO CÁO"));
  EXPECT_TRUE(Contains(r.value(), "Tổng cộng"));
}

// Every paragraph of `doc` with printed lines: each line has a box inside
// its paragraph's and bytes of its own, after the line before; returns the
// number of paragraphs of more than one line.
int ExpectLinesInsideTheirParagraphs(const Document& doc) {
  int multi = 0;
  for (const Block& b : doc.body) {
    if (!b.is_paragraph() || b.paragraph.lines.empty()) continue;
    const Paragraph& p = b.paragraph;
    if (p.lines.size() > 1) ++multi;
    for (std::size_t k = 0; k < p.lines.size(); ++k) {
      const ParagraphLine& line = p.lines[k];
      EXPECT_FALSE(OrigOfLine(p, line).empty()) << p.orig;
      if (!line.box || !b.box) {
        ADD_FAILURE() << "a line without a box in: " << p.orig;
        continue;
      }
      EXPECT_GE(line.box->x0, b.box->x0 - 0.01);
      EXPECT_GE(line.box->y0, b.box->y0 - 0.01);
      EXPECT_LE(line.box->x1, b.box->x1 + 0.01);
      EXPECT_LE(line.box->y1, b.box->y1 + 0.01);
      if (k > 0) {
        EXPECT_GE(line.orig_begin, p.lines[k - 1].orig_end);
      }
    }
  }
  return multi;
}

// Scanned paragraphs keep their printed lines like a text layer's: boxes in
// points on the scan, inside the paragraph, top to bottom; on a photo
// turned a quarter, mapped back onto the photo as their paragraph is.
TEST(OcrPageTest, ScannedParagraphsKeepTheirLinesOnThePage) {
  Result<Document> r = ConvertBytes(Slurp(kScan));
  ASSERT_TRUE(r.ok()) << r.status().reason();
  EXPECT_GT(ExpectLinesInsideTheirParagraphs(r.value()), 0) << "the report has wrapped prose";
  for (const Block& b : r.value().body) {
    for (std::size_t k = 1; k < b.paragraph.lines.size(); ++k) {
      EXPECT_GT(b.paragraph.lines[k].box->y0, b.paragraph.lines[k - 1].box->y0) << b.paragraph.orig;
    }
  }
  const std::string png = ScanPageAs(IFF_PNG, 1);
  ASSERT_FALSE(png.empty());
  Result<Document> turned = ConvertBytes(png);
  ASSERT_TRUE(turned.ok()) << turned.status().reason();
  EXPECT_GT(ExpectLinesInsideTheirParagraphs(turned.value()), 0);
}

// An incoming-mail stamp's frame right above the header, its bottom rule
// touching the tops of the first line's capitals (as offices stamp the free
// space over the header). Tesseract returns the frame's rules as blank
// "words" a point high; kept, they split the line they touch in two, the
// words with a tall accent ("ỦY", "NHÂN") on one line and the others
// ("BAN") on the next, and the issuer reads "ỦY NHÂN DÂN".
TEST(OcrPageTest, AStampFrameTouchingTheHeaderLeavesItsLineWhole) {
  const std::string bytes = Slurp(fs::path(BAOCAO_SAMPLES) / "commune-report-table.pdf");
  std::unique_ptr<poppler::document> pdf(poppler::document::load_from_raw_data(bytes.data(), bytes.size()));
  ASSERT_TRUE(pdf);
  std::unique_ptr<poppler::page> page(pdf->create_page(0));
  ASSERT_TRUE(page);
  const double dpi = 200, px = dpi / 72;
  PixPtr gray = RenderPageGray(*page, dpi, 0, true);
  ASSERT_TRUE(gray);
  // The header's first line (the text layer's table box) starts at 56.5 pt;
  // the frame spans the gutter between its columns, 170 to 420 pt.
  const double top = 56.5, left = 170, right = 420;
  auto fill = [&](double x0, double y0, double x1, double y1) {
    BoxPtr b(boxCreate(static_cast<int>(x0 * px), static_cast<int>(y0 * px), static_cast<int>((x1 - x0) * px) + 1,
                       static_cast<int>((y1 - y0) * px) + 1));
    pixSetInRectArbitrary(gray.get(), b.get(), 0);
  };
  fill(left, top - 50, right, top - 49.2);      // top rule
  fill(left, top - 50, left + 0.8, top + 0.6);  // sides
  fill(right - 0.8, top - 50, right, top + 0.6);
  fill(left, top + 0.5, right, top + 1.3);      // bottom rule, across the accents
  const std::string png = Png(gray.get());
  ASSERT_FALSE(png.empty());
  Result<Document> r = ConvertBytes(png);
  ASSERT_TRUE(r.ok()) << r.status().reason();
  // The accents under the rule may read wrong; the lines must be whole.
  std::vector<std::string> lines;
  for (const Block& b : r.value().body) {
    std::string text = b.paragraph.orig + "\n";
    for (const TableCell& c : b.table.cells) text += c.orig + "\n";
    for (std::size_t at = 0, nl; (nl = text.find('\n', at)) != std::string::npos; at = nl + 1) {
      lines.push_back(text.substr(at, nl - at));
    }
    if (text.find("BÁO CÁO") != std::string::npos) break;
  }
  auto line_with = [&](const std::string& a, const std::string& b) {
    for (const std::string& l : lines) {
      if (l.find(a) != std::string::npos && l.find(b) != std::string::npos) return true;
    }
    return false;
  };
  EXPECT_TRUE(line_with("ỦY BAN NHÂN D", "XÃ PHÚC THỊNH")) << ::testing::PrintToString(lines);
  EXPECT_TRUE(line_with("CỘNG H", "XÃ HỘI CHỦ NGHĨA")) << ::testing::PrintToString(lines);
}

// A table printed with no border at all, scanned at 300 dpi: found from its
// words' alignment as in a text PDF, and its cells read one by one (figures
// in their columns, the group headings over theirs).
TEST(OcrPageTest, AScannedTableWithNoBordersKeepsRowsAndColumns) {
  const std::string bytes = testing::BorderlessTablePdf().Build();
  std::unique_ptr<poppler::document> pdf(poppler::document::load_from_raw_data(bytes.data(), bytes.size()));
  ASSERT_TRUE(pdf);
  std::unique_ptr<poppler::page> page(pdf->create_page(0));
  ASSERT_TRUE(page);
  PixPtr gray = RenderPageGray(*page, 300, 0, true);
  ASSERT_TRUE(gray);
  const std::string png = Png(gray.get());
  ASSERT_FALSE(png.empty());
  Result<Document> r = ConvertBytes(png);
  ASSERT_TRUE(r.ok()) << r.status().reason();
  const Table* table = nullptr;
  for (const Block& b : r.value().body) {
    if (b.is_table() && !b.table.borderless) table = &b.table;
  }
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->rows, 7);
  EXPECT_EQ(table->cols, 6);
  const auto text = [&](int row, int col) {
    const TableCell* c = table->CellAt(row, col);
    return c == nullptr ? std::string("?") : c->orig;
  };
  EXPECT_EQ(text(2, 1), "Law education");
  EXPECT_EQ(text(2, 3), "120");
  EXPECT_EQ(text(4, 5), "75");
  EXPECT_EQ(text(6, 2), "6");
  const TableCell* heading = table->CellAt(0, 4);
  ASSERT_NE(heading, nullptr);
  EXPECT_EQ(heading->col, 4);
  EXPECT_EQ(heading->col_span, 2);
}

// A two-page TIFF (how office scanners file a multi-page scan): page 1
// upright, page 2 fed upside down. Both are read, each turned upright.
TEST(OcrPageTest, MultiPageTiffWithAnUpsideDownPage) {
  const std::string bytes = Slurp(kScan);
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes.data(), bytes.size()));
  ASSERT_TRUE(doc);
  ASSERT_GE(doc->pages(), 2);
  std::unique_ptr<poppler::page> first(doc->create_page(0)), second(doc->create_page(1));
  PixPtr a = RenderPageGray(*first, 200, 0, true), b = RenderPageGray(*second, 200, 2, true);
  ASSERT_TRUE(a && b);
  std::unique_ptr<PIXA, void (*)(PIXA*)> pixa(pixaCreate(2), [](PIXA* p) { pixaDestroy(&p); });
  pixaAddPix(pixa.get(), a.get(), L_COPY);
  pixaAddPix(pixa.get(), b.get(), L_COPY);
  l_uint8* data = nullptr;
  size_t size = 0;
  ASSERT_EQ(pixaWriteMemMultipageTiff(&data, &size, pixa.get()), 0);
  const std::string tiff(reinterpret_cast<char*>(data), size);
  lept_free(data);

  Result<Document> r = ConvertBytes(tiff);
  ASSERT_TRUE(r.ok()) << r.status().reason();
  EXPECT_EQ(r.value().format, "image");
  EXPECT_EQ(r.value().pages, 2);
  EXPECT_TRUE(Contains(r.value(), "BÁO CÁO"));     // page 1
  // Page 2 only: the total of the budget lines, read upright.
  bool total_on_page_two = false;
  for (const Block& blk : r.value().body) {
    total_on_page_two |= blk.page == 2 && blk.is_paragraph() && blk.paragraph.orig.find("18.550.000") != std::string::npos;
  }
  EXPECT_TRUE(total_on_page_two);
}

std::uint32_t Crc32(const std::string& bytes) {
  std::uint32_t crc = 0xFFFFFFFFu;
  for (char ch : bytes) {
    crc ^= static_cast<unsigned char>(ch);
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

std::string BigEndian(std::uint32_t v) {
  return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)};
}

TEST(OcrPageTest, HostileImagesAreRefused) {
  // A valid PNG header declaring 100000 x 100000 grey pixels, and no image
  // data: 45 bytes that would ask for 10 GB.
  const std::string ihdr = "IHDR" + BigEndian(100000) + BigEndian(100000) + std::string("\x08\x00\x00\x00\x00", 5);
  const std::string png = std::string("\x89PNG\r\n\x1A\n", 8) + BigEndian(13) + ihdr + BigEndian(Crc32(ihdr)) +
                          BigEndian(0) + "IEND" + BigEndian(Crc32("IEND"));
  Result<Document> big = ReadImage(png);
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.status().code(), Status::Code::kHostile) << big.status().reason();
  // A JPEG cut after its first bytes.
  Result<Document> cut = ConvertBytes(std::string("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11));
  ASSERT_FALSE(cut.ok());
  EXPECT_EQ(cut.status().code(), Status::Code::kInvalidInput) << cut.status().reason();
  EXPECT_EQ(cut.status().reason().find('\n'), std::string::npos);
}

TEST(OcrPageTest, MissingModelSaysWhatToInstall) {
  const std::string png = ScanPageAs(IFF_PNG, 0);
  ASSERT_FALSE(png.empty());
  OcrOptions ocr;
  ocr.tessdata_dir = "/nonexistent-tessdata";
  Result<Document> r = ReadImage(png, ImageOptions{}, ocr);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kInternal);
  EXPECT_NE(r.status().reason().find("tesseract-ocr-vie"), std::string::npos) << r.status().reason();
}

}  // namespace
}  // namespace baocao
