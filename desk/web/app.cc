#include "desk/web/app.h"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "desk/corrections.h"
#include "desk/export.h"
#include "desk/rollup.h"
#include "desk/rollup_format.h"
#include "desk/web/assets.h"
#include "desk/web/pages.h"
#include "desk/xlsx_export.h"
#include "store/stored_document.h"
#include "util/files.h"

#include <nlohmann/json.hpp>

namespace baocao::web {

namespace fs = std::filesystem;

// Who is asking, in what language, with which token.
struct DeskApp::Context {
  PageContext page;
  bool logged_in = false;
  std::string session_token;  // the cookie's, when logged in
};

namespace {

// Only this server's own files; no inline script or style anywhere.
constexpr const char* kCsp =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

constexpr const char* kSessionCookie = "baocao_session";
constexpr const char* kLoginCookie = "baocao_login";

std::string SessionCookie(const std::string& token, int max_age) {
  return std::string(kSessionCookie) + "=" + token + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
         std::to_string(max_age);
}

bool IsChange(const WebRequest& req) { return req.method == "POST"; }

// A path to return to after log-in or the language switch: only this
// server's own pages ("/x", never "//host" or "http:").
std::string SafeNext(const std::string& next) {
  if (next.empty() || next[0] != '/' || (next.size() > 1 && (next[1] == '/' || next[1] == '\\'))) return "/";
  if (next.find_first_of("\r\n") != std::string::npos) return "/";
  return next;
}

std::string Here(const WebRequest& req) {
  std::string q;
  for (const auto& [k, v] : req.query) q += std::string(q.empty() ? "?" : "&") + UrlEncode(k) + "=" + UrlEncode(v);
  return req.path + q;
}

std::string ReadWhole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::optional<std::int64_t> Id(const std::string& text) {
  if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  return std::stoll(text);
}

// "1.621" (the reports' grouping), "1 621", "12,5": the value as
// corrections.h takes it ("1621", "12.5"); "" stays "" and "null" stays.
std::string NormaliseTyped(const std::string& typed, const std::string& field) {
  if (typed == "null" || typed.empty()) return typed;
  std::string out;
  bool decimal_field = field == "value" || field == "of";
  for (char c : typed) {
    if (c == ' ' || c == '\t') continue;
    if (c == '.') {
      if (!decimal_field) continue;  // grouping dot of a count
      out += '.';
    } else if (c == ',') {
      out += '.';
    } else {
      out += c;
    }
  }
  // A decimal field typed with grouping dots and a decimal comma: "1.234,5".
  if (decimal_field && typed.find(',') != std::string::npos) {
    std::string fixed;
    for (char c : typed) {
      if (c == '.' || c == ' ') continue;
      fixed += c == ',' ? '.' : c;
    }
    out = fixed;
  }
  return out;
}

}  // namespace

DeskApp::DeskApp(DeskOptions options, std::unique_ptr<Database> db, const RuleSet* rules)
    : options_(std::move(options)),
      db_(std::move(db)),
      rules_(rules),
      local_csrf_(RandomToken()),
      pages_(options_.cache_dir, options_.page_width_px) {
  if (rules_ != nullptr && !options_.inbox.empty()) {
    IngestOptions o = options_.ingest;
    o.inbox = options_.inbox;
    runner_ = std::make_unique<PassRunner>(o, rules_, options_.db_path);
  }
}

DeskApp::~DeskApp() = default;

Result<std::unique_ptr<DeskApp>> DeskApp::Create(const DeskOptions& options, const RuleSet* rules) {
  if (!InitCrypto()) return Status::Internal("libsodium could not be initialised");
  std::error_code ec;
  if (!fs::exists(options.db_path, ec)) {
    return Status::NotFound("no database at " + options.db_path + " (load documents first: baocao ingest)");
  }
  Result<std::unique_ptr<Database>> db = Database::Open(options.db_path);
  if (!db.ok()) return db.status();
  DeskOptions o = options;
  if (o.cache_dir.empty()) o.cache_dir = o.db_path + ".pages";
  return std::unique_ptr<DeskApp>(new DeskApp(std::move(o), std::move(db).value(), rules));
}

WebResponse DeskApp::Handle(const WebRequest& req) {
  WebResponse res;
  Context ctx;
  ctx.page.lang = ParseLang(req.Cookie("lang").value_or("vi"));
  ctx.page.here = Here(req);
  bool host_ok = options_.allowed_hosts.empty();
  for (const std::string& h : options_.allowed_hosts) host_ok = host_ok || req.Header("host") == h;
  if (!host_ok) {
    res = WebResponse::Text(421, "this server answers only to " + options_.allowed_hosts.front());
  } else {
    res = Route(req, ctx);
  }
  res.headers.emplace_back("Content-Security-Policy", kCsp);
  res.headers.emplace_back("X-Content-Type-Options", "nosniff");
  res.headers.emplace_back("Referrer-Policy", "no-referrer");
  res.headers.emplace_back("X-Frame-Options", "DENY");
  if (res.HeaderValue("Cache-Control").empty()) res.headers.emplace_back("Cache-Control", "no-store");
  return res;
}

WebResponse DeskApp::Route(const WebRequest& req, Context& ctx) {
  const std::string& path = req.path;
  // Assets and the language switch need no session.
  if (req.method == "GET" && path.rfind("/assets/", 0) == 0) {
    std::string name = path.substr(8);
    std::string_view data = name == "strings.tsv" ? std::string_view() : FindAsset(name);
    if (data.empty()) return WebResponse::Text(404, "not found");
    WebResponse r;
    r.body = std::string(data);
    r.content_type = name.ends_with(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
    r.headers.emplace_back("Cache-Control", "no-cache");
    return r;
  }
  if (req.method == "GET" && path == "/favicon.ico") return WebResponse::Text(204, "");
  if (req.method == "GET" && path == "/lang") {
    WebResponse r = WebResponse::Redirect(SafeNext(req.Param("back")));
    r.headers.emplace_back("Set-Cookie", std::string("lang=") + LangCode(ParseLang(req.Param("to"))) +
                                             "; Path=/; SameSite=Strict; Max-Age=31536000");
    return r;
  }
  if (path == "/login") return HandleLogin(req, ctx);

  // Who is asking.
  {
    std::lock_guard<std::mutex> lock(db_mu_);
    if (options_.require_login) {
      std::optional<std::string> token = req.Cookie(kSessionCookie);
      if (token) {
        Result<std::optional<Session>> s = FindSessionByToken(db_.get(), *token);
        if (!s.ok()) return WebResponse::Text(500, s.status().reason());
        if (s.value()) {
          ctx.logged_in = true;
          ctx.session_token = *token;
          ctx.page.user = s.value()->user;
          ctx.page.role = s.value()->role;
          ctx.page.csrf = s.value()->csrf;
          ctx.page.accounts = true;
        }
      }
    } else {
      ctx.logged_in = true;
      ctx.page.user = options_.local_user;
      ctx.page.role = Role::kAnalyst;
      ctx.page.csrf = local_csrf_;
    }
  }
  if (!ctx.logged_in) {
    if (req.method == "GET" && path.rfind("/api/", 0) != 0) {
      return WebResponse::Redirect("/login?next=" + UrlEncode(SafeNext(ctx.page.here)));
    }
    return WebResponse::Text(401, "log in first");
  }
  if (IsChange(req)) {
    std::string token = req.Header("x-csrf-token");
    if (token.empty()) token = req.Param("csrf");
    if (!SameToken(token, ctx.page.csrf)) {
      return WebResponse::Text(403, "missing or wrong CSRF token: reload the page and try again");
    }
    if (path == "/logout") return HandleLogout(req, ctx);
    if (ctx.page.role == Role::kViewer) return WebResponse::Text(403, "a viewer account cannot change anything");
  }

  static const std::regex kDocument(R"(/documents/(\d{1,18}))");
  static const std::regex kPage(R"(/documents/(\d{1,18})/page/(\d{1,5})\.(png|json))");
  static const std::regex kEvidence(R"(/documents/(\d{1,18})/evidence/(\d{1,18}))");
  std::smatch m;
  if (req.method == "GET" || req.method == "HEAD") {
    if (path == "/") {
      return WebResponse::Redirect(ctx.page.role == Role::kClerk ? "/inbox" : "/documents");
    }
    if (std::regex_match(path, m, kPage)) {
      return HandlePageImage(req, ctx, std::stoll(m[1]), std::stoi(m[2]), m[3] == "json");
    }
    if (std::regex_match(path, m, kEvidence)) return HandleEvidence(ctx, std::stoll(m[1]), std::stoll(m[2]));
    if (path == "/api/inbox") return InboxJson(ctx);
    if (path == "/rollup.xlsx" || path == "/rollup.csv") return HandleRollupDownload(req, ctx, path == "/rollup.xlsx");
    if (path == "/export.xlsx") return HandleExportDownload(req, ctx, "xlsx");
    if (path == "/export.csv") return HandleExportDownload(req, ctx, "csv");
    if (path == "/export.jsonl") return HandleExportDownload(req, ctx, "jsonl");

    std::lock_guard<std::mutex> lock(db_mu_);
    Result<WebResponse> page = Status::NotFound("no such page: " + path);
    if (path == "/inbox") {
      InboxPageData data;
      data.has_inbox = !options_.inbox.empty();
      data.inbox = options_.inbox;
      data.can_run = runner_ != nullptr;
      data.max_upload_bytes = options_.max_upload_bytes;
      if (runner_) data.progress = runner_->Progress();
      if (!req.Param("notice").empty()) data.notice = ctx.page.T("notice." + req.Param("notice"));
      if (!req.Param("file").empty() && !data.notice.empty()) data.notice += ": " + req.Param("file");
      if (data.has_inbox) {
        Result<InboxListing> l = ListInbox(options_.inbox);
        if (l.ok()) {
          data.listing = std::move(l).value();
        } else {
          data.listing_error = l.status().reason();
        }
      }
      Result<std::string> html = InboxPage(db_.get(), ctx.page, data);
      page = html.ok() ? Result<WebResponse>(HtmlPage(html.value())) : Result<WebResponse>(html.status());
    } else if (path == "/documents") {
      page = DocumentsPage(db_.get(), ctx.page, req, options_.documents_per_page);
    } else if (std::regex_match(path, m, kDocument)) {
      page = DocumentPage(db_.get(), ctx.page, std::stoll(m[1]), !options_.inbox.empty());
    } else if (path == "/diff") {
      page = DiffPage(db_.get(), ctx.page, req);
    } else if (path == "/rollup") {
      page = RollupPage(db_.get(), ctx.page, req);
    }
    if (page.ok()) return page.value();
    int code = page.status().code() == Status::Code::kNotFound ? 404 : 500;
    return ErrorPage(ctx.page, code, page.status().reason());
  }
  if (req.method == "POST") {
    if (path == "/api/correct") return HandleCorrect(req, ctx);
    static const std::regex kMetadata(R"(/documents/(\d{1,18})/metadata)");
    if (std::regex_match(path, m, kMetadata)) return HandleMetadata(req, ctx, std::stoll(m[1]));
    if (path == "/inbox/upload") return HandleUpload(req, ctx);
    if (path == "/inbox/retry") return HandleRetry(req, ctx);
    if (path == "/inbox/run") return HandleRunPass(req, ctx);
  }
  return WebResponse::Text(404, "no such page: " + path);
}

WebResponse DeskApp::HandleLogin(const WebRequest& req, Context& ctx) {
  Lang lang = ctx.page.lang;
  std::string next = SafeNext(req.Param("next"));
  if (!options_.require_login) return WebResponse::Redirect(next);
  if (req.method != "POST") {
    // The log-in form's own CSRF token, tied to a cookie (double submit).
    std::string token = RandomToken();
    WebResponse r = HtmlPage(LoginPage(lang, token, next, ""));
    r.headers.emplace_back("Set-Cookie", std::string(kLoginCookie) + "=" + token +
                                             "; Path=/login; HttpOnly; SameSite=Strict; Max-Age=3600");
    return r;
  }
  std::optional<std::string> cookie = req.Cookie(kLoginCookie);
  if (!cookie || !SameToken(*cookie, req.Param("csrf"))) {
    return WebResponse::Text(403, "missing or wrong CSRF token: reload the log-in page and try again");
  }
  std::string name = req.Param("name");
  auto again = [&](const std::string& key, int status) {
    std::string token = RandomToken();
    WebResponse r = HtmlPage(LoginPage(lang, token, next, Tr(lang, key)), status);
    r.headers.emplace_back("Set-Cookie", std::string(kLoginCookie) + "=" + token +
                                             "; Path=/login; HttpOnly; SameSite=Strict; Max-Age=3600");
    return r;
  };
  if (!throttle_.Allowed(req.remote_addr, name)) return again("auth.throttled", 429);
  Result<std::optional<Session>> s = Status::Ok();
  {
    std::lock_guard<std::mutex> lock(db_mu_);
    s = LogIn(db_.get(), name, req.Param("password"));
  }
  if (!s.ok()) return WebResponse::Text(500, s.status().reason());
  if (!s.value()) {
    throttle_.Failed(req.remote_addr, name);
    return again("auth.wrong", 401);
  }
  throttle_.Succeeded(req.remote_addr, name);
  WebResponse r = WebResponse::Redirect(next);
  r.headers.emplace_back("Set-Cookie", SessionCookie(s.value()->token, kSessionHours * 3600));
  return r;
}

WebResponse DeskApp::HandleLogout(const WebRequest&, Context& ctx) {
  if (!ctx.session_token.empty()) {
    std::lock_guard<std::mutex> lock(db_mu_);
    LogOut(db_.get(), ctx.session_token);
  }
  WebResponse r = WebResponse::Redirect(options_.require_login ? "/login" : "/");
  r.headers.emplace_back("Set-Cookie", SessionCookie("", 0));
  return r;
}

WebResponse DeskApp::HandleUpload(const WebRequest& req, Context&) {
  if (options_.inbox.empty()) return WebResponse::Text(409, "no inbox: start serve with --inbox DIR");
  int saved = 0;
  std::string last;
  for (const Upload& u : req.uploads) {
    if (u.content.size() > options_.max_upload_bytes) {
      return WebResponse::Text(413, "file too large: " + u.filename);
    }
    Result<std::string> name = SaveUpload(options_.inbox, u.filename, u.content);
    if (!name.ok()) return WebResponse::Text(name.status().code() == Status::Code::kInvalidInput ? 400 : 500,
                                             name.status().reason() + ": " + SafeFileName(u.filename));
    ++saved;
    last = name.value();
  }
  if (saved == 0) return WebResponse::Text(400, "no file in the upload");
  if (req.Header("accept").find("application/json") != std::string::npos) {
    return WebResponse::Json(nlohmann::json{{"saved", saved}, {"name", last}}.dump(-1, ' ', false,
                                                                                   nlohmann::json::error_handler_t::replace));
  }
  return WebResponse::Redirect("/inbox?notice=uploaded&file=" + UrlEncode(saved == 1 ? last : std::to_string(saved)));
}

WebResponse DeskApp::HandleRetry(const WebRequest& req, Context&) {
  if (options_.inbox.empty()) return WebResponse::Text(409, "no inbox: start serve with --inbox DIR");
  Result<std::string> name = RetryQuarantined(options_.inbox, req.Param("name"));
  if (!name.ok()) {
    int code = name.status().code() == Status::Code::kNotFound ? 404
               : name.status().code() == Status::Code::kInvalidInput ? 400 : 500;
    return WebResponse::Text(code, name.status().reason());
  }
  return WebResponse::Redirect("/inbox?notice=retried&file=" + UrlEncode(name.value()));
}

WebResponse DeskApp::HandleRunPass(const WebRequest&, Context&) {
  if (!runner_) return WebResponse::Text(409, "no inbox or rules: start serve with --inbox DIR");
  Status s = runner_->Start();
  if (!s.ok()) return WebResponse::Text(409, s.reason());
  return WebResponse::Redirect("/inbox");
}

WebResponse DeskApp::InboxJson(Context& ctx) {
  InboxPageData data;
  data.has_inbox = !options_.inbox.empty();
  if (runner_) data.progress = runner_->Progress();
  if (data.has_inbox) {
    Result<InboxListing> l = ListInbox(options_.inbox);
    if (l.ok()) data.listing = std::move(l).value();
  }
  std::lock_guard<std::mutex> lock(db_mu_);
  Result<std::string> body = InboxJsonBody(db_.get(), ctx.page, data);
  if (!body.ok()) return WebResponse::Text(500, body.status().reason());
  return WebResponse::Json(body.value());
}

WebResponse DeskApp::HandleCorrect(const WebRequest& req, Context& ctx) {
  if (!ctx.page.can_correct()) return WebResponse::Text(403, "only an analyst account can correct figures");
  std::optional<std::int64_t> record = Id(req.Param("record"));
  if (!record) return WebResponse::Text(400, "give the record's id");
  std::string action = req.Param("action");
  std::string field = req.Param("field");
  CorrectionRequest c;
  c.record_id = *record;
  c.author = ctx.page.user;
  c.note = req.Param("note");
  if (action == "accept" || action == "set") {
    c.action = CorrectionAction::kSet;
    c.field = field;
    c.value = NormaliseTyped(req.Param("value"), field);
    if (c.value.empty()) return WebResponse::Text(400, "give the value");
  } else if (action == "reject") {
    c.action = CorrectionAction::kReject;
  } else if (action == "undo") {
    c.action = CorrectionAction::kUndo;
    c.field = field.empty() ? "*" : field;
  } else {
    return WebResponse::Text(400, "action is accept, set, reject or undo");
  }
  std::lock_guard<std::mutex> lock(db_mu_);
  Result<std::int64_t> id = AddCorrection(db_.get(), c);
  if (!id.ok()) {
    int code = id.status().code() == Status::Code::kNotFound       ? 404
               : id.status().code() == Status::Code::kInvalidInput ? 400
                                                                    : 500;
    return WebResponse::Text(code, id.status().reason());
  }
  Result<std::string> row = FigureRowHtml(db_.get(), ctx.page, *record, !options_.inbox.empty());
  if (!row.ok()) return WebResponse::Text(500, row.status().reason());
  return WebResponse::Json(nlohmann::json{{"correction", id.value()}, {"row_html", row.value()}}.dump(
      -1, ' ', false, nlohmann::json::error_handler_t::replace));
}

WebResponse DeskApp::HandleMetadata(const WebRequest& req, Context& ctx, std::int64_t id) {
  if (!ctx.page.can_correct()) return WebResponse::Text(403, "only an analyst account can correct a document");
  std::lock_guard<std::mutex> lock(db_mu_);
  Result<StoredDocumentInfo> info = LoadStoredDocumentInfo(db_.get(), id);
  if (!info.ok()) return WebResponse::Text(404, info.status().reason());
  Result<std::map<std::int64_t, std::vector<DocumentCorrection>>> sets = DocumentCorrectionsByDocument(db_.get(), id);
  if (!sets.ok()) return WebResponse::Text(500, sets.status().reason());
  std::vector<DocumentCorrection> current = sets.value().empty() ? std::vector<DocumentCorrection>()
                                                                 : sets.value().begin()->second;
  std::vector<DocumentCorrectionRequest> changes =
      MetadataChanges(req, id, info.value().document, current, ctx.page.user);
  if (!changes.empty()) {
    Result<std::vector<std::int64_t>> ids = AddDocumentCorrections(db_.get(), changes);
    if (!ids.ok()) {
      int code = ids.status().code() == Status::Code::kInvalidInput ? 400 : 500;
      return ErrorPage(ctx.page, code, ids.status().reason());
    }
  }
  return WebResponse::Redirect("/documents/" + std::to_string(id) + "#meta");
}

WebResponse DeskApp::HandlePageImage(const WebRequest&, Context&, std::int64_t id, int page, bool meta) {
  std::string file, sha, format;
  {
    std::lock_guard<std::mutex> lock(db_mu_);
    Result<StoredDocumentInfo> info = LoadStoredDocumentInfo(db_.get(), id);
    if (!info.ok()) return WebResponse::Text(404, info.status().reason());
    file = info.value().document.file;
    sha = info.value().document.sha256;
    format = info.value().document.format;
  }
  Result<std::string> original = FindOriginal(options_.inbox, file, sha);
  if (!original.ok()) return WebResponse::Text(404, original.status().reason());
  Result<PageImage> img = pages_.Page(original.value(), sha, format, page);
  if (!img.ok()) {
    int code = img.status().code() == Status::Code::kNotFound ? 404 : 422;
    return WebResponse::Text(code, img.status().reason());
  }
  if (meta) {
    return WebResponse::Json(nlohmann::json{{"w", img.value().width_pt},
                                            {"h", img.value().height_pt},
                                            {"pages", img.value().pages},
                                            {"src", "/documents/" + std::to_string(id) + "/page/" +
                                                        std::to_string(page) + ".png"}}
                                 .dump());
  }
  WebResponse r;
  r.content_type = "image/png";
  r.body = ReadWhole(img.value().png_path);
  r.headers.emplace_back("Cache-Control", "private, max-age=3600");
  return r;
}

WebResponse DeskApp::HandleEvidence(Context&, std::int64_t id, std::int64_t record_id) {
  std::lock_guard<std::mutex> lock(db_mu_);
  Result<std::string> html = EvidenceFragment(db_.get(), id, record_id);
  if (!html.ok()) return WebResponse::Text(html.status().code() == Status::Code::kNotFound ? 404 : 500,
                                           html.status().reason());
  WebResponse r;
  r.body = html.value();
  return r;
}

WebResponse DeskApp::HandleRollupDownload(const WebRequest& req, Context&, bool xlsx) {
  RollupOptions o;
  o.period = req.Param("period");
  o.status = req.Param("status").empty() ? "actual" : req.Param("status");
  if (!req.Param("district").empty()) o.district = req.Param("district");
  if (!req.Param("province").empty()) o.province = req.Param("province");
  std::lock_guard<std::mutex> lock(db_mu_);
  Result<Rollup> r = ComputeRollup(db_.get(), o);
  if (!r.ok()) return WebResponse::Text(r.status().code() == Status::Code::kInvalidInput ? 400 : 500,
                                        r.status().reason());
  std::string name = "rollup-" + o.period + (o.status == "actual" ? "" : "-" + o.status);
  for (char& c : name) {
    if (c == '/') c = '_';
  }
  WebResponse res;
  if (xlsx) {
    std::string tmp = options_.cache_dir + "/.rollup-" + std::to_string(::getpid()) + ".xlsx";
    std::error_code ec;
    fs::create_directories(options_.cache_dir, ec);
    Status s = WriteRollupXlsx(r.value(), tmp);
    if (!s.ok()) return WebResponse::Text(500, s.reason());
    res.body = ReadWhole(tmp);
    fs::remove(tmp, ec);
    res.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    name += ".xlsx";
  } else {
    std::ostringstream out;
    WriteRollupCsv(out, r.value());
    res.body = out.str();
    res.content_type = "text/csv; charset=utf-8";
    name += ".csv";
  }
  res.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + name + "\"");
  return res;
}

WebResponse DeskApp::HandleExportDownload(const WebRequest&, Context&, const std::string& format) {
  std::lock_guard<std::mutex> lock(db_mu_);
  WebResponse res;
  if (format == "xlsx") {
    std::string tmp = options_.cache_dir + "/.export-" + std::to_string(::getpid()) + ".xlsx";
    std::error_code ec;
    fs::create_directories(options_.cache_dir, ec);
    Status s = ExportXlsx(db_.get(), tmp);
    if (!s.ok()) return WebResponse::Text(500, s.reason());
    res.body = ReadWhole(tmp);
    fs::remove(tmp, ec);
    res.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  } else {
    std::ostringstream out;
    Status s = format == "csv" ? ExportCsv(db_.get(), out) : ExportJsonl(db_.get(), out);
    if (!s.ok()) return WebResponse::Text(500, s.reason());
    res.body = out.str();
    res.content_type = format == "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
  }
  res.headers.emplace_back("Content-Disposition", "attachment; filename=\"baocao." + format + "\"");
  return res;
}

}  // namespace baocao::web
