// `baocao serve`'s pages and JSON endpoints, called as functions (no
// socket): what each page shows, corrections stored exactly as
// `baocao correct` stores them and seen by the export at once, the inbox's
// upload / try again, evidence, and errors as clear messages.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include <nlohmann/json.hpp>

#include "desk/corrections.h"
#include "desk/export.h"
#include "desk/web/i18n.h"
#include "desk/web/inbox_folder.h"
#include "tests/desk/web_fixtures.h"

namespace baocao::testing {
namespace {

namespace fs = std::filesystem;
using web::WebResponse;

// Activities labelled `label` in JSON Lines.
int ActivityCount(const std::string& jsonl, const std::string& label) {
  int n = 0;
  std::istringstream in(jsonl);
  std::string line;
  while (std::getline(in, line)) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_discarded() && j.value("type", "") == "activity" && j.value("label", "") == label) ++n;
  }
  return n;
}

TEST_F(WebTest, DocumentsPageListsCurrentVersionsWithCountsAndFilters) {
  auto app = MakeApp();
  WebResponse r = app->Handle(Get("/documents"));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("errors-table-sua.docx"), std::string::npos);
  EXPECT_EQ(r.body.find(">errors-table.docx<"), std::string::npos) << "the superseded version is listed as current";
  EXPECT_NE(r.body.find("lang=\"vi\""), std::string::npos);
  EXPECT_NE(r.body.find("Văn bản"), std::string::npos);
  WebResponse all = app->Handle(Get("/documents?all=1"));
  EXPECT_NE(all.body.find(">errors-table.docx<"), std::string::npos) << "superseded versions are not reachable";
  EXPECT_NE(all.body.find("class=\"superseded\""), std::string::npos);
  // Search folds accents and case; a filter that matches nothing says so.
  WebResponse found = app->Handle(Get("/documents?q=SUA"));
  EXPECT_NE(found.body.find("errors-table-sua.docx"), std::string::npos);
  WebResponse none = app->Handle(Get("/documents?q=kh%C3%B4ng-c%C3%B3-g%C3%AC"));
  EXPECT_NE(none.body.find("Không có văn bản nào phù hợp"), std::string::npos);
}

TEST_F(WebTest, EveryPageCarriesTheSecurityHeadersAndNoInlineScript) {
  auto app = MakeApp();
  for (const std::string& path : std::vector<std::string>{"/inbox", "/documents", "/documents/" + std::to_string(fixture_->second), "/diff",
                                  "/rollup?period=2024"}) {
    WebResponse r = app->Handle(Get(path));
    ASSERT_EQ(r.status, 200) << path << ": " << r.body;
    std::string csp = r.HeaderValue("Content-Security-Policy");
    EXPECT_NE(csp.find("script-src 'self'"), std::string::npos) << path;
    EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << path;
    EXPECT_EQ(r.HeaderValue("X-Content-Type-Options"), "nosniff");
    // The only script is the file the CSP allows; no inline handler or style.
    std::size_t scripts = 0;
    for (std::size_t at = r.body.find("<script"); at != std::string::npos; at = r.body.find("<script", at + 1)) ++scripts;
    EXPECT_EQ(scripts, 1u) << path;
    EXPECT_NE(r.body.find("<script src=\"/assets/desk.js\" defer></script>"), std::string::npos);
    EXPECT_EQ(r.body.find("<img src=x"), std::string::npos) << path;  // the hostile text stays text
    EXPECT_EQ(r.body.find(" style=\""), std::string::npos) << path;
  }
  WebResponse js = app->Handle(Get("/assets/desk.js"));
  EXPECT_EQ(js.status, 200);
  EXPECT_NE(js.content_type.find("javascript"), std::string::npos);
  EXPECT_EQ(app->Handle(Get("/assets/strings.tsv")).status, 404);
  EXPECT_EQ(app->Handle(Get("/assets/../t.db")).status, 404);
}

