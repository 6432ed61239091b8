// The document page's metadata form (desk/web/document_metadata.cc): an
// analyst's change is stored as a document correction with her name and
// shows everywhere the metadata is read; a change without the CSRF token,
// or a value of the wrong form, stores nothing; what was typed is shown as
// text.
#include <gtest/gtest.h>

#include "desk/document_corrections.h"
#include "tests/desk/web_fixtures.h"

namespace baocao::testing {
namespace {

using web::WebResponse;

std::string DocPath(std::int64_t id) { return "/documents/" + std::to_string(id); }

TEST_F(WebTest, TheMetadataFormStoresChangedFieldsWithTheAccountAndShowsThemAsText) {
  auto app = MakeApp();
  const std::int64_t id = fixture_->second;
  WebResponse page = app->Handle(Get(DocPath(id)));
  ASSERT_EQ(page.status, 200) << page.body;
  std::string csrf = CsrfOf(page.body);
  ASSERT_FALSE(csrf.empty());
  EXPECT_NE(page.body.find("action=\"" + DocPath(id) + "/metadata\""), std::string::npos);
  EXPECT_NE(page.body.find("name=\"csrf\" value=\"" + csrf + "\""), std::string::npos);

  const std::string title = "<script>alert(\"meta\")</script>";
  std::string commune = QueryText(db(), "SELECT commune FROM documents WHERE id = " + std::to_string(id));
  WebResponse saved = app->Handle(Post(DocPath(id) + "/metadata", {{"csrf", csrf},
                                                                   {"title", title},
                                                                   {"issued", " 2024-12-20 "},
                                                                   {"commune", commune},  // unchanged
                                                                   {"note", "bản giấy"}}));
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.HeaderValue("Location"), DocPath(id) + "#meta");
  Result<std::vector<DocumentCorrection>> list = ListDocumentCorrections(db(), id, false);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list.value().size(), 2u) << "only the changed fields are stored";
  EXPECT_EQ(list.value()[0].field, "issued");
  EXPECT_EQ(list.value()[0].corrected, "2024-12-20");
  EXPECT_EQ(list.value()[1].corrected, title);
  EXPECT_EQ(list.value()[1].author, "may-ban");
  EXPECT_EQ(list.value()[1].note, "bản giấy");

  page = app->Handle(Get(DocPath(id)));
  EXPECT_EQ(page.body.find("<script>alert(\"meta\")"), std::string::npos) << "a typed value ran as markup";
  EXPECT_NE(page.body.find("value=\"&lt;script&gt;alert(&quot;meta&quot;)&lt;/script&gt;\""), std::string::npos);
  EXPECT_NE(page.body.find("value=\"2024-12-20\""), std::string::npos);
  WebResponse jsonl = app->Handle(Get("/export.jsonl"));
  EXPECT_NE(jsonl.body.find("\"issued\":\"2024-12-20\""), std::string::npos);

  // Emptying a field makes it unknown.
  WebResponse cleared = app->Handle(Post(DocPath(id) + "/metadata", {{"csrf", csrf}, {"title", ""}}));
  ASSERT_EQ(cleared.status, 303);
  EXPECT_EQ(QueryText(db(), "SELECT title IS NULL FROM v_documents WHERE document_id = " + std::to_string(id)), "1");
}

TEST_F(WebTest, AMetadataChangeWithoutTheCsrfTokenOrOfTheWrongFormStoresNothing) {
  auto app = MakeApp();
  const std::string path = DocPath(fixture_->first) + "/metadata";
  EXPECT_EQ(app->Handle(Post(path, {{"commune", "Tân Lập"}})).status, 403);
  EXPECT_EQ(app->Handle(Post(path, {{"csrf", std::string(64, 'a')}, {"commune", "Tân Lập"}})).status, 403);
  std::string csrf = CsrfOf(app->Handle(Get("/documents")).body);
  WebResponse bad = app->Handle(Post(path, {{"csrf", csrf}, {"commune", "Tân Lập"}, {"issued", "2025-02-29"}}));
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(bad.body.find("issued=2025-02-29"), std::string::npos) << bad.body;
  EXPECT_EQ(app->Handle(Post(path, {{"csrf", csrf}, {"doc_type", "<b>x</b>"}})).status, 400);
  EXPECT_EQ(app->Handle(Post(DocPath(99999) + "/metadata", {{"csrf", csrf}, {"commune", "X"}})).status, 404);
  EXPECT_EQ(QueryText(db(), "SELECT COUNT(*) FROM document_corrections"), "0");
  // The list's commune filter follows a correction.
  ASSERT_EQ(app->Handle(Post(path, {{"csrf", csrf}, {"commune", "Tân Lập"}})).status, 303);
  WebResponse listed = app->Handle(Get("/documents?all=1&commune=T%C3%A2n%20L%E1%BA%ADp"));
  EXPECT_NE(listed.body.find(">errors-table.docx<"), std::string::npos) << listed.body;
  EXPECT_EQ(listed.body.find("errors-table-sua.docx"), std::string::npos);
}

}  // namespace
}  // namespace baocao::testing
