// The analyst's desk end to end, as she runs it: ingest the samples, then
// diff, correct, re-extract, roll up, export and review with the binary.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <map>

#include "tests/support/test_support.h"
#include "tests/support/docx_edit.h"
#include "tests/desk/desk_fixtures.h"  // ZipEntryText

namespace baocao {
namespace {

namespace fs = std::filesystem;

std::string Bin(const std::string& rules = BAOCAO_RULES) {
  return std::string("'") + BAOCAO_BINARY + "' --rules '" + rules + "'";
}

std::string Query(const std::string& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::string out = "<error>";
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK) {
      out = "";
      if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) != nullptr) {
        out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
      }
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return out;
}

// A copy of the rules with `from` replaced by `to` in `file`.
std::string RulesWith(const testing::TempDir& dir, const std::string& name, const std::string& file,
                      const std::string& from, const std::string& to) {
  std::string copy = dir.Path(name);
  fs::copy(BAOCAO_RULES, copy, fs::copy_options::recursive);
  std::string text = testing::ReadText(copy + "/" + file);
  std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  std::ofstream(copy + "/" + file, std::ios::binary | std::ios::trunc) << text;
  return copy;
}

// Rules that no longer read the "Nữ" column: re-extracted rows keep their
// other figures, female becomes unknown.
std::string NoWomenRules(const testing::TempDir& dir) {
  return RulesWith(dir, "no-women", "columns.rules", "female       = \\bnu\\b", "female       = \\bnu_khong_doc\\b");
}

class DeskCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.ok());
    db_ = dir_.Path("baocao.db");
  }

  // Copies the samples into a fresh inbox and ingests them (one run).
  void IngestSamples(const std::string& rules = BAOCAO_RULES) {
    std::string inbox = dir_.Path("inbox");
    fs::create_directories(inbox);
    for (const fs::path& p : testing::SampleFiles()) {
      fs::copy_file(p, fs::path(inbox) / p.filename(), fs::copy_options::overwrite_existing);
    }
    Ingest(rules);
  }

  void Ingest(const std::string& rules = BAOCAO_RULES) {
    ASSERT_EQ(testing::Run(Bin(rules) + " ingest --settle 0 --inbox '" + dir_.Path("inbox") + "' --db '" + db_ +
                           "' >/dev/null 2>&1"),
              0);
  }

  std::string Db() const { return " --db '" + db_ + "'"; }

  std::int64_t RecordId(const std::string& file, const std::string& label) {
    return std::stoll("0" + Query(db_, "SELECT r.id FROM records r JOIN documents d ON d.id = r.document_id"
                                       " WHERE d.file = '" + file + "' AND d.superseded_by IS NULL AND r.label = '" +
                                       label + "'"));
  }

  testing::TempDir dir_;
  std::string db_;
};

TEST_F(DeskCliTest, IdenticalRunsGiveAnEmptyDiff) {
  IngestSamples();
  IngestSamples();  // the same files again: all duplicates, a second run
  std::string jsonl;
  ASSERT_EQ(testing::Run(Bin() + " diff" + Db() + " --run 1 --run 2 --format jsonl", &jsonl), 0);
  EXPECT_EQ(jsonl, "");
  std::string table;
  ASSERT_EQ(testing::Run(Bin() + " diff" + Db() + " --run 1 --run 2", &table), 0);
  EXPECT_NE(table.find(": 0 of "), std::string::npos) << table;
  EXPECT_EQ(table.find('\x1b'), std::string::npos);  // no colour when not a terminal
}

