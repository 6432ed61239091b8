// The committed fixtures of other stages, read through ConvertBytes: the
// hostile set is refused with the right kind of Status, and every sample
// report reads into a well-formed Document.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "ingest/converter.h"
#include "tests/ingest/test_files.h"

namespace baocao {
namespace {

namespace fs = std::filesystem;


TEST(CommittedFilesTest, HostileFixturesAreRefused) {
  const fs::path dir = fs::path(BAOCAO_TEST_DATA) / "hostile";
  if (!fs::exists(dir)) GTEST_SKIP() << "no " << dir;
  const std::pair<const char*, Status::Code> cases[] = {
      {"zip-bomb.docx", Status::Code::kHostile},        {"xxe.docx", Status::Code::kHostile},
      {"deep-nesting.docx", Status::Code::kHostile},    {"truncated.docx", Status::Code::kInvalidInput},
      {"empty.docx", Status::Code::kInvalidInput},      {"not-a-report.docx", Status::Code::kInvalidInput},
  };
  for (const auto& [name, code] : cases) {
    const fs::path path = dir / name;
    ASSERT_TRUE(fs::exists(path)) << path;
    const Result<Document> doc = ConvertBytes(Slurp(path));
    ASSERT_FALSE(doc.ok()) << name;
    EXPECT_EQ(doc.status().code(), code) << name << ": " << doc.status().reason();
    EXPECT_EQ(doc.status().reason().find('\n'), std::string::npos) << name;
  }
}

void ExpectWellFormed(const std::vector<Block>& blocks, const std::string& where) {
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& block = blocks[i];
    EXPECT_EQ(block.index, static_cast<int>(i)) << where;
    if (block.is_paragraph()) {
      EXPECT_FALSE(block.paragraph.orig.empty()) << where;
      std::string runs;
      for (const baocao::Run& run : block.paragraph.runs) runs += run.orig;
      EXPECT_EQ(runs, block.paragraph.orig) << where;
      continue;
    }
    const Table& t = block.table;
    for (int r = 0; r < t.rows; ++r) {
      for (int c = 0; c < t.cols; ++c) {
        int covering = 0;
        for (const TableCell& cell : t.cells) {
          if (r >= cell.row && r < cell.row + cell.row_span && c >= cell.col && c < cell.col + cell.col_span) {
            ++covering;
          }
        }
        EXPECT_EQ(covering, 1) << where << " table " << i << " slot " << r << "," << c;
      }
    }
    for (const TableCell& cell : t.cells) ExpectWellFormed(cell.blocks, where + " cell");
  }
}

TEST(CommittedFilesTest, SampleReportsReadWellFormed) {
  const fs::path dir = BAOCAO_SAMPLES;
  if (!fs::exists(dir)) GTEST_SKIP() << "no " << dir;
  int read = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".docx") continue;
    const Result<Document> doc = ConvertBytes(Slurp(entry.path()));
    ASSERT_TRUE(doc.ok()) << entry.path() << ": " << doc.status().reason();
    EXPECT_EQ(doc.value().format, "docx");
    EXPECT_FALSE(doc.value().body.empty()) << entry.path();
    ExpectWellFormed(doc.value().body, entry.path().filename().string());
    ExpectWellFormed(doc.value().furniture, entry.path().filename().string() + " furniture");
    ++read;
  }
  EXPECT_GT(read, 0);
}

}  // namespace
}  // namespace baocao
