// The review page as HTML text: escaping, what it shows, and its size. The
// browser's view of it is browser_test.cc.
#include "desk/review_page.h"

#include <gtest/gtest.h>

#include <sstream>

#include "desk/diff_format.h"
#include "desk/html.h"
#include "desk/diff_sources.h"
#include "store/replace_extraction.h"
#include "store/stored_document.h"
#include "tests/desk/review_fixtures.h"

namespace baocao {
namespace {

std::string Page(Database* db, const ReviewOptions& options = {}) {
  std::ostringstream out;
  Status s = WriteReviewPage(db, options, out);
  EXPECT_TRUE(s.ok()) << s.reason();
  return out.str();
}

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(HtmlEscapeTest, MarkupAndBrokenBytesBecomeText) {
  EXPECT_EQ(html::Escape("<script>alert('x')</script>"), "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  EXPECT_EQ(html::Escape("a\"b&c"), "a&quot;b&amp;c");
  EXPECT_EQ(html::Escape("Hòa Bình"), "Hòa Bình");
  // Invalid UTF-8 (a lone continuation byte, an overlong "<", a surrogate, a
  // truncated sequence) and NUL become U+FFFD.
  EXPECT_EQ(html::Escape("\x80"), "\xEF\xBF\xBD");
  EXPECT_EQ(html::Escape("\xC0\xBC"), "\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(html::Escape("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(html::Escape("x\xE1\xBB"), "x\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(html::Escape(std::string("a\0b", 3)), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(html::Number(1621), "1.621");
  EXPECT_EQ(html::Number(30800000), "30.800.000");
  EXPECT_EQ(html::Number(std::nullopt), "—");
}

class ReviewPageTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(dir_.ok()); }
  testing::TempDir dir_;
};

TEST_F(ReviewPageTest, HostileTextIsShownNeverRun) {
  testing::ReviewDatabase fixture(dir_.Path("t.db"));
  std::string page = Page(fixture.db.get());
  // The page has no script and no element from a document: only escaped text.
  EXPECT_EQ(Count(page, "<script"), 0u);
  EXPECT_EQ(Count(page, "<img"), 0u);
  EXPECT_EQ(Count(page, "onerror=alert"), Count(page, "&lt;img src=x onerror=alert(1)&gt;"));
  EXPECT_GE(Count(page, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), 5u);  // file, title, issuer, label, source…
  EXPECT_EQ(Count(page, "\xff"), 0u);  // the label's broken bytes
  EXPECT_EQ(Count(page, "read only in part</b> page 2 could not be read &lt;script&gt;"), 1u);  // its warning
  // Nothing is fetched: no URL scheme, no external reference.
  EXPECT_EQ(Count(page, "http://"), 0u);
  EXPECT_EQ(Count(page, "https://"), 0u);
  EXPECT_EQ(Count(page, "src="), Count(page, "src=x"));  // only inside escaped text
  EXPECT_NE(page.find("default-src 'none'"), std::string::npos);
}

TEST_F(ReviewPageTest, FiguresSourcesChecksCorrectionsAndTheDiff) {
  testing::ReviewDatabase fixture(dir_.Path("t.db"));
  std::string page = Page(fixture.db.get());
  // The superseded first version is not a document of its own.
  EXPECT_EQ(Count(page, "<section id=\"d" + std::to_string(fixture.first) + "\""), 0u);
  EXPECT_EQ(Count(page, "<section id=\"d" + std::to_string(fixture.second) + "\""), 1u);
  // Figures, with provenance (the row as the table printed it).
  EXPECT_NE(page.find("Chăm sóc sức khỏe phụ nữ và trẻ em"), std::string::npos);
  EXPECT_NE(page.find("3 | Chăm sóc sức khỏe phụ nữ và trẻ em | 2 | 153 | 151"), std::string::npos);
  EXPECT_NE(page.find("block 10, row 4"), std::string::npos);
  // The check, highlighted, and the rows it is about marked.
  EXPECT_NE(page.find("<div class=\"check error\"><b>sum-mismatch</b>"), std::string::npos);
  EXPECT_GE(Count(page, "<tr class=\"flag\""), 7u);
  // The correction: extracted struck through, corrected beside it, who and why.
  EXPECT_NE(page.find("<del>1.438</del>1.466"), std::string::npos);
  EXPECT_NE(page.find("lan, "), std::string::npos);
  // The changes since the previous version.
  EXPECT_NE(page.find("Changes since the previous version (document " + std::to_string(fixture.first) + ")"),
            std::string::npos);
  EXPECT_NE(page.find("<tr class=\"changed\"><td>changed</td>"), std::string::npos);
  EXPECT_NE(page.find("resolved check <b>female-exceeds-total</b>"), std::string::npos);
}

// A report with no second version whose records a re-extraction (new
// rules) changed shows what changed since the run that had written them.
TEST_F(ReviewPageTest, AReExtractedReportShowsTheChangesSinceTheRunBefore) {
  testing::ReviewDatabase fixture(dir_.Path("t.db"));
  Result<StoredDocument> before = LoadStoredDocument(fixture.db.get(), fixture.hostile);
  ASSERT_TRUE(before.ok());
  std::int64_t loaded_by = *before.value().info.run_id;
  Extraction after = before.value().extraction;
  after.records[0].participants = 14;  // what the new rules read
  after.rules_version = "test-2";
  std::int64_t run = fixture.db->BeginRun("test-2").value();
  ASSERT_TRUE(ReplaceExtraction(fixture.db.get(), run, before.value(), after).ok());

  ReviewOptions one;
  one.document = fixture.hostile;
  std::string page = Page(fixture.db.get(), one);
  EXPECT_NE(page.find("Changes since run " + std::to_string(loaded_by) + " (re-extracted by run " +
                      std::to_string(run) + ")"),
            std::string::npos)
      << page;
  EXPECT_NE(page.find("<tr class=\"changed\"><td>changed</td>"), std::string::npos);
  EXPECT_EQ(Count(page, "<script"), 0u);  // the changed row's hostile label stays text
  // Reports no re-extraction changed have no such section.
  EXPECT_EQ(Count(Page(fixture.db.get()), "Changes since run "), 1u);
}

TEST_F(ReviewPageTest, OneDocumentOrAllVersions) {
  testing::ReviewDatabase fixture(dir_.Path("t.db"));
  ReviewOptions one;
  one.document = fixture.hostile;
  std::string page = Page(fixture.db.get(), one);
  EXPECT_EQ(Count(page, "<section id="), 1u);
  ReviewOptions all;
  all.all_versions = true;
  EXPECT_EQ(Count(Page(fixture.db.get(), all), "<section id="), 3u);
  ReviewOptions missing;
  missing.document = 999;
  std::ostringstream out;
  EXPECT_EQ(WriteReviewPage(fixture.db.get(), missing, out).code(), Status::Code::kNotFound);
}

// 100 documents (the samples over and over, each a report of its own
// commune) must stay under 2 MB, so the page opens on an old office PC.
TEST_F(ReviewPageTest, HundredDocumentsStayUnderTwoMegabytes) {
  std::unique_ptr<Database> db = Database::Open(dir_.Path("t.db")).value();
  std::vector<Processed> samples;
  for (const auto& path : testing::SampleFiles()) {
    Result<Processed> p = ProcessBytes(testing::ReadText(path.string()), path.filename().string(), testing::Rules());
    ASSERT_TRUE(p.ok()) << path;
    samples.push_back(std::move(p).value());
  }
  ASSERT_FALSE(samples.empty());
  std::int64_t run = db->BeginRun("test").value();
  std::size_t records = 0;
  for (int i = 0; i < 100; ++i) {
    Extraction e = samples[static_cast<std::size_t>(i) % samples.size()].extraction;
    std::string n = std::to_string(i);
    e.document.sha256 += n;
    e.document.file = n + "-" + e.document.file;
    e.document.issuer = "UBND xã Thử Nghiệm " + n;  // a report of its own, not a version of another
    e.document.commune = "Thử Nghiệm " + n;
    records += e.records.size();
    ASSERT_TRUE(db->AddDocument(run, e, "{}").ok());
  }
  std::string page = Page(db.get());
  EXPECT_EQ(Count(page, "<section id="), 100u);
  EXPECT_LT(page.size(), 2u * 1024 * 1024);
  std::printf("review page: 100 documents, %zu records, %zu bytes (%.0f KiB)\n", records, page.size(),
              static_cast<double>(page.size()) / 1024.0);
  RecordProperty("page_bytes", static_cast<int>(page.size()));
}

TEST(DiffFormatTest, EmptyDiffPrintsNoJsonLinesAndSaysSo) {
  Diff empty;
  empty.old_label = "run 1";
  empty.new_label = "run 2";
  empty.documents_compared = 15;
  std::ostringstream jsonl;
  WriteDiffJsonl(jsonl, empty);
  EXPECT_EQ(jsonl.str(), "");
  std::ostringstream table;
  WriteDiffTable(table, empty, /*colour=*/false);
  EXPECT_EQ(table.str(), "run 1 → run 2: 0 of 15 documents changed\n");
}

TEST(DiffFormatTest, OneJsonLinePerChangeAndColourOnlyWhenAsked) {
  Diff diff;
  diff.documents_compared = 1;
  DocumentDiff d;
  d.old_id = 1;
  d.new_id = 2;
  d.new_file = "x.docx";
  FigureChange c;
  c.key.type = "activity";
  c.key.label = std::string("Lớp ") + testing::kHostile;
  c.field = "participants";
  c.old_value = "143";
  c.new_value = "153";
  c.old_source = Source{std::nullopt, 10, 4, "a | 143", std::nullopt, std::nullopt};
  c.new_source = Source{std::nullopt, 10, 4, "a | 153", std::nullopt, std::nullopt};
  d.figures.push_back(c);
  CheckChange check;
  check.kind = CheckChange::Kind::kResolved;
  check.rule = "female-exceeds-total";
  d.checks.push_back(check);
  diff.documents.push_back(d);

  std::ostringstream jsonl;
  WriteDiffJsonl(jsonl, diff);
  std::vector<std::string> lines = testing::Lines(jsonl.str());
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].rfind("{\"change\":\"changed\",\"old_document\":1,\"new_document\":2,\"file\":\"x.docx\"", 0),
            0u)
      << lines[0];
  EXPECT_NE(lines[0].find("\"field\":\"participants\",\"old\":143,\"new\":153"), std::string::npos);
  EXPECT_NE(lines[1].find("\"change\":\"resolved_check\""), std::string::npos);

  std::ostringstream plain;
  WriteDiffTable(plain, diff, false);
  EXPECT_EQ(plain.str().find('\x1b'), std::string::npos);
  EXPECT_NE(plain.str().find("participants: 143 → 153"), std::string::npos);
  std::ostringstream coloured;
  WriteDiffTable(coloured, diff, true);
  EXPECT_NE(coloured.str().find("\x1b[33m"), std::string::npos);

  std::ostringstream html_page;
  WriteDiffHtmlPage(html_page, diff);
  EXPECT_EQ(html_page.str().find("<script"), std::string::npos);
}

}  // namespace
}  // namespace baocao