TEST_F(DeskCliTest, ACorrectedReportGivesExactlyTheChangedFigures) {
  IngestSamples();
  // The commune sends errors-table.docx again with one figure corrected.
  std::string fixed =
      testing::ReplaceInDocx(testing::ReadText(std::string(BAOCAO_SAMPLES) + "/errors-table.docx"), ">143<", ">153<");
  ASSERT_FALSE(fixed.empty());
  std::ofstream(dir_.Path("inbox/errors-table-sua.docx"), std::ios::binary) << fixed;
  Ingest();
  std::string id = Query(db_, "SELECT id FROM documents WHERE file = 'errors-table-sua.docx'");
  ASSERT_EQ(Query(db_, "SELECT supersedes_id IS NOT NULL FROM documents WHERE id = " + id), "1");

  for (const std::string& how : {" --document " + id, std::string(" --run 1 --run 2")}) {
    std::string jsonl;
    ASSERT_EQ(testing::Run(Bin() + " diff" + Db() + how + " --format jsonl", &jsonl), 0);
    std::vector<std::string> lines = testing::Lines(jsonl);
    ASSERT_EQ(lines.size(), 2u) << how << "\n" << jsonl;
    EXPECT_NE(lines[0].find("\"change\":\"changed\""), std::string::npos);
    EXPECT_NE(lines[0].find("\"label\":\"Chăm sóc sức khỏe phụ nữ và trẻ em\""), std::string::npos);
    EXPECT_NE(lines[0].find("\"field\":\"participants\",\"old\":143,\"new\":153"), std::string::npos);
    EXPECT_NE(lines[0].find("\"text\":\"3 | Chăm sóc sức khỏe phụ nữ và trẻ em | 2 | 153 | 151\""), std::string::npos);
    EXPECT_NE(lines[1].find("\"change\":\"resolved_check\""), std::string::npos);
    EXPECT_NE(lines[1].find("\"rule\":\"female-exceeds-total\""), std::string::npos);
  }
  std::string html;
  ASSERT_EQ(testing::Run(Bin() + " diff" + Db() + " --document " + id + " --format html --out '" +
                         dir_.Path("diff.html") + "'"),
            0);
  EXPECT_NE(testing::ReadText(dir_.Path("diff.html")).find("<td>participants</td>"), std::string::npos);
}

TEST_F(DeskCliTest, ARulesChangeThatFixesOneFigureShowsExactlyThatFigure) {
  // Today's rules miss the hedge "gần"; the candidate (the real rules) reads it.
  std::string current = RulesWith(dir_, "current-rules", "baocao.rules", "(?:gan|hon|", "(?:hon|");
  IngestSamples(current);
  std::string jsonl;
  ASSERT_EQ(testing::Run(Bin(current) + " diff" + Db() + " --rules '" + BAOCAO_RULES + "' --format jsonl", &jsonl), 0);
  std::vector<std::string> lines = testing::Lines(jsonl);
  ASSERT_EQ(lines.size(), 1u) << jsonl;
  EXPECT_NE(lines[0].find("\"file\":\"prose-c.docx\""), std::string::npos);
  EXPECT_NE(lines[0].find("\"field\":\"approx\",\"old\":false,\"new\":true"), std::string::npos);
  EXPECT_NE(lines[0].find("gần 1.200 lượt người"), std::string::npos);
  // Nothing was written.
  EXPECT_EQ(Query(db_, "SELECT approx FROM records WHERE label = 'Chuyên đề giáo dục pháp luật'"), "0");
}

TEST_F(DeskCliTest, CorrectionsSurviveAReExtractionAndAreFlaggedWhenTheValueChanges) {
  IngestSamples();
  std::int64_t row = RecordId("errors-table.docx", "Giáo dục pháp luật về phòng, chống tội phạm");
  ASSERT_GT(row, 0);
  std::string out;
  ASSERT_EQ(testing::Run(Bin() + " correct" + Db() + " --record " + std::to_string(row) +
                             " --set participants=320 --set female=160 --note 'Biểu số 01' --by lan",
                         &out),
            0)
      << out;
  EXPECT_EQ(testing::Run(Bin() + " correct" + Db() + " --record " + std::to_string(row) +
                         " --set participants=1.320 --note x 2>/dev/null"),
            2);
  // New rules that no longer read the "Nữ" column: the row is extracted anew
  // (new record ids), participants unchanged, female now unknown.
  std::string no_women = NoWomenRules(dir_);
  ASSERT_EQ(testing::Run(Bin(no_women) + " reextract" + Db() + " >/dev/null 2>&1"), 0);
  std::int64_t new_row = RecordId("errors-table.docx", "Giáo dục pháp luật về phòng, chống tội phạm");
  ASSERT_NE(new_row, row);
  std::string list;
  ASSERT_EQ(testing::Run(Bin() + " correct" + Db() + " --list", &list), 0);
  std::vector<std::string> lines = testing::Lines(list);
  ASSERT_EQ(lines.size(), 4u) << list;
  EXPECT_NE(lines[0].find("active"), std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find("#" + std::to_string(new_row)), std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find("participants 312 -> 320"), std::string::npos) << lines[0];
  EXPECT_NE(lines[2].find("review"), std::string::npos) << lines[2];
  EXPECT_NE(lines[2].find("(extracted now null)"), std::string::npos) << lines[2];
  // The roll-up uses the corrected value.
  std::string csv;
  ASSERT_EQ(testing::Run(Bin() + " rollup" + Db() + " --period 2024 --format csv 2>/dev/null", &csv), 0);
  EXPECT_NE(csv.find("Hồng Việt,Văn Lãng,,yes,report,1,"), std::string::npos);
  EXPECT_NE(csv.find(",4,320,160,"), std::string::npos) << csv;
}

