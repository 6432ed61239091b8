// The documents page's counts and filters and the run-against-run diff
// page, as the handlers answer them (desk/web/documents_page.cc,
// diff_rollup_pages.cc) over the review fixture: errors-table.docx (run 1),
// its corrected version errors-table-sua.docx (run 2, one correction) and a
// document full of hostile text (run 3: one figure, one check).
#include <gtest/gtest.h>

#include "desk/corrections.h"
#include "tests/desk/web_fixtures.h"

namespace baocao::testing {
namespace {

using web::WebResponse;

// The table row of the page that holds `needle` ("" when none).
std::string RowOf(const std::string& html, const std::string& needle) {
  std::size_t at = html.find(needle);
  if (at == std::string::npos) return "";
  std::size_t start = html.rfind("<tr", at);
  return html.substr(start, html.find("</tr>", at) - start);
}

const std::string kHostileFile = "bao-cao-&lt;script&gt;";  // how the hostile file's name starts, escaped

class ListingTest : public WebTest {
 protected:
  // The hostile document's one figure accepted: nothing left to review there.
  void AcceptHostileFigure() {
    CorrectionRequest accept;
    accept.record_id = std::stoll(QueryText(db(), "SELECT id FROM records WHERE type = 'activity' AND document_id = " +
                                                      std::to_string(fixture_->hostile)));
    accept.field = "participants";
    accept.value = "12";
    accept.note = "đúng";
    accept.author = "lan";
    ASSERT_TRUE(AddCorrection(db(), accept).ok());
  }

  std::string Count(const std::string& sql) { return QueryText(db(), sql); }
};

TEST_F(ListingTest, DocumentsPageCountsFiguresChecksCorrectionsAndWhatIsLeftToReview) {
  AcceptHostileFigure();
  auto app = MakeApp();
  WebResponse r = app->Handle(Get("/documents"));
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("<span class=\"count\">2</span>"), std::string::npos) << "two current documents";
  std::string hostile = RowOf(r.body, kHostileFile);
  ASSERT_FALSE(hostile.empty()) << r.body;
  EXPECT_NE(hostile.find("<td class=\"n\">1</td><td class=\"n\"><span class=\"badge warn\">1</span></td>"
                         "<td class=\"n\">1</td><td class=\"n\"><span class=\"ok\">✓</span></td>"),
            std::string::npos)
      << hostile;

