// The clerk's page: what is waiting, what was loaded today, what was refused
// and why; upload by drag and drop; try again; load now with live progress.
#include <nlohmann/json.hpp>

#include "desk/html.h"
#include "desk/web/listings.h"
#include "desk/web/pages.h"

namespace baocao::web {
namespace {

std::string Size(std::uint64_t bytes) {
  if (bytes < 1024) return std::to_string(bytes) + " B";
  if (bytes < (1u << 20)) return FormatDecimal(bytes / 1024.0, 1) + " KB";
  return FormatDecimal(bytes / 1048576.0, 1) + " MB";
}

std::string Hidden(const PageContext& ctx) {
  return "<input type=\"hidden\" name=\"csrf\" value=\"" + html::Escape(ctx.csrf) + "\">";
}

std::string WaitingRows(const PageContext& ctx, const InboxListing& l) {
  if (l.waiting.empty()) return "<tr><td colspan=\"3\" class=\"empty\">" + html::Escape(ctx.T("inbox.none_waiting")) + "</td></tr>";
  std::string out;
  for (const InboxFile& f : l.waiting) {
    out += "<tr><td>" + html::Escape(f.name) + "</td><td class=\"n\">" + Size(f.bytes) + "</td><td>" +
           html::Escape(FormatTimestamp(f.modified)) + "</td></tr>";
  }
  return out;
}

std::string QuarantineRows(const PageContext& ctx, const InboxListing& l) {
  if (l.quarantined.empty()) return "<tr><td colspan=\"4\" class=\"empty\">" + html::Escape(ctx.T("inbox.none_quarantined")) + "</td></tr>";
  std::string out;
  for (const InboxFile& f : l.quarantined) {
    out += "<tr><td>" + html::Escape(f.name) + "</td><td class=\"reason\">" + html::Escape(f.reason) + "</td><td>" +
           html::Escape(FormatTimestamp(f.modified)) + "</td><td>";
    if (ctx.can_work_inbox()) {
      out += "<form method=\"post\" action=\"/inbox/retry\">" + Hidden(ctx) +
             "<input type=\"hidden\" name=\"name\" value=\"" + html::Escape(f.name) + "\"><button type=\"submit\">" +
             html::Escape(ctx.T("inbox.retry")) + "</button></form>";
    }
    out += "</td></tr>";
  }
  return out;
}

std::string TodayRows(const PageContext& ctx, const std::vector<DocumentSummary>& today) {
  if (today.empty()) return "<tr><td colspan=\"5\" class=\"empty\">" + html::Escape(ctx.T("inbox.none_today")) + "</td></tr>";
  std::string out;
  for (const DocumentSummary& d : today) {
    out += "<tr><td><a href=\"/documents/" + std::to_string(d.id) + "\">" + html::Escape(d.file) + "</a></td><td>" +
           html::Escape(d.commune.value_or("—")) + "</td><td class=\"n\">" + FormatCount(d.figures) +
           "</td><td class=\"n\">" + FormatCount(d.checks) + "</td><td>" + html::Escape(FormatTimestamp(d.loaded_at)) +
           "</td></tr>";
  }
  return out;
}

std::string ProgressText(const PageContext& ctx, const PassProgress& p) {
  if (p.running) {
    std::string text = ctx.T("inbox.running") + " " + std::to_string(p.done) + "/" + std::to_string(p.total);
    if (!p.last_file.empty()) text += " · " + p.last_file + " (" + ctx.T("outcome." + p.last_outcome) + ")";
    return text;
  }
  if (p.ended) {
    if (!p.error.empty()) return ctx.T("inbox.pass_failed") + ": " + p.error;
    return ctx.T("inbox.pass_done") + ": " + std::to_string(p.loaded) + " " + ctx.T("inbox.loaded_n") + ", " +
           std::to_string(p.duplicates) + " " + ctx.T("inbox.duplicates_n") + ", " + std::to_string(p.quarantined) +
           " " + ctx.T("inbox.quarantined_n");
  }
  return "";
}

// The latest runs, any process: an unfinished one is running (or was killed).
Result<std::string> RunsTable(Database* db, const PageContext& ctx) {
  Result<std::vector<RunInfo>> runs = db->Runs();
  if (!runs.ok()) return runs.status();
  std::string out = "<table class=\"runs\"><thead><tr><th>" + html::Escape(ctx.T("runs.run")) + "</th><th>" +
                    html::Escape(ctx.T("runs.started")) + "</th><th>" + html::Escape(ctx.T("runs.status")) +
                    "</th><th>" + html::Escape(ctx.T("inbox.loaded_n")) + "</th><th>" +
                    html::Escape(ctx.T("inbox.quarantined_n")) + "</th></tr></thead><tbody>";
  int shown = 0;
  for (auto it = runs.value().rbegin(); it != runs.value().rend() && shown < 5; ++it, ++shown) {
    std::string status = it->end.status.empty() ? (it->finished.empty() ? ctx.T("runs.unfinished") : "")
                                                : ctx.T("runs." + it->end.status);
    out += "<tr><td class=\"n\">" + std::to_string(it->id) + "</td><td>" + html::Escape(FormatTimestamp(it->started)) +
           "</td><td>" + html::Escape(status) + "</td><td class=\"n\">" + FormatCount(it->counts.loaded) +
           "</td><td class=\"n\">" + FormatCount(it->counts.quarantined) + "</td></tr>";
  }
  out += "</tbody></table>";
  return out;
}

}  // namespace

Result<std::string> InboxPage(Database* db, const PageContext& ctx, const InboxPageData& data) {
  Result<std::vector<DocumentSummary>> today = LoadedSince(db, LocalMidnightUtc());
  if (!today.ok()) return today.status();
  Result<std::string> runs = RunsTable(db, ctx);
  if (!runs.ok()) return runs.status();
  std::string b = "<h1>" + html::Escape(ctx.T("inbox.title")) + "</h1>";
  if (!data.notice.empty()) b += "<p class=\"notice\" role=\"status\">" + html::Escape(data.notice) + "</p>";
  if (!data.has_inbox) {
    b += "<p class=\"error\">" + html::Escape(ctx.T("inbox.no_inbox")) + "</p>";
  } else {
    b += "<p class=\"path\">" + html::Escape(data.inbox) + "</p>";
    if (ctx.can_work_inbox()) {
      b += "<form id=\"upload\" class=\"drop\" method=\"post\" action=\"/inbox/upload\" enctype=\"multipart/form-data\" "
           "data-max=\"" + std::to_string(data.max_upload_bytes) + "\">" + Hidden(ctx) +
           "<p>" + html::Escape(ctx.T("inbox.drop")) + "</p><input type=\"file\" name=\"files\" multiple> "
           "<button type=\"submit\">" + html::Escape(ctx.T("inbox.upload")) + "</button>"
           "<span class=\"limit\">" + html::Escape(ctx.T("inbox.limit")) + " " + Size(data.max_upload_bytes) +
           "</span></form>";
      if (data.can_run) {
        b += "<form method=\"post\" action=\"/inbox/run\" class=\"run\">" + Hidden(ctx) + "<button type=\"submit\" id=\"run\"" +
             (data.progress.running ? " disabled" : "") + ">" + html::Escape(ctx.T("inbox.run")) + "</button></form>";
      }
    }
    b += "<p id=\"progress\" class=\"progress\" role=\"status\" aria-live=\"polite\">" +
         html::Escape(ProgressText(ctx, data.progress)) + "</p>";
    if (data.progress.running && data.progress.total > 0) {
      b += "<progress id=\"bar\" max=\"" + std::to_string(data.progress.total) + "\" value=\"" +
           std::to_string(data.progress.done) + "\"></progress>";
    } else {
      b += "<progress id=\"bar\" hidden></progress>";
    }
    if (!data.listing) {
      b += "<p class=\"error\">" + html::Escape(data.listing_error) + "</p>";
    } else {
      b += "<h2>" + html::Escape(ctx.T("inbox.waiting")) + " <span class=\"count\" id=\"waiting-count\">" +
           std::to_string(data.listing->waiting.size()) + "</span></h2>";
      b += "<table class=\"list\"><thead><tr><th>" + html::Escape(ctx.T("col.file")) + "</th><th>" +
           html::Escape(ctx.T("col.size")) + "</th><th>" + html::Escape(ctx.T("col.modified")) +
           "</th></tr></thead><tbody id=\"waiting\">" + WaitingRows(ctx, *data.listing) + "</tbody></table>";
    }
  }
  b += "<h2>" + html::Escape(ctx.T("inbox.today")) + " <span class=\"count\">" + std::to_string(today.value().size()) +
       "</span></h2>";
  b += "<table class=\"list\"><thead><tr><th>" + html::Escape(ctx.T("col.file")) + "</th><th>" +
       html::Escape(ctx.T("col.commune")) + "</th><th>" + html::Escape(ctx.T("col.figures")) + "</th><th>" +
       html::Escape(ctx.T("col.checks")) + "</th><th>" + html::Escape(ctx.T("col.loaded")) +
       "</th></tr></thead><tbody id=\"today\">" + TodayRows(ctx, today.value()) + "</tbody></table>";
  if (data.listing) {
    b += "<h2>" + html::Escape(ctx.T("inbox.quarantined")) + " <span class=\"count\">" +
         std::to_string(data.listing->quarantined.size()) + "</span></h2>";
    b += "<table class=\"list\"><thead><tr><th>" + html::Escape(ctx.T("col.file")) + "</th><th>" +
         html::Escape(ctx.T("col.reason")) + "</th><th>" + html::Escape(ctx.T("col.modified")) +
         "</th><th></th></tr></thead><tbody id=\"quarantined\">" + QuarantineRows(ctx, *data.listing) +
         "</tbody></table>";
  }
  b += "<h2>" + html::Escape(ctx.T("inbox.runs")) + "</h2>" + runs.value();
  return Frame(ctx, ctx.T("inbox.title"), "inbox", "inbox", b);
}

Result<std::string> InboxJsonBody(Database* db, const PageContext& ctx, const InboxPageData& data) {
  nlohmann::json j;
  j["progress_text"] = ProgressText(ctx, data.progress);
  j["running"] = data.progress.running;
  j["done"] = data.progress.done;
  j["total"] = data.progress.total;
  j["last_file"] = data.progress.last_file;
  j["last_outcome"] = data.progress.last_outcome;
  j["ended"] = data.progress.ended;
  j["loaded"] = data.progress.loaded;
  j["duplicates"] = data.progress.duplicates;
  j["quarantined_now"] = data.progress.quarantined;
  j["error"] = data.progress.error;
  nlohmann::json waiting = nlohmann::json::array(), quarantined = nlohmann::json::array();
  if (data.listing) {
    for (const InboxFile& f : data.listing->waiting) waiting.push_back({{"name", f.name}, {"bytes", f.bytes}});
    for (const InboxFile& f : data.listing->quarantined) {
      quarantined.push_back({{"name", f.name}, {"reason", f.reason}});
    }
  }
  j["waiting"] = waiting;
  j["quarantined"] = quarantined;
  Result<std::vector<DocumentSummary>> today = LoadedSince(db, LocalMidnightUtc());
  if (!today.ok()) return today.status();
  j["loaded_today"] = today.value().size();
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace baocao::web