// Splits one CSV line without quoted fields (the roll-up's names have no commas).
std::vector<std::string> Fields(const std::string& line) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == ',') {
      out.emplace_back();
    } else if (c != '\r') {
      out.back() += c;
    }
  }
  return out;
}

TEST_F(DeskCliTest, RollupTotalsEqualTheSumOfItsRowsInEveryFormat) {
  IngestSamples();
  std::string csv;
  ASSERT_EQ(testing::Run(Bin() + " rollup" + Db() + " --period 2024 --format csv", &csv), 0);
  std::vector<std::string> lines = testing::Lines(csv);
  ASSERT_GE(lines.size(), 3u);
  std::vector<std::string> header = Fields(lines[0]);
  std::vector<std::string> totals = Fields(lines.back());
  ASSERT_EQ(totals[3], "total");
  int communes = 0;
  std::map<std::size_t, long long> sums;
  for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
    std::vector<std::string> f = Fields(lines[i]);
    ASSERT_EQ(f.size(), header.size()) << lines[i];
    ++communes;
    for (std::size_t c = 6; c + 2 < f.size(); ++c) {
      if (!f[c].empty()) sums[c] += std::stoll(f[c]);
    }
  }
  EXPECT_GE(communes, 10);  // commune reports, the district table's rows, those not reported
  for (const auto& [column, sum] : sums) EXPECT_EQ(std::to_string(sum), totals[column]) << header[column];
  // The district table's communes are there, and so are the communes that have not reported.
  EXPECT_NE(csv.find("Yên Thịnh,Sơn Định,Tuyên Quang,yes,table,1,"), std::string::npos);
  EXPECT_NE(csv.find(",no,,"), std::string::npos);

  std::string table;
  ASSERT_EQ(testing::Run(Bin() + " rollup" + Db() + " --period 2024 --district 'Sơn Định'", &table), 0);
  EXPECT_NE(table.find("Yên Thịnh"), std::string::npos);
  EXPECT_NE(table.find("82/5882/3155"), std::string::npos) << table;  // = the table's own "Tổng cộng"
  EXPECT_NE(table.find("Not reported: none"), std::string::npos);

  ASSERT_EQ(testing::Run(Bin() + " rollup" + Db() + " --period 2024 --format xlsx --out '" + dir_.Path("r.xlsx") + "'"),
            0);
  EXPECT_EQ(testing::ReadText(dir_.Path("r.xlsx")).substr(0, 2), "PK");
}

TEST_F(DeskCliTest, ExportXlsxAndTheReviewPage) {
  IngestSamples();
  ASSERT_EQ(testing::Run(Bin() + " export" + Db() + " --format xlsx --out '" + dir_.Path("all.xlsx") + "'"), 0);
  EXPECT_EQ(testing::ReadText(dir_.Path("all.xlsx")).substr(0, 2), "PK");
  ASSERT_EQ(testing::Run(Bin() + " export" + Db() + " --format xlsx > '" + dir_.Path("piped.xlsx") + "'"), 0);
  EXPECT_EQ(testing::ReadText(dir_.Path("piped.xlsx")).substr(0, 2), "PK");
  ASSERT_EQ(testing::Run(Bin() + " review" + Db() + " --out '" + dir_.Path("review.html") + "' 2>/dev/null"), 0);
  std::string page = testing::ReadText(dir_.Path("review.html"));
  EXPECT_NE(page.find("female-exceeds-total"), std::string::npos);
  EXPECT_NE(page.find("Sơn Định"), std::string::npos);
  EXPECT_EQ(page.find("<script"), std::string::npos);
}

// The JSON Lines of one document of an export: its document line and records.
std::vector<std::string> DocumentBlock(const std::string& jsonl, const std::string& file) {
  std::vector<std::string> out;
  bool inside = false;
  for (const std::string& line : testing::Lines(jsonl)) {
    if (line.find("\"type\":\"document\"") != std::string::npos) {
      inside = line.find("\"file\":\"" + file + "\"") != std::string::npos;
    }
    if (inside) out.push_back(line);
  }
  return out;
}