TEST_F(WebTest, HostileTextShowsAsText) {
  auto app = MakeApp();
  WebResponse list = app->Handle(Get("/documents"));
  EXPECT_NE(list.body.find("bao-cao-&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), std::string::npos);
  EXPECT_EQ(list.body.find("<script>alert"), std::string::npos);
  WebResponse page = app->Handle(Get("/documents/" + std::to_string(fixture_->hostile)));
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(page.body.find("<script>alert"), std::string::npos);
  EXPECT_EQ(page.body.find("<img src=x"), std::string::npos);
  EXPECT_NE(page.body.find("Lớp &lt;script&gt;"), std::string::npos);
  EXPECT_NE(page.body.find("chủ đề &lt;script&gt;"), std::string::npos);  // the check's message
  // A partial read is said on the verification screen, as text.
  EXPECT_NE(page.body.find("Tệp chỉ đọc được một phần"), std::string::npos);
  EXPECT_NE(page.body.find("<li>page 2 could not be read &lt;script&gt;"), std::string::npos);
}

TEST_F(WebTest, VerificationScreenLinksChecksToTheirFiguresAndShowsCorrections) {
  auto app = MakeApp();
  WebResponse r = app->Handle(Get("/documents/" + std::to_string(fixture_->second)));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("sum-mismatch"), std::string::npos);
  std::int64_t total = RecordIdByLabel(db(), fixture_->second, "Tổng cộng");
  EXPECT_NE(r.body.find("data-goto=\"" + std::to_string(total) + "\""), std::string::npos)
      << "the check does not link to the total it names";
  EXPECT_NE(r.body.find("id=\"r" + std::to_string(total) + "\""), std::string::npos);
  // The fixture's correction of the total: extracted struck through, corrected shown, who and why.
  EXPECT_NE(r.body.find("<del>1.438</del> 1.466"), std::string::npos);
  EXPECT_NE(r.body.find("lan, "), std::string::npos);
  EXPECT_NE(r.body.find("data-field=\"participants\""), std::string::npos);
  EXPECT_EQ(app->Handle(Get("/documents/999999")).status, 404);
}

TEST_F(WebTest, CorrectionsAreStoredAsBaocaoCorrectStoresThemAndExportShowsThemAtOnce) {
  auto app = MakeApp();
  std::string csrf = CsrfOf(app->Handle(Get("/documents")).body);
  ASSERT_EQ(csrf.size(), 64u);
  std::int64_t doc = fixture_->second;
  std::int64_t rec = RecordIdByLabel(db(), doc, "Tổng cộng");
  // A typed number in the reports' style: 1.470 is one thousand four hundred and seventy.
  WebResponse set = app->Handle(Post("/api/correct", {{"csrf", csrf}, {"record", std::to_string(rec)},
                                                      {"action", "set"}, {"field", "participants"},
                                                      {"value", "1.470"}, {"note", "theo biểu số 01"}}));
  ASSERT_EQ(set.status, 200) << set.body;
  nlohmann::json answer = nlohmann::json::parse(set.body);
  EXPECT_GT(answer["correction"].get<std::int64_t>(), 0);
  EXPECT_NE(answer["row_html"].get<std::string>().find("1.470"), std::string::npos);

  Result<std::vector<Correction>> list = ListCorrections(db(), doc, false);
  ASSERT_TRUE(list.ok());
  ASSERT_FALSE(list.value().empty());
  const Correction& last = list.value().back();
  EXPECT_EQ(last.field, "participants");
  EXPECT_EQ(last.corrected, "1470");
  EXPECT_EQ(last.author, "may-ban");  // no accounts: the local user
  EXPECT_EQ(last.note, "theo biểu số 01");

  std::ostringstream out;
  ASSERT_TRUE(ExportJsonl(db(), out).ok());
  EXPECT_NE(out.str().find("1470"), std::string::npos);

  // Reject needs a reason; then the record leaves the export.
  std::int64_t other = RecordIdByLabel(db(), doc, "Chăm sóc sức khỏe phụ nữ và trẻ em");
  ASSERT_GT(other, 0);
  WebResponse no_reason = app->Handle(Post("/api/correct", {{"csrf", csrf}, {"record", std::to_string(other)},
                                                            {"action", "reject"}}));
  EXPECT_EQ(no_reason.status, 400);
  EXPECT_NE(no_reason.body.find("note"), std::string::npos) << no_reason.body;
  WebResponse reject = app->Handle(Post("/api/correct", {{"csrf", csrf}, {"record", std::to_string(other)},
                                                         {"action", "reject"}, {"note", "dòng trùng"}}));
  ASSERT_EQ(reject.status, 200) << reject.body;
  EXPECT_NE(nlohmann::json::parse(reject.body)["row_html"].get<std::string>().find("rejected"), std::string::npos);
  std::ostringstream after;
  ASSERT_TRUE(ExportJsonl(db(), after).ok());
  EXPECT_EQ(ActivityCount(after.str(), "Chăm sóc sức khỏe phụ nữ và trẻ em"), 0);
  EXPECT_EQ(ActivityCount(out.str(), "Chăm sóc sức khỏe phụ nữ và trẻ em"), 1);

  // Errors are one clear line.
  WebResponse bad = app->Handle(Post("/api/correct", {{"csrf", csrf}, {"record", std::to_string(rec)},
                                                      {"action", "set"}, {"field", "participants"},
                                                      {"value", "nhiều"}, {"note", "x"}}));
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.body.find('\n'), bad.body.size() - 1);
  EXPECT_EQ(app->Handle(Post("/api/correct", {{"csrf", csrf}, {"record", "99999999"}, {"action", "reject"},
                                              {"note", "x"}})).status,
            404);
}

