// The XLSX workbooks read back: an XLSX is a zip of XML parts; the cells of
// xl/worksheets/sheetN.xml hold numbers as <v> without t="s" (a shared
// string) and text through xl/sharedStrings.xml.
#include "desk/xlsx_export.h"

#include <gtest/gtest.h>

#include <pugixml.hpp>

#include "desk/corrections.h"
#include "desk/document_corrections.h"
#include "tests/desk/desk_fixtures.h"
#include "tests/support/temp_dir.h"

namespace baocao {
namespace {

using testing::Activity;
using testing::Doc;
using testing::Ex;
using testing::QueryText;

// One sheet as a grid of (text, is_number) by row and column letter(s).
struct Cell {
  std::string text;
  bool number = false;
};
using Grid = std::map<int, std::map<std::string, Cell>>;

std::vector<std::string> SharedStrings(const std::string& xlsx) {
  std::vector<std::string> out;
  std::optional<std::string> xml = testing::ZipEntryText(xlsx, "xl/sharedStrings.xml");
  if (!xml) return out;
  pugi::xml_document doc;
  doc.load_string(xml->c_str());
  for (pugi::xml_node si : doc.child("sst").children("si")) out.push_back(si.child("t").text().get());
  return out;
}

Grid ReadSheet(const std::string& xlsx, int sheet, pugi::xml_document* doc) {
  Grid grid;
  std::optional<std::string> xml = testing::ZipEntryText(xlsx, "xl/worksheets/sheet" + std::to_string(sheet) + ".xml");
  if (!xml || !doc->load_string(xml->c_str())) return grid;
  std::vector<std::string> strings = SharedStrings(xlsx);
  for (pugi::xml_node row : doc->child("worksheet").child("sheetData").children("row")) {
    int r = row.attribute("r").as_int();
    for (pugi::xml_node c : row.children("c")) {
      std::string ref = c.attribute("r").value();
      std::string column = ref.substr(0, ref.find_first_of("0123456789"));
      Cell cell;
      std::string type = c.attribute("t").value();
      std::string v = c.child("v").text().get();
      if (type == "s") {
        std::size_t i = std::stoul(v);
        cell.text = i < strings.size() ? strings[i] : "<bad index>";
      } else if (type.empty() && !v.empty()) {
        cell.number = true;
        cell.text = v;
      } else {
        cell.text = v;
      }
      grid[r][column] = cell;
    }
  }
  return grid;
}

// The column whose header (row 1) is `header`.
std::string ColumnOf(const Grid& grid, const std::string& header) {
  if (grid.count(1) == 0) return "";
  for (const auto& [column, cell] : grid.at(1)) {
    if (cell.text == header) return column;
  }
  return "";
}

class XlsxExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.ok());
    db_ = Database::Open(dir_.Path("t.db")).value();
    std::int64_t run = db_->BeginRun("test-1").value();
    ASSERT_TRUE(db_->AddDocument(run,
                                 Ex(Doc("binh-minh.docx", "b1", "UBND xã Bình Minh", "Bình Minh", "Sông Lam", "5/BC"),
                                    {Activity("suc_khoe", "Chăm sóc sức khỏe", 2, 1612, std::nullopt),
                                     Activity("phap_luat", "Giáo dục pháp luật", 0, 50, 20),
                                     Activity("khac", "Dòng trùng", 1, 1, 1),
                                     testing::Budget("state", "Ngân sách nhà nước cấp", 30800000)}),
                                 "{}")
                    .ok());
    CorrectionRequest set;
    set.record_id = std::stoll(QueryText(db_.get(), "SELECT id FROM records WHERE label = 'Chăm sóc sức khỏe'"));
    set.field = "participants";
    set.value = "1621";
    set.note = "đọc nhầm";
    set.author = "lan";
    ASSERT_TRUE(AddCorrection(db_.get(), set).ok());
    CorrectionRequest reject = set;
    reject.record_id = std::stoll(QueryText(db_.get(), "SELECT id FROM records WHERE label = 'Dòng trùng'"));
    reject.action = CorrectionAction::kReject;
    ASSERT_TRUE(AddCorrection(db_.get(), reject).ok());
  }
  testing::TempDir dir_;
  std::unique_ptr<Database> db_;
};