  std::string doc = std::to_string(fixture_->second);
  std::string figures = Count("SELECT COUNT(*) FROM records WHERE type <> 'check' AND document_id = " + doc);
  std::string checks = Count("SELECT COUNT(*) FROM records WHERE type = 'check' AND document_id = " + doc);
  ASSERT_GT(std::stoi(figures), 1);
  std::string sua = RowOf(r.body, ">errors-table-sua.docx</a>");
  ASSERT_FALSE(sua.empty()) << r.body;
  std::string expected_checks =
      checks == "0" ? "0" : "<span class=\"badge warn\">" + checks + "</span>";
  EXPECT_NE(sua.find("<td class=\"n\">" + figures + "</td><td class=\"n\">" + expected_checks +
                     "</td><td class=\"n\">1</td><td class=\"n\"><strong>" + std::to_string(std::stoi(figures) - 1) +
                     "</strong></td>"),
            std::string::npos)
      << sua;
}

TEST_F(ListingTest, DocumentsPageFiltersByCommuneToReviewAndSearchAndReachesSupersededVersions) {
  AcceptHostileFigure();
  auto app = MakeApp();
  std::string commune = QueryText(db(), "SELECT commune FROM documents WHERE id = " + std::to_string(fixture_->second));
  ASSERT_FALSE(commune.empty());
  // The commune filter: the errors table's commune, not the hostile report (none).
  WebResponse list = app->Handle(Get("/documents?commune=" + web::UrlEncode(commune)));
  EXPECT_NE(list.body.find(">errors-table-sua.docx<"), std::string::npos);
  EXPECT_EQ(list.body.find(kHostileFile), std::string::npos);
  EXPECT_NE(list.body.find("<option value=\"" + commune + "\" selected>"), std::string::npos) << "the choice is kept";
  WebResponse nowhere = app->Handle(Get("/documents?commune=Kh%C3%B4ng%20C%C3%B3"));
  EXPECT_NE(nowhere.body.find("Không có văn bản nào phù hợp"), std::string::npos);
  EXPECT_EQ(nowhere.body.find(">errors-table-sua.docx<"), std::string::npos);

  // "To review": the hostile report's only figure is accepted, so it drops out.
  WebResponse review = app->Handle(Get("/documents?review=1"));
  EXPECT_NE(review.body.find(">errors-table-sua.docx<"), std::string::npos);
  EXPECT_EQ(review.body.find(kHostileFile), std::string::npos);
  EXPECT_NE(app->Handle(Get("/documents")).body.find(kHostileFile), std::string::npos);

  // Search by the issuer's words, accents and case folded.
  WebResponse search = app->Handle(Get("/documents?q=ubnd%20XA%20%3Cscript"));
  EXPECT_NE(search.body.find(kHostileFile), std::string::npos);
  EXPECT_EQ(search.body.find(">errors-table-sua.docx<"), std::string::npos);

  // The superseded version: listed with all=1, linked, and its page opens
  // pointing at the version that replaced it.
  std::string first = "/documents/" + std::to_string(fixture_->first);
  EXPECT_EQ(app->Handle(Get("/documents")).body.find("href=\"" + first + "\""), std::string::npos);
  WebResponse all = app->Handle(Get("/documents?all=1&commune=" + web::UrlEncode(commune)));
  std::string old_row = RowOf(all.body, ">errors-table.docx</a>");
  EXPECT_NE(old_row.find("href=\"" + first + "\""), std::string::npos) << all.body;
  EXPECT_NE(old_row.find("v1"), std::string::npos);
  WebResponse old_page = app->Handle(Get(first));
  ASSERT_EQ(old_page.status, 200);
  EXPECT_NE(old_page.body.find("href=\"/documents/" + std::to_string(fixture_->second) + "\">đã có bản thay thế"),
            std::string::npos);
}

TEST_F(WebTest, DiffPageComparesOneRunWithAnother) {
  auto app = MakeApp();
  // Run 2 loaded the corrected version: 143 became 153.
  WebResponse d = app->Handle(Get("/diff?a=1&b=2"));
  ASSERT_EQ(d.status, 200) << d.body;
  EXPECT_NE(d.body.find("run 1 → run 2"), std::string::npos) << d.body;
  // As value cells: the run picker prints times, whose digits may hold "143".
  EXPECT_NE(d.body.find("<td class=\"n\">143</td>"), std::string::npos) << d.body;
  EXPECT_NE(d.body.find("<td class=\"n\">153</td>"), std::string::npos) << d.body;
  EXPECT_NE(d.body.find("<option value=\"1\" selected>"), std::string::npos);
  EXPECT_EQ(d.body.find("Không có thay đổi."), std::string::npos);
  // Run 3 added the hostile report: shown escaped.
  WebResponse added = app->Handle(Get("/diff?a=2&b=3"));
  ASSERT_EQ(added.status, 200);
  EXPECT_NE(added.body.find(kHostileFile), std::string::npos);
  EXPECT_EQ(added.body.find("<script>alert"), std::string::npos);
  EXPECT_EQ(added.body.find("<td class=\"n\">143</td>"), std::string::npos)
      << "run 2 to 3 did not touch the errors table\n" << added.body;
  // A run against itself changes nothing; an unknown run is said so.
  EXPECT_NE(app->Handle(Get("/diff?a=2&b=2")).body.find("Không có thay đổi."), std::string::npos);
  WebResponse unknown = app->Handle(Get("/diff?a=1&b=99"));
  EXPECT_EQ(unknown.status, 200);
  EXPECT_NE(unknown.body.find("class=\"error\""), std::string::npos) << unknown.body;
}

}  // namespace
}  // namespace baocao::testing