TEST_F(WebTest, AcceptStoresTheExtractedValueAsTheAnalystsOwn) {
  auto app = MakeApp();
  std::string csrf = CsrfOf(app->Handle(Get("/documents")).body);
  std::int64_t rec = RecordIdByLabel(db(), fixture_->first, "Chăm sóc sức khỏe phụ nữ và trẻ em");
  WebResponse r = app->Handle(Post("/api/correct", {{"csrf", csrf}, {"record", std::to_string(rec)},
                                                    {"action", "accept"}, {"field", "participants"},
                                                    {"value", "143"}, {"note", "đã đối chiếu"}}));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(nlohmann::json::parse(r.body)["row_html"].get<std::string>().find("accepted"), std::string::npos);
  Result<std::vector<Correction>> list = ListCorrections(db(), fixture_->first, false);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list.value().size(), 1u);
  EXPECT_EQ(list.value()[0].state, "active");
  EXPECT_EQ(list.value()[0].corrected, list.value()[0].extracted);
}

TEST_F(WebTest, UploadLandsInTheInboxUnderASafeName) {
  auto app = MakeApp();
  std::string csrf = CsrfOf(app->Handle(Get("/inbox")).body);
  web::WebRequest up = Post("/inbox/upload", {{"csrf", csrf}});
  up.uploads.push_back({"files", "../../x", "PK fake docx bytes"});
  up.uploads.push_back({"files", "..\\..\\<script>bc.docx", "more bytes"});
  WebResponse r = app->Handle(up);
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_TRUE(fs::is_regular_file(dir_.Path("inbox/x")));
  EXPECT_TRUE(fs::is_regular_file(dir_.Path("inbox/_script_bc.docx")));
  EXPECT_FALSE(fs::exists(dir_.Path("x")));
  EXPECT_FALSE(fs::exists(fs::path(dir_.Path("")).parent_path() / "x"));
  // The same name again is made unique, never overwritten.
  web::WebRequest again = Post("/inbox/upload", {{"csrf", csrf}});
  again.uploads.push_back({"files", "x", "second"});
  ASSERT_EQ(app->Handle(again).status, 303);
  EXPECT_EQ(ReadText(dir_.Path("inbox/x")), "PK fake docx bytes");
  EXPECT_EQ(ReadText(dir_.Path("inbox/x (2)")), "second");
  // Too large: refused with a clear message, nothing written.
  web::WebRequest big = Post("/inbox/upload", {{"csrf", csrf}});
  big.uploads.push_back({"files", "big.pdf", std::string((1 << 20) + 1, 'a')});
  WebResponse refused = app->Handle(big);
  EXPECT_EQ(refused.status, 413);
  EXPECT_FALSE(fs::exists(dir_.Path("inbox/big.pdf")));
  // The page lists what is waiting.
  WebResponse page = app->Handle(Get("/inbox"));
  EXPECT_NE(page.body.find("_script_bc.docx"), std::string::npos);
  nlohmann::json live = nlohmann::json::parse(app->Handle(Get("/api/inbox")).body);
  EXPECT_EQ(live["waiting"].size(), 3u);
}