std::string LineWith(const std::vector<std::string>& lines, const std::string& what) {
  for (const std::string& line : lines) {
    if (line.find(what) != std::string::npos) return line;
  }
  return "";
}

TEST_F(DeskCliTest, ExportsApplyTheCorrectionsAndAsExtractedPrintsTheStore) {
  IngestSamples();
  std::string stored;
  ASSERT_EQ(testing::Run(Bin() + " export" + Db() + " --as-extracted", &stored), 0);
  std::string corrected;
  ASSERT_EQ(testing::Run(Bin() + " export" + Db(), &corrected), 0);
  EXPECT_EQ(corrected, stored) << "nothing corrected yet";

  const std::string law = "Giáo dục pháp luật về phòng, chống tội phạm";
  const std::string health = "Chăm sóc sức khỏe phụ nữ và trẻ em";  // female-exceeds-total is about it
  std::string correct = Bin() + " correct" + Db() + " --by lan --record ";
  ASSERT_EQ(testing::Run(correct + std::to_string(RecordId("errors-table.docx", law)) +
                         " --set participants=320 --note 'Biểu số 01' >/dev/null"),
            0);
  ASSERT_EQ(testing::Run(correct + std::to_string(RecordId("errors-table.docx", health)) +
                         " --reject --note 'dòng trùng' >/dev/null"),
            0);

  ASSERT_EQ(testing::Run(Bin() + " export" + Db(), &corrected), 0);
  std::vector<std::string> block = DocumentBlock(corrected, "errors-table.docx");
  ASSERT_FALSE(block.empty()) << corrected;
  EXPECT_NE(LineWith(block, "\"label\":\"" + law + "\"").find("\"participants\":320,"), std::string::npos);
  EXPECT_EQ(LineWith(block, "\"label\":\"" + health + "\""), "");
  // Checks are not re-run: the one about the rejected row stays, about no
  // printed record.
  EXPECT_NE(LineWith(block, "female-exceeds-total").find("\"refs\":[]"), std::string::npos) << corrected;
  EXPECT_EQ(testing::Lines(corrected).size() + 1, testing::Lines(stored).size());

  std::string csv;
  ASSERT_EQ(testing::Run(Bin() + " export" + Db() + " --format csv", &csv), 0);
  EXPECT_NE(csv.find("\"" + law + "\",,4,320,158,"), std::string::npos) << csv;
  EXPECT_EQ(csv.find(",suc_khoe," + health + ","), std::string::npos);  // the check's message still names it

  // --as-extracted: the store as read, what `extract` printed.
  std::string again;
  ASSERT_EQ(testing::Run(Bin() + " export" + Db() + " --as-extracted", &again), 0);
  EXPECT_EQ(again, stored);
  ASSERT_EQ(testing::Run(Bin() + " export" + Db() + " --as-extracted --format csv", &csv), 0);
  EXPECT_NE(csv.find("\"" + law + "\",,4,312,158,"), std::string::npos);
  EXPECT_NE(csv.find(",suc_khoe," + health + ","), std::string::npos);
  EXPECT_EQ(testing::Run(Bin() + " export" + Db() + " --as-extracted --format xlsx --out '" + dir_.Path("x.xlsx") +
                         "' 2>/dev/null"),
            2);
  std::string help;
  ASSERT_EQ(testing::Run(Bin() + " export --help", &help), 0);
  EXPECT_NE(help.find("--as-extracted"), std::string::npos);
}