TEST_F(XlsxExportTest, ActivitiesSheetHasNumbersAsNumbersAndAFrozenHeader) {
  std::string path = dir_.Path("out.xlsx");
  ASSERT_TRUE(ExportXlsx(db_.get(), path).ok());
  std::optional<std::string> workbook = testing::ZipEntryText(path, "xl/workbook.xml");
  ASSERT_TRUE(workbook.has_value());
  for (const char* sheet :
       {"activities", "budgets", "figures", "checks", "documents", "corrections", "document_corrections"}) {
    EXPECT_NE(workbook->find(std::string("name=\"") + sheet + "\""), std::string::npos) << sheet;
  }

  pugi::xml_document doc;
  Grid grid = ReadSheet(path, 1, &doc);  // activities
  pugi::xml_node pane = doc.child("worksheet").child("sheetViews").child("sheetView").child("pane");
  EXPECT_STREQ(pane.attribute("state").value(), "frozen");
  EXPECT_STREQ(pane.attribute("ySplit").value(), "1");

  std::string label = ColumnOf(grid, "label");
  std::string classes = ColumnOf(grid, "classes");
  std::string participants = ColumnOf(grid, "participants");
  std::string female = ColumnOf(grid, "female");
  std::string corrected = ColumnOf(grid, "corrected");
  ASSERT_FALSE(participants.empty());
  ASSERT_EQ(grid.size(), 3u);  // header + 2 activities: the rejected row is left out
  std::map<std::string, int> row_of;
  for (const auto& [r, cells] : grid) {
    if (r > 1) row_of[cells.at(label).text] = r;
  }
  ASSERT_EQ(row_of.count("Chăm sóc sức khỏe"), 1u);
  ASSERT_EQ(row_of.count("Dòng trùng"), 0u);
  const auto& health = grid[row_of["Chăm sóc sức khỏe"]];
  EXPECT_TRUE(health.at(participants).number);
  EXPECT_EQ(health.at(participants).text, "1621");  // the corrected value
  EXPECT_EQ(health.count(female), 0u);              // unknown: an empty cell, not 0
  EXPECT_EQ(health.at(corrected).text, "1");
  const auto& law = grid[row_of["Giáo dục pháp luật"]];
  EXPECT_TRUE(law.at(classes).number);
  EXPECT_EQ(law.at(classes).text, "0");  // a stated zero stays 0

  // No numeric column of the sheet holds a shared string.
  std::optional<std::string> xml = testing::ZipEntryText(path, "xl/worksheets/sheet1.xml");
  for (const std::string& column : {classes, participants, female}) {
    for (int r : {2, 3}) {
      std::string ref = "r=\"" + column + std::to_string(r) + "\" t=\"s\"";
      EXPECT_EQ(xml->find(ref), std::string::npos) << ref;
    }
  }

  pugi::xml_document budgets_doc;
  Grid budgets = ReadSheet(path, 2, &budgets_doc);
  std::string amount = ColumnOf(budgets, "amount_vnd");
  ASSERT_EQ(budgets.size(), 2u);
  EXPECT_TRUE(budgets[2].at(amount).number);
  EXPECT_EQ(budgets[2].at(amount).text, "30800000");
}

// A report's metadata set by hand (its commune) and then set again: both
// corrections are listed on their own sheet, the older one replaced, and
// the documents sheet shows the value in force.
TEST_F(XlsxExportTest, DocumentCorrectionsHaveASheetWithTheirHistory) {
  const std::int64_t doc = std::stoll(QueryText(db_.get(), "SELECT id FROM documents"));
  DocumentCorrectionRequest set;
  set.document_id = doc;
  set.field = "commune";
  set.value = "Tân Lập";
  set.note = "tên xã trên con dấu";
  set.author = "lan";
  ASSERT_TRUE(AddDocumentCorrection(db_.get(), set).ok());
  set.value = "Tân Lập A";
  set.author = "minh";
  ASSERT_TRUE(AddDocumentCorrection(db_.get(), set).ok());

  const std::string path = dir_.Path("out.xlsx");
  ASSERT_TRUE(ExportXlsx(db_.get(), path).ok());
  std::optional<std::string> workbook = testing::ZipEntryText(path, "xl/workbook.xml");
  ASSERT_TRUE(workbook.has_value());
  ASSERT_NE(workbook->find("name=\"document_corrections\""), std::string::npos);
  pugi::xml_document xml;
  Grid grid = ReadSheet(path, 7, &xml);  // after activities .. corrections
  ASSERT_EQ(grid.size(), 3u) << "header + 2 corrections";
  const std::string field = ColumnOf(grid, "field"), corrected = ColumnOf(grid, "corrected");
  const std::string extracted = ColumnOf(grid, "extracted"), state = ColumnOf(grid, "state");
  const std::string author = ColumnOf(grid, "author"), file = ColumnOf(grid, "file");
  const std::string document_id = ColumnOf(grid, "document_id");
  ASSERT_FALSE(field.empty());
  EXPECT_EQ(grid[2].at(field).text, "commune");
  EXPECT_EQ(grid[2].at(extracted).text, "Bình Minh");
  EXPECT_EQ(grid[2].at(corrected).text, "Tân Lập");
  EXPECT_EQ(grid[2].at(state).text, "replaced");
  EXPECT_EQ(grid[2].at(file).text, "binh-minh.docx");
  EXPECT_TRUE(grid[2].at(document_id).number);
  EXPECT_EQ(grid[3].at(corrected).text, "Tân Lập A");
  EXPECT_EQ(grid[3].at(state).text, "active");
  EXPECT_EQ(grid[3].at(author).text, "minh");

  pugi::xml_document documents_xml;
  Grid documents = ReadSheet(path, 5, &documents_xml);
  EXPECT_EQ(documents[2].at(ColumnOf(documents, "commune")).text, "Tân Lập A");
}

TEST_F(XlsxExportTest, RollupWorkbookHasTheTotalsRowAsNumbers) {
  RollupOptions o;
  o.period = "2024";
  Result<Rollup> r = ComputeRollup(db_.get(), o);
  ASSERT_TRUE(r.ok());
  std::string path = dir_.Path("rollup.xlsx");
  ASSERT_TRUE(WriteRollupXlsx(r.value(), path).ok());
  pugi::xml_document doc;
  Grid grid = ReadSheet(path, 1, &doc);
  // Two header rows, one commune, the totals row.
  ASSERT_EQ(grid.size(), 4u);
  EXPECT_EQ(grid[3]["A"].text, "Bình Minh");
  EXPECT_EQ(grid[4]["A"].text, "Tổng cộng");
  int numbers = 0;
  std::set<std::string> values;
  for (const auto& [column, cell] : grid[4]) {
    if (cell.number) {
      ++numbers;
      values.insert(cell.text);
    }
  }
  EXPECT_GE(numbers, 6);
  EXPECT_EQ(values.count("1671"), 1u);      // 1621 + 50 participants
  EXPECT_EQ(values.count("30800000"), 1u);  // the state budget
}

TEST_F(XlsxExportTest, UnwritablePathIsAnError) {
  EXPECT_FALSE(ExportXlsx(db_.get(), dir_.Path("no/such/dir/out.xlsx")).ok());
}

}  // namespace
}  // namespace baocao
