// The security of `baocao serve` (issue: the server may be reached from the
// office network): CSRF on every change, accounts off loopback (redirect to
// log in, HttpOnly SameSite=Strict session cookies, passwords through
// libsodium's Argon2id), roles (a viewer changes nothing, a clerk does not
// correct), log-in attempts rate-limited, the Host header checked on
// loopback, and corrections recording the account. Plus one request through
// the real HTTP server (cpp-httplib) on a loopback port.
#include <gtest/gtest.h>
#include <httplib.h>

#include <thread>

#include "desk/corrections.h"
#include "desk/web/auth.h"
#include "desk/web/server.h"
#include "store/accounts.h"
#include "tests/desk/web_fixtures.h"

namespace baocao::testing {
namespace {

using web::WebResponse;

class SecurityTest : public WebTest {
 protected:
  void SetUp() override {
    WebTest::SetUp();
    for (auto [name, role] : {std::pair{"lan", web::Role::kAnalyst}, std::pair{"hoa", web::Role::kClerk},
                              std::pair{"minh", web::Role::kViewer}}) {
      Result<std::int64_t> id = web::AddAccount(db(), name, role, std::string("mat-khau-") + name);
      ASSERT_TRUE(id.ok()) << id.status().reason();
    }
  }

  // Logs in through the form; returns the session cookie ("" on failure).
  std::string LogIn(web::DeskApp* app, const std::string& name, const std::string& password, int* status = nullptr) {
    WebResponse form = app->Handle(Get("/login"));
    std::string token = SetCookie(form, "baocao_login");
    web::WebRequest post = Post("/login", {{"csrf", token}, {"name", name}, {"password", password}, {"next", "/documents"}});
    post.headers["cookie"] = "baocao_login=" + token;
    WebResponse r = app->Handle(post);
    if (status != nullptr) *status = r.status;
    return SetCookie(r, "baocao_session");
  }