// `reextract` with new rules keeps what it replaced: the run diff and the
// review page show what it changed in a report that has no second version.
TEST_F(DeskCliTest, AReExtractionShowsInTheRunDiffAndTheReviewPage) {
  IngestSamples();  // run 1
  std::string no_women = NoWomenRules(dir_);
  ASSERT_EQ(testing::Run(Bin(no_women) + " reextract" + Db() + " >/dev/null 2>&1"), 0);  // run 2
  std::string jsonl;
  ASSERT_EQ(testing::Run(Bin() + " diff" + Db() + " --run 1 --run 2 --format jsonl", &jsonl), 0);
  std::string law = LineWith(testing::Lines(jsonl), "\"label\":\"Giáo dục pháp luật về phòng, chống tội phạm\"");
  EXPECT_NE(law.find("\"field\":\"female\",\"old\":158,\"new\":null"), std::string::npos) << jsonl;

  std::string id = Query(db_, "SELECT id FROM documents WHERE file = 'errors-table.docx'");
  ASSERT_EQ(Query(db_, "SELECT supersedes_id IS NULL FROM documents WHERE id = " + id), "1");
  ASSERT_EQ(testing::Run(Bin() + " review" + Db() + " --document " + id + " --out '" + dir_.Path("r.html") +
                         "' 2>/dev/null"),
            0);
  std::string page = testing::ReadText(dir_.Path("r.html"));
  EXPECT_NE(page.find("Changes since run 1 (re-extracted by run 2)"), std::string::npos);
  EXPECT_NE(page.find("<td>female</td>"), std::string::npos);
}

// A document's metadata corrected once: the export, the views, the roll-up
// and the XLSX export read the corrected value; an undo brings the
// extracted one back and keeps the history.
TEST_F(DeskCliTest, DocumentMetadataCorrectionsReachExportsViewsAndRollup) {
  IngestSamples();
  const std::string file = "errors-table.docx";
  std::string id = Query(db_, "SELECT id FROM documents WHERE file = '" + file + "' AND superseded_by IS NULL");
  ASSERT_NE(id, "");
  std::string extracted_commune = Query(db_, "SELECT commune FROM documents WHERE id = " + id);
  // A commune no sample names: whatever shows it comes from the correction.
  ASSERT_EQ(Query(db_, "SELECT COUNT(*) FROM v_rollup WHERE commune = 'Thử Nghiệm'"), "0");
  std::string correct = Bin() + " correct" + Db() + " --by lan --document " + id;
  std::string out;
  ASSERT_EQ(testing::Run(correct + " --set 'commune=Thử Nghiệm' --set issued=2024-12-20 --why 'bản giấy'", &out), 0);
  EXPECT_NE(out.find("document correction"), std::string::npos) << out;

  std::string jsonl;
  ASSERT_EQ(testing::Run(Bin() + " export" + Db(), &jsonl), 0);
  std::string line = DocumentBlock(jsonl, file).at(0);
  EXPECT_NE(line.find("\"issued\":\"2024-12-20\""), std::string::npos) << line;
  EXPECT_NE(line.find("\"commune\":\"Thử Nghiệm\""), std::string::npos) << line;
  ASSERT_EQ(testing::Run(Bin() + " export" + Db() + " --as-extracted", &jsonl), 0);
  EXPECT_EQ(DocumentBlock(jsonl, file).at(0).find("Thử Nghiệm"), std::string::npos);
  ASSERT_EQ(testing::Run(Bin() + " export" + Db() + " --format csv", &out), 0);
  EXPECT_NE(out.find(file + ","), std::string::npos);
  EXPECT_NE(out.find(",2024-12-20,Thử Nghiệm,"), std::string::npos) << out;

  // The views and the roll-up: the document's records now belong to Thử Nghiệm.
  EXPECT_EQ(Query(db_, "SELECT COUNT(*) > 0 FROM v_activities WHERE document_id = " + id + " AND commune = 'Thử Nghiệm'"),
            "1");
  EXPECT_EQ(Query(db_, "SELECT COUNT(*) FROM v_records WHERE document_id = " + id +
                           " AND document_commune IS NOT 'Thử Nghiệm'"),
            "0");
  EXPECT_EQ(Query(db_, "SELECT COUNT(*) > 0 FROM v_rollup WHERE commune = 'Thử Nghiệm'"), "1");
  std::string period = Query(db_, "SELECT period FROM v_rollup WHERE commune = 'Thử Nghiệm' AND status = 'actual'");
  ASSERT_NE(period, "");
  ASSERT_EQ(testing::Run(Bin() + " rollup" + Db() + " --period " + period, &out), 0);
  EXPECT_NE(out.find("Thử Nghiệm"), std::string::npos) << out;
  std::string xlsx = dir_.Path("meta.xlsx");
  ASSERT_EQ(testing::Run(Bin() + " export" + Db() + " --format xlsx --out '" + xlsx + "'"), 0);
  std::optional<std::string> strings = testing::ZipEntryText(xlsx, "xl/sharedStrings.xml");
  ASSERT_TRUE(strings.has_value());
  EXPECT_NE(strings->find("Thử Nghiệm"), std::string::npos);

  // Undo: the extracted commune is back; the history keeps all three rows.
  ASSERT_EQ(testing::Run(correct + " --undo commune >/dev/null"), 0);
  ASSERT_EQ(testing::Run(Bin() + " export" + Db(), &jsonl), 0);
  line = DocumentBlock(jsonl, file).at(0);
  EXPECT_EQ(line.find("Thử Nghiệm"), std::string::npos) << line;
  EXPECT_NE(line.find("\"issued\":\"2024-12-20\""), std::string::npos) << line;
  EXPECT_EQ(Query(db_, "SELECT COUNT(*) FROM v_rollup WHERE commune = 'Thử Nghiệm'"), "0");
  EXPECT_EQ(Query(db_, "SELECT group_concat(state, ' ') FROM (SELECT state FROM v_document_corrections ORDER BY id)"),
            "replaced active undone");
  ASSERT_EQ(testing::Run(Bin() + " correct" + Db() + " --list --history", &out), 0);
  EXPECT_NE(out.find("commune " + extracted_commune + " -> Thử Nghiệm"), std::string::npos) << out;
  EXPECT_NE(out.find("lan"), std::string::npos);
}

