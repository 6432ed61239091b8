// The desk's HTML pages, each a function of the database and the request.
// Internal to desk/web (app.cc routes to them). Everything taken from a
// document, a file name or a request is escaped with html::Escape; no page
// holds inline script or inline style (the Content-Security-Policy forbids
// both): behaviour is assets/desk.js, reading data-* attributes.
#ifndef BAOCAO_DESK_WEB_PAGES_H_
#define BAOCAO_DESK_WEB_PAGES_H_

#include <cstdint>
#include <optional>
#include <string>

#include "desk/document_corrections.h"
#include "desk/web/auth.h"
#include "desk/web/http.h"
#include "desk/web/i18n.h"
#include "desk/web/inbox_folder.h"
#include "desk/web/pass_runner.h"
#include "store/database.h"
#include "util/status.h"

namespace baocao::web {

struct PageContext {
  Lang lang = Lang::kVi;
  std::string user;      // the account, or the local user without accounts
  Role role = Role::kAnalyst;
  std::string csrf;      // the token every form and change must carry
  bool accounts = false; // log-out button shown
  std::string here;      // path and query of this page (the language switch returns to it)

  const std::string& T(const std::string& key) const { return Tr(lang, key); }
  bool can_correct() const { return role == Role::kAnalyst; }
  bool can_work_inbox() const { return role != Role::kViewer; }
};

// The page around `body`: head (stylesheet, script, CSRF meta), header with
// the navigation (`active` is "inbox", "documents", "diff" or "rollup"),
// the user and the language switch. `page` names the page for the script
// (body data-page).
std::string Frame(const PageContext& ctx, const std::string& title, const std::string& active,
                  const std::string& page, const std::string& body);
WebResponse HtmlPage(std::string html, int status = 200);
// An error page: status and one line, escaped.
WebResponse ErrorPage(const PageContext& ctx, int status, const std::string& message);

std::string LoginPage(Lang lang, const std::string& login_csrf, const std::string& next, const std::string& error);

struct InboxPageData {
  bool has_inbox = false;
  std::string inbox;
  std::optional<InboxListing> listing;
  std::string listing_error;
  PassProgress progress;
  bool can_run = false;  // rules given: the "load now" button
  std::uint64_t max_upload_bytes = 0;
  std::string notice;    // after an upload or a retry
};
Result<std::string> InboxPage(Database* db, const PageContext& ctx, const InboxPageData& data);
// The live part as JSON (waiting, quarantined, progress, today's loads).
Result<std::string> InboxJsonBody(Database* db, const PageContext& ctx, const InboxPageData& data);

Result<WebResponse> DocumentsPage(Database* db, const PageContext& ctx, const WebRequest& req, int per_page);
Result<WebResponse> DocumentPage(Database* db, const PageContext& ctx, std::int64_t id, bool has_originals);
// One record's row of the verification screen, as the page draws it (the
// answer of a correction, which the script puts in place of the old row).
Result<std::string> FigureRowHtml(Database* db, const PageContext& ctx, std::int64_t record_id, bool has_originals);
// The evidence of a record without a page image: its table or paragraph
// re-rendered from the stored normalised document, the row or sentence marked.
Result<std::string> EvidenceFragment(Database* db, std::int64_t document_id, std::int64_t record_id);
// The document page's metadata: a form posting to /documents/ID/metadata
// for an analyst, a table for the others; `sets` are the document's
// corrections that apply (DocumentCorrectionsByDocument).
std::string MetadataSection(const PageContext& ctx, std::int64_t id, const DocumentInfo& extracted,
                            const std::vector<DocumentCorrection>& sets);
// What a posted metadata form changes: one request per field whose value
// differs from the one shown (an emptied field becomes null), by `author`.
std::vector<DocumentCorrectionRequest> MetadataChanges(const WebRequest& req, std::int64_t id,
                                                       const DocumentInfo& extracted,
                                                       const std::vector<DocumentCorrection>& sets,
                                                       const std::string& author);
Result<WebResponse> DiffPage(Database* db, const PageContext& ctx, const WebRequest& req);
Result<WebResponse> RollupPage(Database* db, const PageContext& ctx, const WebRequest& req);

}  // namespace baocao::web

#endif  // BAOCAO_DESK_WEB_PAGES_H_