  web::WebRequest As(const std::string& session, web::WebRequest r) {
    r.headers["cookie"] = "baocao_session=" + session;
    return r;
  }
};

TEST_F(WebTest, AChangeWithoutTheCsrfTokenIsRefused) {
  auto app = MakeApp();
  std::int64_t rec = RecordIdByLabel(db(), fixture_->second, "Tổng cộng");
  std::map<std::string, std::string> form = {{"record", std::to_string(rec)}, {"action", "reject"}, {"note", "x"}};
  EXPECT_EQ(app->Handle(Post("/api/correct", form)).status, 403);
  form["csrf"] = std::string(64, 'a');
  EXPECT_EQ(app->Handle(Post("/api/correct", form)).status, 403);
  web::WebRequest up = Post("/inbox/upload", {});
  up.uploads.push_back({"files", "a.docx", "bytes"});
  EXPECT_EQ(app->Handle(up).status, 403);
  EXPECT_FALSE(std::filesystem::exists(dir_.Path("inbox/a.docx")));
  EXPECT_EQ(app->Handle(Post("/inbox/run", {})).status, 403);
  Result<std::vector<Correction>> list = ListCorrections(db(), fixture_->second, true);
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(list.value().size(), 1u) << "a change went through without a token";
  // The header form of the token works as the field does.
  web::WebRequest ok = Post("/api/correct", {{"record", std::to_string(rec)}, {"action", "reject"}, {"note", "x"}});
  ok.headers["x-csrf-token"] = CsrfOf(app->Handle(Get("/documents")).body);
  EXPECT_EQ(app->Handle(ok).status, 200);
}

TEST_F(WebTest, OnLoopbackAnotherHostNameIsRefused) {
  auto app = MakeApp();
  web::WebRequest r = Get("/documents");
  r.headers["host"] = "attacker.example:8080";  // DNS rebinding
  EXPECT_EQ(app->Handle(r).status, 421);
}

TEST_F(SecurityTest, WithoutALoginPagesRedirectAndTheApiRefuses) {
  auto app = MakeApp(/*accounts=*/true);
  WebResponse page = app->Handle(Get("/documents/3?x=1"));
  EXPECT_EQ(page.status, 303);
  EXPECT_EQ(page.HeaderValue("Location"), "/login?next=%2Fdocuments%2F3%3Fx%3D1");
  EXPECT_EQ(app->Handle(Get("/api/inbox")).status, 401);
  EXPECT_EQ(app->Handle(Post("/api/correct", {{"record", "1"}, {"action", "reject"}, {"note", "x"}})).status, 401);
  EXPECT_EQ(app->Handle(Get("/export.jsonl")).status, 303);
  EXPECT_EQ(app->Handle(Get("/documents/1/page/1.png")).status, 303);
  WebResponse login = app->Handle(Get("/login"));
  EXPECT_EQ(login.status, 200);
  EXPECT_NE(login.body.find("type=\"password\""), std::string::npos);
}

TEST_F(SecurityTest, SessionCookiesAreHttpOnlyAndStrictAndTheKdfIsArgon2) {
  auto app = MakeApp(true);
  WebResponse form = app->Handle(Get("/login"));
  std::string token = SetCookie(form, "baocao_login");
  web::WebRequest post = Post("/login", {{"csrf", token}, {"name", "lan"}, {"password", "mat-khau-lan"}, {"next", "//evil"}});
  post.headers["cookie"] = "baocao_login=" + token;
  WebResponse r = app->Handle(post);
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(r.HeaderValue("Location"), "/");  // never another site
  std::string line = SetCookieLine(r, "baocao_session");
  EXPECT_NE(line.find("HttpOnly"), std::string::npos);
  EXPECT_NE(line.find("SameSite=Strict"), std::string::npos);
  Result<std::optional<UserRow>> u = FindUser(db(), "lan");
  ASSERT_TRUE(u.ok() && u.value());
  EXPECT_EQ(u.value()->password_hash.rfind("$argon2id$", 0), 0u);
  EXPECT_EQ(u.value()->password_hash.find("mat-khau"), std::string::npos);
  // The database keeps a hash of the token, not the token.
  EXPECT_EQ(QueryText(db(), "SELECT COUNT(*) FROM sessions WHERE token_hash = '" + SetCookie(r, "baocao_session") + "'"),
            "0");
  // Log-in without the form's token is refused.
  web::WebRequest forged = Post("/login", {{"name", "lan"}, {"password", "mat-khau-lan"}});
  EXPECT_EQ(app->Handle(forged).status, 403);
}

TEST_F(SecurityTest, CorrectionsRecordTheAccountAndRolesLimitWhatItMayDo) {
  auto app = MakeApp(true);
  std::int64_t rec = RecordIdByLabel(db(), fixture_->first, "Chăm sóc sức khỏe phụ nữ và trẻ em");
  auto correct = [&](const std::string& session) {
    std::string csrf = CsrfOf(app->Handle(As(session, Get("/documents"))).body);
    return app->Handle(As(session, Post("/api/correct", {{"csrf", csrf}, {"record", std::to_string(rec)},
                                                         {"action", "set"}, {"field", "participants"},
                                                         {"value", "150"}, {"note", "biểu 01"}})));
  };
  std::string viewer = LogIn(app.get(), "minh", "mat-khau-minh");
  std::string clerk = LogIn(app.get(), "hoa", "mat-khau-hoa");
  std::string analyst = LogIn(app.get(), "lan", "mat-khau-lan");
  ASSERT_FALSE(viewer.empty());
  ASSERT_FALSE(clerk.empty());
  ASSERT_FALSE(analyst.empty());
  EXPECT_EQ(correct(viewer).status, 403);
  EXPECT_EQ(correct(clerk).status, 403);
  // A viewer cannot upload either; a clerk can.
  std::string vcsrf = CsrfOf(app->Handle(As(viewer, Get("/inbox"))).body);
  web::WebRequest up = As(viewer, Post("/inbox/upload", {{"csrf", vcsrf}}));
  up.uploads.push_back({"files", "v.docx", "bytes"});
  EXPECT_EQ(app->Handle(up).status, 403);
  std::string ccsrf = CsrfOf(app->Handle(As(clerk, Get("/inbox"))).body);
  web::WebRequest cup = As(clerk, Post("/inbox/upload", {{"csrf", ccsrf}}));
  cup.uploads.push_back({"files", "c.docx", "bytes"});
  EXPECT_EQ(app->Handle(cup).status, 303);
  // The viewer's pages offer no correction form.
  WebResponse vpage = app->Handle(As(viewer, Get("/documents/" + std::to_string(fixture_->first))));
  EXPECT_EQ(vpage.body.find("id=\"act\""), std::string::npos);
  EXPECT_NE(vpage.body.find("data-can-correct=\"0\""), std::string::npos);
  // One account's CSRF token does not work for another's session.
  std::string acsrf = CsrfOf(app->Handle(As(analyst, Get("/documents"))).body);
  EXPECT_NE(acsrf, ccsrf);
  WebResponse swapped = app->Handle(As(analyst, Post("/api/correct", {{"csrf", ccsrf}, {"record", std::to_string(rec)},
                                                                       {"action", "reject"}, {"note", "x"}})));
  EXPECT_EQ(swapped.status, 403);

  ASSERT_EQ(correct(analyst).status, 200);
  Result<std::vector<Correction>> list = ListCorrections(db(), fixture_->first, false);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list.value().size(), 1u);
  EXPECT_EQ(list.value()[0].author, "lan");
  // Logging out ends the session.
  EXPECT_EQ(app->Handle(As(analyst, Post("/logout", {{"csrf", acsrf}}))).status, 303);
  EXPECT_EQ(app->Handle(As(analyst, Get("/documents"))).status, 303);
}

TEST_F(SecurityTest, OnlyAnAnalystEditsADocumentsMetadata) {
  auto app = MakeApp(true);
  const std::string page = "/documents/" + std::to_string(fixture_->first);
  auto edit = [&](const std::string& session) {
    std::string csrf = CsrfOf(app->Handle(As(session, Get(page))).body);
    return app->Handle(As(session, Post(page + "/metadata", {{"csrf", csrf}, {"issuer", "UBND xã Tân Lập"}})));
  };
  std::string viewer = LogIn(app.get(), "minh", "mat-khau-minh");
  std::string clerk = LogIn(app.get(), "hoa", "mat-khau-hoa");
  std::string analyst = LogIn(app.get(), "lan", "mat-khau-lan");
  ASSERT_FALSE(viewer.empty() || clerk.empty() || analyst.empty());
  WebResponse shown = app->Handle(As(viewer, Get(page)));
  EXPECT_EQ(shown.body.find("class=\"metaform\""), std::string::npos) << "a viewer is offered the form";
  EXPECT_NE(shown.body.find("class=\"meta\""), std::string::npos);
  EXPECT_EQ(edit(viewer).status, 403);
  EXPECT_EQ(edit(clerk).status, 403);
  EXPECT_EQ(QueryText(db(), "SELECT COUNT(*) FROM document_corrections"), "0");
  EXPECT_NE(app->Handle(As(analyst, Get(page))).body.find("class=\"metaform\""), std::string::npos);
  ASSERT_EQ(edit(analyst).status, 303);
  EXPECT_EQ(QueryText(db(), "SELECT author || ' ' || corrected_value FROM document_corrections"), "lan UBND xã Tân Lập");
}

TEST_F(SecurityTest, LogInAttemptsAreRateLimited) {
  auto app = MakeApp(true);
  int status = 0;
  for (int i = 0; i < 5; ++i) {
    EXPECT_TRUE(LogIn(app.get(), "lan", "sai-mat-khau", &status).empty());
    EXPECT_EQ(status, 401);
  }
  // The right password no longer helps for a while.
  EXPECT_TRUE(LogIn(app.get(), "lan", "mat-khau-lan", &status).empty());
  EXPECT_EQ(status, 429);
  EXPECT_TRUE(LogIn(app.get(), "hoa", "mat-khau-hoa", &status).empty()) << "the same address is limited too";
}

TEST_F(SecurityTest, AccountsNeedAGoodNameAndPassword) {
  EXPECT_FALSE(web::AddAccount(db(), "lan", web::Role::kViewer, "mot-mat-khau").ok());  // taken
  EXPECT_FALSE(web::AddAccount(db(), "tu", web::Role::kViewer, "ngan").ok());           // too short
  EXPECT_FALSE(web::AddAccount(db(), "<b>", web::Role::kViewer, "mot-mat-khau").ok());
  EXPECT_FALSE(web::AddAccount(db(), "", web::Role::kViewer, "mot-mat-khau").ok());
}

TEST_F(SecurityTest, TheRealServerAnswersOnLoopbackWithTheSameRules) {
  web::DeskOptions o;
  o.db_path = dir_.Path("t.db");
  o.inbox = dir_.Path("inbox");
  o.require_login = true;
  Result<std::unique_ptr<web::DeskApp>> app = web::DeskApp::Create(o, &Rules());
  ASSERT_TRUE(app.ok());
  Result<std::unique_ptr<web::DeskServer>> server = web::DeskServer::Bind(app.value().get(), "127.0.0.1", 0);
  ASSERT_TRUE(server.ok()) << server.status().reason();
  std::thread t([&] { server.value()->Run(); });
  httplib::Client client("127.0.0.1", server.value()->port());
  client.set_connection_timeout(10);
  auto page = client.Get("/documents");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 303);
  EXPECT_EQ(page->get_header_value("Location").rfind("/login?next=", 0), 0u);
  EXPECT_NE(page->get_header_value("Content-Security-Policy").find("default-src 'none'"), std::string::npos);
  auto login = client.Get("/login");
  ASSERT_TRUE(login);
  EXPECT_EQ(login->status, 200);
  auto post = client.Post("/api/correct", "record=1&action=reject&note=x", "application/x-www-form-urlencoded");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 401);
  server.value()->Stop();
  t.join();
  EXPECT_TRUE(web::IsLoopback("127.0.0.1"));
  EXPECT_TRUE(web::IsLoopback("::1"));
  EXPECT_FALSE(web::IsLoopback("0.0.0.0"));
  EXPECT_FALSE(web::IsLoopback("192.168.1.10"));
}

}  // namespace
}  // namespace baocao::testing
