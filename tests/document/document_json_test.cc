// The stored document layout (document/document_json.h): a document stored
// by today's baocao (tests/data/document/stored_v1.json, layout version 1)
// keeps reading to the same model in every later build, through the
// migration steps once the layout changes; versions the reader cannot know
// are refused with a reason.
#include "document/document_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/support/test_support.h"

namespace baocao {
namespace {

std::string StoredV1() { return testing::ReadText(std::string(BAOCAO_TEST_DATA) + "/document/stored_v1.json"); }

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
}

// Written again, the document carries the current version and reads to the
// same model. While version 1 is current, the writer gives back exactly
// the stored object: the fixture is today's layout, not an approximation.
TEST(DocumentJsonTest, AStoredDocumentWrittenAgainKeepsItsContent) {
  Document doc;
  ASSERT_TRUE(ReadDocumentJson(StoredV1(), &doc).ok());
  const std::string written = DocumentToJson(doc);
  nlohmann::json again = nlohmann::json::parse(written);
  EXPECT_EQ(again["version"], kDocumentJsonVersion);
  Document back;
  ASSERT_TRUE(ReadDocumentJson(written, &back).ok());
  EXPECT_EQ(DocumentToJson(back), written);
  if (kDocumentJsonVersion == 1) {
    EXPECT_EQ(again, nlohmann::json::parse(StoredV1()));
  }
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
