// The analyst's desk in the browser: every page and JSON endpoint of
// `baocao serve`, as one function from request to response (http.h), so
// handler tests need no socket; server.h puts it on cpp-httplib.
//
//   DeskOptions o;  o.db_path = "baocao.db";  o.inbox = "/srv/baocao/inbox";
//   Result<std::unique_ptr<DeskApp>> app = DeskApp::Create(o, &rules);
//   WebResponse res = app.value()->Handle(request);
//
// Pages (Vietnamese by default, English with the switch in the header):
//   /inbox             files waiting, loaded today, quarantined with reasons;
//                      upload (drag and drop), try again, load now, live
//                      progress (/api/inbox, polled by the page's script)
//   /documents         current documents with filters and search; ?all=1
//                      also superseded versions
//   /documents/ID      the verification screen: metadata, checks linked to
//                      their figures, every figure with its evidence;
//                      corrections through POST /api/correct
//   /diff, /rollup     changes between versions / runs; the roll-up, with
//                      /rollup.xlsx and /rollup.csv downloads
//
// Security: every response carries a Content-Security-Policy that allows
// only this server's own script and stylesheet (no inline script, no inline
// style), and every value from a document is HTML-escaped. With
// require_login (any address but loopback), every page needs a session
// (store/accounts.h, auth.h): pages redirect to /login, the API answers 401.
// Every POST must carry the session's CSRF token (form field `csrf` or
// header X-CSRF-Token), else 403; on loopback without accounts the token is
// the server's own, given only to pages it served (the Host header must
// name the server, so another web site cannot read a page through DNS
// rebinding). Viewers change nothing; clerks work the inbox; analysts also
// correct. Corrections are stored by desk/corrections.h exactly as
// `baocao correct` stores them, with the account's name as author.
//
// Thread safety: Handle() may be called from many threads at once; the
// database connection is used under one mutex.
#ifndef BAOCAO_DESK_WEB_APP_H_
#define BAOCAO_DESK_WEB_APP_H_

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "batch/inbox.h"
#include "desk/web/auth.h"
#include "desk/web/evidence.h"
#include "desk/web/http.h"
#include "desk/web/pass_runner.h"
#include "extractors/rules.h"
#include "store/database.h"
#include "util/status.h"

namespace baocao::web {

struct DeskOptions {
  std::string db_path = "baocao.db";
  // The inbox folder; empty: the inbox page says how to give one, and
  // evidence images are not available (the originals are in its archive/).
  std::string inbox;
  // Accounts required (serve sets it for any address but loopback).
  bool require_login = false;
  // Accepted Host header values ("127.0.0.1:8080", "localhost:8080"); empty:
  // any (behind a name the office chose).
  std::vector<std::string> allowed_hosts;
  // Larger uploads are refused (413). Default 100 MiB.
  std::uint64_t max_upload_bytes = 100ull << 20;
  // Who corrects when no account is required ($BAOCAO_USER, $USER, ...).
  std::string local_user = "analyst";
  // The page image cache; empty: "<db_path>.pages" beside the database.
  std::string cache_dir;
  // Width of rendered page images, in pixels.
  int page_width_px = 1000;
  // For "load now": the pass's settings (inbox filled in from `inbox`).
  IngestOptions ingest;
  // Documents per page of /documents.
  int documents_per_page = 200;
};

class DeskApp {
 public:
  // Opens the database (it must exist: NotFound otherwise). `rules` is used
  // by "load now" and must outlive the app; null hides the button.
  static Result<std::unique_ptr<DeskApp>> Create(const DeskOptions& options, const RuleSet* rules);
  ~DeskApp();
  DeskApp(const DeskApp&) = delete;
  DeskApp& operator=(const DeskApp&) = delete;

  WebResponse Handle(const WebRequest& request);

  const DeskOptions& options() const { return options_; }
  // For a server bound to port 0: the Host values, once the port is known.
  // REQUIRES: called before the first Handle().
  void set_allowed_hosts(std::vector<std::string> hosts) { options_.allowed_hosts = std::move(hosts); }

 private:
  DeskApp(DeskOptions options, std::unique_ptr<Database> db, const RuleSet* rules);

  struct Context;
  WebResponse Route(const WebRequest& request, Context& ctx);
  WebResponse HandleLogin(const WebRequest& request, Context& ctx);
  WebResponse HandleLogout(const WebRequest& request, Context& ctx);
  WebResponse HandleUpload(const WebRequest& request, Context& ctx);
  WebResponse HandleRetry(const WebRequest& request, Context& ctx);
  WebResponse HandleRunPass(const WebRequest& request, Context& ctx);
  WebResponse HandleCorrect(const WebRequest& request, Context& ctx);
  // POST /documents/ID/metadata: the metadata form's changed fields stored
  // as document corrections with the account's name; back to the page.
  WebResponse HandleMetadata(const WebRequest& request, Context& ctx, std::int64_t id);
  WebResponse HandlePageImage(const WebRequest& request, Context& ctx, std::int64_t id, int page, bool meta);
  WebResponse HandleEvidence(Context& ctx, std::int64_t id, std::int64_t record_id);
  WebResponse HandleRollupDownload(const WebRequest& request, Context& ctx, bool xlsx);
  WebResponse HandleExportDownload(const WebRequest& request, Context& ctx, const std::string& format);
  WebResponse InboxJson(Context& ctx);

  DeskOptions options_;
  std::mutex db_mu_;
  std::unique_ptr<Database> db_;
  const RuleSet* rules_;
  std::string local_csrf_;  // the CSRF token of pages served without accounts
  LoginThrottle throttle_;
  PageCache pages_;
  std::unique_ptr<PassRunner> runner_;
};

}  // namespace baocao::web

#endif  // BAOCAO_DESK_WEB_APP_H_
