// What a page's text layer says before anything is rendered: whether its
// words may sit in a table (pdf/text_check.h), on words placed by hand.
#include "ingest/pdf/text_check.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace baocao {
namespace {

// `parts` of one line at y, each a word 40 units wide, `gap` units apart;
// size 10.
void AddLine(std::vector<PageWord>* words, int parts, double gap, double y) {
  double x = 0;
  for (int i = 0; i < parts; ++i) {
    PageWord w;
    w.text = "chu" + std::to_string(i);
    w.box = {x, y, x + 40, y + 12};
    w.size = 10;
    words->push_back(w);
    x += 40 + gap;
  }
}

TEST(MayHoldTableTest, ProseAndTheTwoColumnHeaderDoNot) {
  std::vector<PageWord> words;
  for (int i = 0; i < 20; ++i) AddLine(&words, 8, 3, 14.0 * i);  // word spaces
  AddLine(&words, 2, 80, 300);                                     // "UBND …   CỘNG HÒA …"
  EXPECT_FALSE(MayHoldTable(words));
}

TEST(MayHoldTableTest, TwoLinesOfThreeColumnsDo) {
  std::vector<PageWord> words;
  AddLine(&words, 3, 30, 0);
  EXPECT_FALSE(MayHoldTable(words)) << "one line of three parts is a layout, not a table";
  AddLine(&words, 3, 30, 14);
  EXPECT_TRUE(MayHoldTable(words));
}

TEST(MayHoldTableTest, AHeaderRowOfFourColumnsDoes) {
  // The rest of a table carried over from the page before: its header row
  // ("TT | Nội dung | Kết quả | Ghi chú"), then rows whose long names wrap.
  std::vector<PageWord> words;
  for (int i = 0; i < 12; ++i) AddLine(&words, 8, 3, 14.0 * i);
  AddLine(&words, 4, 30, 200);
  EXPECT_TRUE(MayHoldTable(words));
}

}  // namespace
}  // namespace baocao
