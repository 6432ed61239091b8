// The stored document layout (document/document_json.h): a document stored
// by every baocao so far (tests/data/document/stored_vN.json, layout version
// N) keeps reading to the same model in every later build, through the
// migration steps; versions the reader cannot know are refused with a
// reason.
#include "document/document_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/support/test_support.h"

namespace baocao {
namespace {

std::string StoredV1() { return testing::ReadText(std::string(BAOCAO_TEST_DATA) + "/document/stored_v1.json"); }
// Version 2: stored_v1.json with printed lines on one paragraph.
std::string StoredV2() { return testing::ReadText(std::string(BAOCAO_TEST_DATA) + "/document/stored_v2.json"); }

TEST(DocumentJsonTest, ADocumentStoredWithLayoutOneReadsWhole) {
  Document doc;
  Status read = ReadDocumentJson(StoredV1(), &doc);
  ASSERT_TRUE(read.ok()) << read.reason();
  EXPECT_EQ(doc.format, "pdf");
  EXPECT_EQ(doc.pages, 2);
  EXPECT_TRUE(doc.ocr);
  EXPECT_EQ(doc.ocr_confidence, 88.5);
  ASSERT_EQ(doc.body.size(), 4u);

  const Block& title = doc.body[0];
  ASSERT_TRUE(title.is_paragraph());
  EXPECT_EQ(title.page, 1);
  ASSERT_TRUE(title.box.has_value());
  EXPECT_EQ(title.box->y1, 110.25);
  EXPECT_EQ(title.confidence, 91.0);
  EXPECT_EQ(title.paragraph.style, "Title");
  EXPECT_EQ(title.paragraph.heading_level, 1);
  ASSERT_EQ(title.paragraph.runs.size(), 1u);
  EXPECT_TRUE(title.paragraph.runs[0].bold);

  const Paragraph& subject = doc.body[1].paragraph;
  ASSERT_EQ(subject.runs.size(), 2u);
  EXPECT_EQ(subject.runs[0].font, ".VnTime");
  EXPECT_TRUE(subject.runs[0].italic);
  EXPECT_EQ(subject.runs[1].font, "");

  const Paragraph& item = doc.body[2].paragraph;
  EXPECT_EQ(item.list_level, 0);
  EXPECT_EQ(item.list_marker, "-");
  EXPECT_TRUE(item.in_text_box);
  EXPECT_EQ(subject.list_level, -1) << "absent means not a list item";

  const Block& table = doc.body[3];
  ASSERT_TRUE(table.is_table());
  EXPECT_EQ(table.index, 3);
  EXPECT_TRUE(table.table.borderless);
  EXPECT_EQ(table.table.rows, 2);
  ASSERT_EQ(table.table.cells.size(), 5u);
  EXPECT_EQ(table.table.CellAt(0, 2)->text, "Nội dung") << "the span covers column 2";
  EXPECT_EQ(table.table.cells[0].confidence, 77.0);
  ASSERT_TRUE(table.table.cells[0].box.has_value());
  EXPECT_EQ(table.table.cells[0].box->x1, 90.0);
  const TableCell* nested = table.table.CellAt(1, 1);
  ASSERT_EQ(nested->blocks.size(), 1u);
  EXPECT_EQ(nested->blocks[0].row, 1);
  EXPECT_EQ(nested->blocks[0].paragraph.text, "Lớp trồng nấm");
  EXPECT_EQ(table.table.CellAt(1, 2)->text, "35 người");

  ASSERT_EQ(doc.furniture.size(), 1u);
  EXPECT_EQ(doc.furniture[0].paragraph.text, "Trang 2");
  ASSERT_EQ(doc.warnings.size(), 1u);
  for (const Block& b : doc.body) EXPECT_TRUE(b.paragraph.lines.empty()) << "version 1 knew no lines";
}

// Written again, the document carries the current version and reads to the
// same model. Version 1 becomes version 2 by its number alone (it has no
// lines to write).
TEST(DocumentJsonTest, AStoredDocumentWrittenAgainKeepsItsContent) {
  Document doc;
  ASSERT_TRUE(ReadDocumentJson(StoredV1(), &doc).ok());
  const std::string written = DocumentToJson(doc);
  nlohmann::json again = nlohmann::json::parse(written);
  EXPECT_EQ(again["version"], kDocumentJsonVersion);
  Document back;
  ASSERT_TRUE(ReadDocumentJson(written, &back).ok());
  EXPECT_EQ(DocumentToJson(back), written);
  nlohmann::json v1 = nlohmann::json::parse(StoredV1());
  v1["version"] = 2;
  EXPECT_EQ(again, v1);
}

TEST(DocumentJsonTest, ADocumentStoredWithLayoutTwoReadsItsLines) {
  Document doc;
  Status read = ReadDocumentJson(StoredV2(), &doc);
  ASSERT_TRUE(read.ok()) << read.reason();
  const Paragraph& item = doc.body[2].paragraph;
  ASSERT_EQ(item.lines.size(), 2u);
  EXPECT_EQ(OrigOfLine(item, item.lines[0]), "- Mở 4 lớp tin học cơ bản");
  EXPECT_EQ(TextOfLine(item, item.lines[1]), "cho 96 lượt người");
  ASSERT_TRUE(item.lines[0].box.has_value());
  EXPECT_EQ(item.lines[0].box->y1, 316.0);
  EXPECT_FALSE(item.lines[0].page.has_value()) << "absent: the block's page";
  EXPECT_EQ(item.lines[1].page, 2);
  EXPECT_EQ(item.lines[1].box->x1, 250.0);
  EXPECT_TRUE(doc.body[0].paragraph.lines.empty());
}

// The current version's fixture is today's layout, not an approximation:
// the writer gives back exactly the stored object.
TEST(DocumentJsonTest, TheCurrentLayoutWrittenAgainIsTheStoredObject) {
  static_assert(kDocumentJsonVersion == 2, "add stored_v3.json and compare with it here");
  Document doc;
  ASSERT_TRUE(ReadDocumentJson(StoredV2(), &doc).ok());
  EXPECT_EQ(nlohmann::json::parse(DocumentToJson(doc)), nlohmann::json::parse(StoredV2()));
}

// A range that does not fit its paragraph (a damaged database) reads as an
// unplaced line, which provenance passes over, never as bytes past the end.
TEST(DocumentJsonTest, LineRangesOutsideTheParagraphReadAsUnplaced) {
  nlohmann::json j = nlohmann::json::parse(StoredV2());
  nlohmann::json& lines = j["body"][2]["paragraph"]["lines"];
  lines[0]["orig"] = {0, 9999};
  lines[0]["text"] = {20, 10};
  lines[1]["orig"] = {-5, 3};
  lines[1]["text"] = "35-58";
  lines[1]["box"] = {1, 2, 3};
  Document doc;
  ASSERT_TRUE(ReadDocumentJson(j.dump(), &doc).ok());
  for (const ParagraphLine& line : doc.body[2].paragraph.lines) {
    EXPECT_EQ(line.orig_begin, line.orig_end);
    EXPECT_EQ(line.text_begin, line.text_end);
  }
  EXPECT_TRUE(doc.body[2].paragraph.lines[0].box.has_value());
  EXPECT_FALSE(doc.body[2].paragraph.lines[1].box.has_value()) << "a box of three numbers is none";
}

TEST(DocumentJsonTest, UnknownVersionsAreRefusedWithAReason) {
  nlohmann::json j = nlohmann::json::parse(StoredV1());
  Document doc;
  j["version"] = kDocumentJsonVersion + 1;
  Status newer = ReadDocumentJson(j.dump(), &doc);
  ASSERT_FALSE(newer.ok());
  EXPECT_NE(newer.reason().find("layout version " + std::to_string(kDocumentJsonVersion + 1)), std::string::npos)
      << newer.reason();
  j["version"] = 0;
  EXPECT_FALSE(ReadDocumentJson(j.dump(), &doc).ok());
  j["version"] = "1";
  EXPECT_FALSE(ReadDocumentJson(j.dump(), &doc).ok());
  j.erase("version");
  Status none = ReadDocumentJson(j.dump(), &doc);
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.reason().find("no layout version"), std::string::npos) << none.reason();
  EXPECT_FALSE(DocumentFromJson("[1,2]", &doc));
  EXPECT_FALSE(DocumentFromJson("{\"version\":1,\"body\":[{\"kind\":\"picture\"}]}", &doc));
}

// A damaged database or a broken worker can hand over numbers no field can
// hold; each reads as absent (or its default), never as an out-of-range cast.
TEST(DocumentJsonTest, NumbersNoFieldCanHoldReadAsAbsent) {
  nlohmann::json j = nlohmann::json::parse(StoredV1());
  j["pages"] = 1e30;
  j["body"][0]["page"] = -1e30;
  j["body"][1]["page"] = 99999999999LL;
  j["body"][2]["page"] = 2.5;
  nlohmann::json& table = j["body"][3]["table"];
  table["rows"] = 1e300;
  table["cells"][0]["row_span"] = -1e30;
  Document doc;
  ASSERT_TRUE(ReadDocumentJson(j.dump(), &doc).ok());
  EXPECT_FALSE(doc.pages.has_value());
  EXPECT_FALSE(doc.body[0].page.has_value());
  EXPECT_FALSE(doc.body[1].page.has_value());
  EXPECT_FALSE(doc.body[2].page.has_value());
  EXPECT_EQ(doc.body[3].table.rows, 0);
  EXPECT_EQ(doc.body[3].table.cells[0].row_span, 1);
  EXPECT_EQ(doc.body[3].page, 2) << "the fields beside them are read as stored";
}

}  // namespace
}  // namespace baocao
