// The text-PDF twins of the samples (samples/NAME.pdf, printed from
// NAME.docx by samples/src/make_twins.sh) read into the same tables as
// their DOCX: same grid, same merged cells, same cell text.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "ingest/converter.h"
#include "tests/ingest/test_files.h"

namespace baocao {
namespace {

namespace fs = std::filesystem;


// White space folded: a cell wraps differently on paper than in Word.
std::string Fold(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\n' || c == '\t' || c == ' ') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The ruled tables of a document, one line per cell: position, spans, text.
std::vector<std::vector<std::string>> RuledTables(const Document& doc) {
  std::vector<std::vector<std::string>> out;
  for (const Block& b : doc.body) {
    if (!b.is_table() || b.table.borderless) continue;
    std::vector<std::string> cells;
    for (const TableCell& c : b.table.cells) {
      cells.push_back(std::to_string(c.row) + "," + std::to_string(c.col) + " " + std::to_string(c.row_span) + "x" +
                      std::to_string(c.col_span) + " " + Fold(c.orig));
    }
    out.push_back(std::move(cells));
  }
  return out;
}

std::vector<fs::path> TextTwins() {
  std::vector<fs::path> out;
  if (!fs::exists(BAOCAO_SAMPLES)) return out;
  for (const auto& e : fs::directory_iterator(BAOCAO_SAMPLES)) {
    const fs::path p = e.path();
    if (p.extension() != ".pdf" || p.stem().extension() == ".scan") continue;
    fs::path docx = p;
    docx.replace_extension(".docx");
    if (fs::exists(docx)) out.push_back(p);
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(PdfSamplesTest, TwinsExist) { EXPECT_GE(TextTwins().size(), 6u); }

TEST(PdfSamplesTest, PdfTablesEqualDocxTables) {
  for (const fs::path& pdf : TextTwins()) {
    fs::path docx = pdf;
    docx.replace_extension(".docx");
    Result<Document> a = ConvertBytes(Slurp(docx));
    Result<Document> b = ConvertBytes(Slurp(pdf));
    ASSERT_TRUE(a.ok()) << docx << ": " << a.status().reason();
    ASSERT_TRUE(b.ok()) << pdf << ": " << b.status().reason();
    EXPECT_EQ(b.value().format, "pdf") << pdf;
    EXPECT_FALSE(b.value().ocr) << pdf;
    EXPECT_GE(b.value().pages.value_or(0), 1) << pdf;
    const auto want = RuledTables(a.value());
    const auto got = RuledTables(b.value());
    ASSERT_EQ(got.size(), want.size()) << pdf << ": ruled tables";
    for (std::size_t t = 0; t < want.size(); ++t) {
      EXPECT_EQ(got[t].size(), want[t].size()) << pdf << " table " << t << ": cells";
      for (std::size_t c = 0; c < std::min(got[t].size(), want[t].size()); ++c) {
        EXPECT_EQ(got[t][c], want[t][c]) << pdf << " table " << t;
      }
    }
  }
}

TEST(PdfSamplesTest, EveryBlockKnowsItsPageAndBox) {
  for (const fs::path& pdf : TextTwins()) {
    Result<Document> doc = ConvertBytes(Slurp(pdf));
    ASSERT_TRUE(doc.ok()) << pdf;
    int index = 0;
    for (const Block& b : doc.value().body) {
      EXPECT_EQ(b.index, index++) << pdf;
      ASSERT_TRUE(b.page.has_value()) << pdf;
      EXPECT_GE(*b.page, 1);
      EXPECT_LE(*b.page, *doc.value().pages);
      EXPECT_TRUE(b.box.has_value()) << pdf;
      if (b.is_paragraph()) {
        std::string runs;
        for (const baocao::Run& r : b.paragraph.runs) runs += r.orig;
        EXPECT_EQ(runs, b.paragraph.orig) << pdf;
      }
    }
  }
}

}  // namespace
}  // namespace baocao
