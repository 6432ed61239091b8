// Fixtures for the tests of `baocao serve`'s handlers (desk/web/app.h): the
// review database (samples, a corrected version, hostile text), an inbox
// folder, and requests built the way server.cc builds them.
#ifndef BAOCAO_TESTS_DESK_WEB_FIXTURES_H_
#define BAOCAO_TESTS_DESK_WEB_FIXTURES_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "desk/web/app.h"
#include "desk/web/http.h"
#include "tests/desk/desk_fixtures.h"
#include "tests/desk/review_fixtures.h"
#include "tests/support/temp_dir.h"

namespace baocao::testing {

inline void WriteTextFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

inline web::WebRequest Get(const std::string& path_and_query) {
  web::WebRequest r;
  r.method = "GET";
  std::size_t q = path_and_query.find('?');
  r.path = path_and_query.substr(0, q);
  if (q != std::string::npos) r.query = web::ParseForm(path_and_query.substr(q + 1));
  r.headers["host"] = "127.0.0.1:8080";
  r.remote_addr = "127.0.0.1";
  return r;
}

inline web::WebRequest Post(const std::string& path, std::map<std::string, std::string> form) {
  web::WebRequest r = Get(path);
  r.method = "POST";
  r.form = std::move(form);
  return r;
}

// The CSRF token a page carries in <meta name="csrf-token" content="…">.
inline std::string CsrfOf(const std::string& html) {
  const std::string key = "name=\"csrf-token\" content=\"";
  std::size_t at = html.find(key);
  if (at == std::string::npos) return "";
  at += key.size();
  return html.substr(at, html.find('"', at) - at);
}

// The value of the cookie `name` set by a response, "" when none.
inline std::string SetCookie(const web::WebResponse& r, const std::string& name) {
  for (const auto& [k, v] : r.headers) {
    if (k == "Set-Cookie" && v.rfind(name + "=", 0) == 0) return v.substr(name.size() + 1, v.find(';') - name.size() - 1);
  }
  return "";
}

inline std::string SetCookieLine(const web::WebResponse& r, const std::string& name) {
  for (const auto& [k, v] : r.headers) {
    if (k == "Set-Cookie" && v.rfind(name + "=", 0) == 0) return v;
  }
  return "";
}

// A database with the review fixture's documents, an inbox folder, and the
// app over them (no accounts unless a test asks for them).
class WebTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.ok());
    fixture_ = std::make_unique<ReviewDatabase>(dir_.Path("t.db"));
    std::filesystem::create_directories(dir_.Path("inbox/archive"));
    std::filesystem::create_directories(dir_.Path("inbox/quarantine"));
  }

  std::unique_ptr<web::DeskApp> MakeApp(bool accounts = false) {
    web::DeskOptions o;
    o.db_path = dir_.Path("t.db");
    o.inbox = dir_.Path("inbox");
    o.require_login = accounts;
    o.local_user = "may-ban";
    o.max_upload_bytes = 1 << 20;
    o.allowed_hosts = {"127.0.0.1:8080"};
    Result<std::unique_ptr<web::DeskApp>> app = web::DeskApp::Create(o, &Rules());
    EXPECT_TRUE(app.ok()) << app.status().reason();
    return app.ok() ? std::move(app).value() : nullptr;
  }

  Database* db() { return fixture_->db.get(); }

  TempDir dir_;
  std::unique_ptr<ReviewDatabase> fixture_;
};

}  // namespace baocao::testing

#endif  // BAOCAO_TESTS_DESK_WEB_FIXTURES_H_
