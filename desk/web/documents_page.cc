// Every current document with its counts; filters, search, superseded
// versions on request.
#include <algorithm>

#include "desk/html.h"
#include "desk/web/listings.h"
#include "desk/web/pages.h"

namespace baocao::web {
namespace {

std::string Select(const PageContext& ctx, const std::string& name, const std::string& any_key,
                   const std::vector<std::string>& values, const std::string& chosen, bool periods, bool types) {
  std::string out = "<select name=\"" + name + "\"><option value=\"\">" + html::Escape(ctx.T(any_key)) + "</option>";
  for (const std::string& v : values) {
    std::string label = periods ? FormatPeriod(v) : types ? ctx.T("doctype." + v) : v;
    out += "<option value=\"" + html::Escape(v) + "\"" + (v == chosen ? " selected" : "") + ">" + html::Escape(label) +
           "</option>";
  }
  return out + "</select>";
}

std::string Query(const WebRequest& req, int page) {
  std::string q;
  for (const char* key : {"q", "commune", "period", "type", "review", "all"}) {
    std::string v = req.Param(key);
    if (!v.empty()) q += std::string(q.empty() ? "?" : "&") + key + "=" + UrlEncode(v);
  }
  q += std::string(q.empty() ? "?" : "&") + "page=" + std::to_string(page);
  return q;
}

}  // namespace

Result<WebResponse> DocumentsPage(Database* db, const PageContext& ctx, const WebRequest& req, int per_page) {
  DocumentFilter f;
  f.all_versions = req.Param("all") == "1";
  f.commune = req.Param("commune");
  f.period = req.Param("period");
  f.doc_type = req.Param("type");
  f.search = req.Param("q");
  f.only_to_review = req.Param("review") == "1";
  Result<std::vector<DocumentSummary>> docs = ListDocuments(db, f);
  if (!docs.ok()) return docs.status();
  Result<FilterChoices> choices = ListFilterChoices(db);
  if (!choices.ok()) return choices.status();
  const int total = static_cast<int>(docs.value().size());
  const int pages = std::max(1, (total + per_page - 1) / per_page);
  int page = std::clamp(std::atoi(req.Param("page").c_str()), 1, pages);

  std::string b = "<h1>" + html::Escape(ctx.T("docs.title")) + " <span class=\"count\">" + FormatCount(total) +
                  "</span></h1>";
  b += "<form class=\"filters\" method=\"get\" action=\"/documents\">";
  b += "<input type=\"search\" name=\"q\" value=\"" + html::Escape(f.search) + "\" placeholder=\"" +
       html::Escape(ctx.T("docs.search")) + "\">";
  b += Select(ctx, "commune", "docs.any_commune", choices.value().communes, f.commune, false, false);
  b += Select(ctx, "period", "docs.any_period", choices.value().periods, f.period, true, false);
  b += Select(ctx, "type", "docs.any_type", choices.value().doc_types, f.doc_type, false, true);
  b += "<label><input type=\"checkbox\" name=\"review\" value=\"1\"" + std::string(f.only_to_review ? " checked" : "") +
       "> " + html::Escape(ctx.T("docs.only_review")) + "</label>";
  b += "<label><input type=\"checkbox\" name=\"all\" value=\"1\"" + std::string(f.all_versions ? " checked" : "") +
       "> " + html::Escape(ctx.T("docs.all_versions")) + "</label>";
  b += "<button type=\"submit\">" + html::Escape(ctx.T("docs.filter")) + "</button></form>";
  b += "<p class=\"downloads\">" + html::Escape(ctx.T("docs.download")) +
       ": <a href=\"/export.xlsx\">XLSX</a> · <a href=\"/export.csv\">CSV</a> · <a href=\"/export.jsonl\">JSON Lines</a></p>";

  b += "<table class=\"list docs\"><thead><tr>";
  for (const char* key : {"col.file", "col.commune", "col.period", "col.type", "col.figures", "col.checks",
                          "col.corrections", "col.to_review", "col.version", "col.loaded"}) {
    b += "<th>" + html::Escape(ctx.T(key)) + "</th>";
  }
  b += "</tr></thead><tbody>";
  const int first = (page - 1) * per_page;
  for (int i = first; i < std::min(total, first + per_page); ++i) {
    const DocumentSummary& d = docs.value()[static_cast<std::size_t>(i)];
    b += d.superseded_by ? "<tr class=\"superseded\">" : "<tr>";
    b += "<td><a href=\"/documents/" + std::to_string(d.id) + "\">" + html::Escape(d.file) + "</a>";
    if (d.title) b += "<div class=\"sub\">" + html::Escape(*d.title) + "</div>";
    b += "</td><td>" + html::Escape(d.commune.value_or("—")) + "</td><td>" +
         html::Escape(d.period ? FormatPeriod(*d.period) : "—") + "</td><td>" +
         html::Escape(ctx.T("doctype." + d.doc_type)) + "</td>";
    b += "<td class=\"n\">" + FormatCount(d.figures) + "</td><td class=\"n\">" +
         (d.checks > 0 ? "<span class=\"badge warn\">" + FormatCount(d.checks) + "</span>" : "0") + "</td>";
    b += "<td class=\"n\">" + FormatCount(d.corrections) + "</td><td class=\"n\">" +
         (d.to_review() > 0 ? "<strong>" + FormatCount(d.to_review()) + "</strong>" : "<span class=\"ok\">✓</span>") +
         "</td>";
    b += "<td>v" + std::to_string(d.version);
    if (d.superseded_by) {
      b += " <a href=\"/documents/" + std::to_string(*d.superseded_by) + "\">" + html::Escape(ctx.T("docs.superseded")) +
           "</a>";
    } else if (d.version > 1) {
      b += " <a href=\"/diff?document=" + std::to_string(d.id) + "\">" + html::Escape(ctx.T("docs.changes")) + "</a>";
    }
    b += "</td><td>" + html::Escape(FormatTimestamp(d.loaded_at)) + "</td></tr>";
  }
  if (total == 0) b += "<tr><td colspan=\"10\" class=\"empty\">" + html::Escape(ctx.T("docs.none")) + "</td></tr>";
  b += "</tbody></table>";
  if (pages > 1) {
    b += "<nav class=\"pager\">";
    for (int p = 1; p <= pages; ++p) {
      b += p == page ? "<strong>" + std::to_string(p) + "</strong> "
                     : "<a href=\"/documents" + html::Escape(Query(req, p)) + "\">" + std::to_string(p) + "</a> ";
    }
    b += "</nav>";
  }
  return HtmlPage(Frame(ctx, ctx.T("docs.title"), "documents", "documents", b));
}

}  // namespace baocao::web