TEST_F(DeskCliTest, BadDocumentCorrectionsAreRefusedWithOneLine) {
  IngestSamples();
  std::string id = Query(db_, "SELECT MIN(id) FROM documents");
  std::string correct = Bin() + " correct" + Db() + " --by lan --document " + id;
  std::string err = dir_.Path("err.txt");
  auto refused = [&](const std::string& args, const std::string& says) {
    EXPECT_EQ(testing::Run(correct + " " + args + " 2>'" + err + "'"), 2) << args;
    std::string text = testing::ReadText(err);
    EXPECT_NE(text.find(says), std::string::npos) << args << ": " << text;
    EXPECT_EQ(testing::Lines(text).size(), 1u) << text;
  };
  refused("--set colour=red", "unknown document field 'colour'");
  refused("--set issued=2025-02-29", "issued=2025-02-29: a date that exists");
  refused("--set issued=20/12/2024", "a date that exists");
  refused("--set doc_type=bien_ban", "one of bao_cao");
  refused("--set doc_type=null", "always has a type");
  refused("--set 'ref=157 / BC-UBND'", "without spaces");
  refused("--undo commune", "no correction of commune to undo");
  refused("--set issued=2024-12-20 --set issued=2024-13-01", "issued=2024-13-01");
  EXPECT_EQ(Query(db_, "SELECT COUNT(*) FROM document_corrections"), "0") << "all or nothing";
  EXPECT_EQ(testing::Run(Bin() + " correct" + Db() + " --document 99999 --set issued=2024 2>/dev/null"), 1);
  EXPECT_EQ(testing::Run(correct + " --record 1 --set issued=2024 2>/dev/null"), 2);
}

TEST_F(DeskCliTest, CommandLineMistakesExitTwoAndAMissingDatabaseOne) {
  IngestSamples();
  EXPECT_EQ(testing::Run(Bin() + " diff" + Db() + " 2>/dev/null"), 2);
  EXPECT_EQ(testing::Run(Bin() + " diff" + Db() + " --run 1 2>/dev/null"), 2);
  EXPECT_EQ(testing::Run(Bin() + " review" + Db() + " 2>/dev/null"), 2);
  EXPECT_EQ(testing::Run(Bin() + " rollup" + Db() + " 2>/dev/null"), 2);
  EXPECT_EQ(testing::Run(Bin() + " correct" + Db() + " --record 1 --note x 2>/dev/null"), 2);
  EXPECT_EQ(testing::Run(Bin() + " correct" + Db() + " --record 1 --set topic=bong_da --note x 2>/dev/null"), 2);
  EXPECT_EQ(testing::Run(Bin() + " rollup --db '" + dir_.Path("none.db") + "' --period 2024 2>/dev/null"), 1);
  EXPECT_FALSE(fs::exists(dir_.Path("none.db")));
  for (const char* cmd : {" diff", " review", " correct", " rollup"}) {
    std::string help;
    EXPECT_EQ(testing::Run(Bin() + cmd + " --help", &help), 0) << cmd;
    EXPECT_NE(help.find("Usage"), std::string::npos) << cmd;
  }
}

}  // namespace
}  // namespace baocao
