// Words placed by hand -> blocks (layout/page_layout.h): the two-column
// header band and where its gutter falls.
#include "ingest/layout/page_layout.h"

#include <gtest/gtest.h>

#include "tests/ingest/layout/placed_words.h"

#include <string>
#include <vector>

namespace baocao {
namespace {

void AddLine(std::vector<PageWord>* words, const std::string& text, double x, double y) {
  for (const PageWord& w : testing::LineOf(text, x, y)) words->push_back(w);
}

TEST(PageLayoutTest, TheBandsGutterIsTheSeedLinesWidestGap) {
  // "Số: 12/CV<gap>Đại Đồng, ngày..<small gap>tháng 12 năm 2025" over a long
  // V/v line under the left column that runs past its middle: the gutter is
  // the wide gap, so the date stays whole in the right column.
  PageContent page;
  page.width = 600, page.height = 800;
  AddLine(&page.words, "UBND XA DAI DONG TRUNG TAM HOC TAP", 40, 20);
  AddLine(&page.words, "CONG HOA XA HOI CHU NGHIA", 250, 40);
  AddLine(&page.words, "So: 12/CV", 40, 60);
  AddLine(&page.words, "Dai Dong, ngay..", 250, 60);
  AddLine(&page.words, "thang 12 nam 2025", 370, 60);
  AddLine(&page.words, "V/v bao cao ket qua hoat dong nam 2025 cua trung tam", 40, 80);
  AddLine(&page.words, "Kinh gui: So Giao duc va Dao tao", 40, 140);
  Document doc;
  LayoutPages({page}, &doc);
  bool date_whole = false;
  for (const Block& b : doc.body) {
    if (b.is_table()) {
      for (const TableCell& c : b.table.cells) {
        date_whole |= c.orig.find("ngay..") != std::string::npos && c.orig.find("thang 12") != std::string::npos;
      }
    }
  }
  std::string all;
  for (const Block& b : doc.body) {
    if (b.is_table()) {
      for (const TableCell& c : b.table.cells) all += "[cell " + std::to_string(c.col) + "] " + c.orig + "\n";
    } else {
      all += "[p] " + b.paragraph.orig + "\n";
    }
  }
  EXPECT_TRUE(date_whole) << all;
}

}  // namespace
}  // namespace baocao