TEST(SafeFileNameTest, KeepsVietnameseAndRemovesWhatCouldEscapeOrHide) {
  EXPECT_EQ(web::SafeFileName("../../x"), "x");
  EXPECT_EQ(web::SafeFileName("C:\\Users\\lan\\Báo cáo năm 2024.docx"), "Báo cáo năm 2024.docx");
  EXPECT_EQ(web::SafeFileName(".bashrc"), "bashrc");
  EXPECT_EQ(web::SafeFileName("~$tam.docx"), "_tam.docx");
  EXPECT_EQ(web::SafeFileName("a\nb\r.pdf"), "a_b_.pdf");
  EXPECT_EQ(web::SafeFileName(""), "upload");
  EXPECT_EQ(web::SafeFileName(".."), "upload");
  EXPECT_EQ(web::SafeFileName("bao-cao.part"), "bao-cao.part_");
  std::string longname(400, 'a');
  EXPECT_EQ(web::SafeFileName(longname + ".docx").size(), 150u);
  EXPECT_TRUE(web::SafeFileName(longname + ".docx").ends_with(".docx"));
}

TEST_F(WebTest, TryAgainMovesAQuarantinedFileBack) {
  WriteTextFile(dir_.Path("inbox/quarantine/hong.pdf"), "%PDF-1.4 broken");
  WriteTextFile(dir_.Path("inbox/quarantine/hong.pdf.reason.txt"), "not a readable PDF: truncated\n");
  auto app = MakeApp();
  WebResponse page = app->Handle(Get("/inbox"));
  EXPECT_NE(page.body.find("not a readable PDF: truncated"), std::string::npos);
  std::string csrf = CsrfOf(page.body);
  WebResponse r = app->Handle(Post("/inbox/retry", {{"csrf", csrf}, {"name", "hong.pdf"}}));
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_TRUE(fs::is_regular_file(dir_.Path("inbox/hong.pdf")));
  EXPECT_FALSE(fs::exists(dir_.Path("inbox/quarantine/hong.pdf")));
  EXPECT_TRUE(fs::exists(dir_.Path("inbox/quarantine/retried/hong.pdf.reason.txt")));
  EXPECT_EQ(app->Handle(Post("/inbox/retry", {{"csrf", csrf}, {"name", "../t.db"}})).status, 400);
  EXPECT_EQ(app->Handle(Post("/inbox/retry", {{"csrf", csrf}, {"name", "nothing.pdf"}})).status, 404);
}

TEST_F(WebTest, EvidenceOfAPdfIsItsPageImageRenderedIntoTheCacheBesideTheDatabase) {
  std::int64_t id = LoadSample(db(), "errors-table.pdf");
  ASSERT_GT(id, 0);
  fs::copy_file(std::string(BAOCAO_SAMPLES) + "/errors-table.pdf", dir_.Path("inbox/archive/errors-table.pdf"));
  auto app = MakeApp();
  WebResponse page = app->Handle(Get("/documents/" + std::to_string(id)));
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("data-page=\"1\" data-box=\""), std::string::npos)
      << "no figure of the PDF has a region on its page";
  WebResponse meta = app->Handle(Get("/documents/" + std::to_string(id) + "/page/1.json"));
  ASSERT_EQ(meta.status, 200) << meta.body;
  nlohmann::json m = nlohmann::json::parse(meta.body);
  EXPECT_NEAR(m["w"].get<double>(), 595, 5);  // A4 in points
  EXPECT_NEAR(m["h"].get<double>(), 842, 5);
  WebResponse png = app->Handle(Get("/documents/" + std::to_string(id) + "/page/1.png"));
  ASSERT_EQ(png.status, 200) << png.body;
  EXPECT_EQ(png.content_type, "image/png");
  EXPECT_EQ(png.body.substr(1, 3), "PNG");
  // Cached beside the database, nowhere else.
  int cached = 0;
  for (const auto& e : fs::directory_iterator(dir_.Path("t.db.pages"))) cached += e.path().extension() == ".png";
  EXPECT_EQ(cached, 1);
  EXPECT_EQ(app->Handle(Get("/documents/" + std::to_string(id) + "/page/99.png")).status, 404);
}

TEST_F(WebTest, EvidenceOfADocxIsItsTableReRenderedWithTheRowMarked) {
  auto app = MakeApp();
  std::int64_t rec = RecordIdByLabel(db(), fixture_->second, "Tổng cộng");
  WebResponse r = app->Handle(Get("/documents/" + std::to_string(fixture_->second) + "/evidence/" + std::to_string(rec)));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("<table class=\"evt\">"), std::string::npos);
  std::size_t hit = r.body.find("<tr class=\"hit\">");
  ASSERT_NE(hit, std::string::npos);
  EXPECT_NE(r.body.substr(hit, r.body.find("</tr>", hit) - hit).find("Tổng cộng"), std::string::npos);
  // No page image for a DOCX.
  EXPECT_NE(app->Handle(Get("/documents/" + std::to_string(fixture_->second) + "/page/1.png")).status, 200);
}

TEST_F(WebTest, DiffAndRollupPagesAndDownloads) {
  auto app = MakeApp();
  WebResponse diff = app->Handle(Get("/diff?document=" + std::to_string(fixture_->second)));
  ASSERT_EQ(diff.status, 200) << diff.body;
  EXPECT_NE(diff.body.find("143"), std::string::npos);
  EXPECT_NE(diff.body.find("153"), std::string::npos);
  WebResponse rollup = app->Handle(Get("/rollup?period=2024"));
  ASSERT_EQ(rollup.status, 200) << rollup.body;
  EXPECT_NE(rollup.body.find("Tổng cộng"), std::string::npos);
  WebResponse csv = app->Handle(Get("/rollup.csv?period=2024"));
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.HeaderValue("Content-Disposition").find("rollup-2024.csv"), std::string::npos);
  EXPECT_EQ(csv.body.rfind("commune,", 0), 0u) << csv.body.substr(0, 80);
  WebResponse xlsx = app->Handle(Get("/rollup.xlsx?period=2024"));
  ASSERT_EQ(xlsx.status, 200) << xlsx.body;
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
  EXPECT_EQ(app->Handle(Get("/rollup.csv")).status, 400);  // no period: a clear refusal
  WebResponse jsonl = app->Handle(Get("/export.jsonl"));
  EXPECT_NE(jsonl.body.find("\"type\":\"document\""), std::string::npos);
}

TEST_F(WebTest, EnglishByTheSwitchAndVietnameseNumberStyle) {
  auto app = MakeApp();
  WebResponse sw = app->Handle(Get("/lang?to=en&back=%2Fdocuments"));
  EXPECT_EQ(sw.status, 303);
  EXPECT_EQ(sw.HeaderValue("Location"), "/documents");
  EXPECT_EQ(SetCookie(sw, "lang"), "en");
  EXPECT_EQ(app->Handle(Get("/lang?to=en&back=%2F%2Fevil.example")).HeaderValue("Location"), "/");
  web::WebRequest en = Get("/documents");
  en.headers["cookie"] = "lang=en";
  WebResponse page = app->Handle(en);
  EXPECT_NE(page.body.find("lang=\"en\""), std::string::npos);
  EXPECT_NE(page.body.find(">Documents<"), std::string::npos);
  for (const std::string& key : web::TranslationKeys()) EXPECT_TRUE(web::HasTranslation(key)) << key;
  EXPECT_EQ(web::FormatCount(1621), "1.621");
  EXPECT_EQ(web::FormatCount(-1234567), "-1.234.567");
  EXPECT_EQ(web::FormatDecimal(1234.75), "1.234,75");
  EXPECT_EQ(web::FormatDecimal(12.0), "12");
  EXPECT_EQ(web::FormatPeriod("2025-01/2025-06"), "01/2025–06/2025");
  EXPECT_EQ(web::FormatPeriod("2024-03-05"), "05/03/2024");
}

}  // namespace
}  // namespace baocao::testing
