// The diff page (a report against the version it superseded, or the store
// after one run against another: desk/diff_sources.h) and the roll-up page
// (desk/rollup.h) with its downloads.
#include <nlohmann/json.hpp>

#include "desk/diff_sources.h"
#include "desk/html.h"
#include "desk/rollup.h"
#include "desk/web/listings.h"
#include "desk/web/pages.h"

namespace baocao::web {
namespace {

using html::Escape;

// A diff value (JSON text) for people: numbers in the reports' style.
std::string Shown(const std::string& json_text) {
  nlohmann::json v = nlohmann::json::parse(json_text, nullptr, false);
  if (v.is_discarded()) return json_text;
  if (v.is_null()) return "—";
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return FormatCount(v.get<std::int64_t>());
  if (v.is_number()) return FormatDecimal(v.get<double>(), 4);
  if (v.is_object()) {
    std::string out;
    for (const auto& [name, value] : v.items()) {
      if (!out.empty()) out += ", ";
      out += name + " " + Shown(value.dump());
    }
    return out;
  }
  return v.dump();
}

std::string KeyText(const PageContext& ctx, const RecordKey& k) {
  std::string out = ctx.T("rtype." + k.type);
  if (k.topic) out += " · " + ctx.T("topic." + *k.topic);
  if (k.category) out += " · " + ctx.T("category." + *k.category);
  if (k.status) out += " · " + ctx.T("status." + *k.status);
  if (k.period) out += " · " + FormatPeriod(*k.period);
  if (k.commune) out += " · " + *k.commune;
  if (!k.label.empty()) out += " · " + k.label;
  if (k.occurrence > 0) out += " (#" + std::to_string(k.occurrence + 1) + ")";
  return out;
}

std::string DiffSection(const PageContext& ctx, const DocumentDiff& d) {
  std::string out = "<h2>";
  if (d.new_id) out += "<a href=\"/documents/" + std::to_string(*d.new_id) + "\">";
  out += Escape(d.new_file.empty() ? d.old_file : d.new_file);
  if (d.new_id) out += "</a>";
  out += "</h2>";
  if (!d.figures.empty()) {
    out += "<table class=\"list diff\"><thead><tr><th>" + Escape(ctx.T("diff.change")) + "</th><th>" +
           Escape(ctx.T("col.item")) + "</th><th>" + Escape(ctx.T("diff.field")) + "</th><th>" +
           Escape(ctx.T("diff.before")) + "</th><th>" + Escape(ctx.T("diff.after")) + "</th><th>" +
           Escape(ctx.T("diff.source")) + "</th></tr></thead><tbody>";
    for (const FigureChange& c : d.figures) {
      const char* kind = c.kind == FigureChange::Kind::kAdded     ? "added"
                         : c.kind == FigureChange::Kind::kRemoved ? "removed"
                                                                  : "changed";
      out += std::string("<tr class=\"") + kind + "\"><td>" + Escape(ctx.T(std::string("diff.") + kind)) + "</td><td>" +
             Escape(KeyText(ctx, c.key)) + "</td><td>" + Escape(c.field.empty() ? "" : ctx.T("field." + c.field)) +
             "</td><td class=\"n\">" + Escape(Shown(c.old_value)) + "</td><td class=\"n\">" +
             Escape(Shown(c.new_value)) + "</td><td class=\"src\">";
      if (c.old_source && c.kind != FigureChange::Kind::kAdded) out += "<q>" + Escape(c.old_source->text) + "</q><br>";
      if (c.new_source) out += "<q>" + Escape(c.new_source->text) + "</q>";
      out += "</td></tr>";
    }
    out += "</tbody></table>";
  }
  for (const CheckChange& c : d.checks) {
    bool added = c.kind == CheckChange::Kind::kNew;
    out += "<div class=\"check " + Escape(c.severity) + "\">" +
           Escape(ctx.T(added ? "diff.new_check" : "diff.resolved_check")) + " <strong>" + Escape(c.rule) + "</strong> " +
           Escape(c.message) + "</div>";
  }
  return out;
}

std::string RollupQuery(const WebRequest& req) {
  std::string q;
  for (const char* key : {"period", "status", "district", "province"}) {
    std::string v = req.Param(key);
    if (!v.empty()) q += std::string(q.empty() ? "?" : "&") + key + "=" + UrlEncode(v);
  }
  return q;
}

std::string Measure(const std::optional<std::int64_t>& v) { return FormatCount(v); }

}  // namespace

Result<WebResponse> DiffPage(Database* db, const PageContext& ctx, const WebRequest& req) {
  std::string b = "<h1>" + Escape(ctx.T("diff.title")) + "</h1>";
  Result<std::vector<RunInfo>> runs = db->Runs();
  if (!runs.ok()) return runs.status();
  b += "<form class=\"filters\" method=\"get\" action=\"/diff\"><label>" + Escape(ctx.T("diff.run_a")) +
       " <select name=\"a\">";
  std::string a = req.Param("a"), bb = req.Param("b");
  for (const RunInfo& r : runs.value()) {
    std::string id = std::to_string(r.id);
    b += "<option value=\"" + id + "\"" + (id == a ? " selected" : "") + ">" + id + " · " +
         Escape(FormatTimestamp(r.started)) + "</option>";
  }
  b += "</select></label><label>" + Escape(ctx.T("diff.run_b")) + " <select name=\"b\">";
  for (auto it = runs.value().rbegin(); it != runs.value().rend(); ++it) {
    std::string id = std::to_string(it->id);
    b += "<option value=\"" + id + "\"" + (id == bb ? " selected" : "") + ">" + id + " · " +
         Escape(FormatTimestamp(it->started)) + "</option>";
  }
  b += "</select></label><button type=\"submit\">" + Escape(ctx.T("diff.compare")) + "</button></form>";

  std::optional<Result<Diff>> diff;
  if (!req.Param("document").empty()) {
    diff = DiffDocumentVersion(db, std::atoll(req.Param("document").c_str()));
  } else if (!a.empty() && !bb.empty()) {
    diff = DiffRuns(db, std::atoll(a.c_str()), std::atoll(bb.c_str()));
  }
  if (!diff) {
    // Reports that have an earlier version: the usual question.
    DocumentFilter f;
    Result<std::vector<DocumentSummary>> docs = ListDocuments(db, f);
    if (!docs.ok()) return docs.status();
    std::string items;
    for (const DocumentSummary& d : docs.value()) {
      if (d.version < 2) continue;
      items += "<li><a href=\"/diff?document=" + std::to_string(d.id) + "\">" + Escape(d.file) + "</a> (v" +
               std::to_string(d.version) + ")</li>";
    }
    b += "<h2>" + Escape(ctx.T("diff.versions")) + "</h2>" +
         (items.empty() ? "<p class=\"empty\">" + Escape(ctx.T("diff.no_versions")) + "</p>" : "<ul>" + items + "</ul>");
  } else if (!diff->ok()) {
    if (diff->status().code() != Status::Code::kNotFound) return diff->status();
    b += "<p class=\"error\">" + Escape(diff->status().reason()) + "</p>";
  } else {
    const Diff& d = diff->value();
    b += "<p class=\"sub\">" + Escape(d.old_label) + " → " + Escape(d.new_label) + " · " +
         FormatCount(d.documents_compared) + " " + Escape(ctx.T("diff.compared")) + "</p>";
    if (d.empty()) b += "<p class=\"ok\">" + Escape(ctx.T("diff.none")) + "</p>";
    for (const DocumentDiff& doc : d.documents) b += DiffSection(ctx, doc);
  }
  return HtmlPage(Frame(ctx, ctx.T("diff.title"), "diff", "diff", b));
}

Result<WebResponse> RollupPage(Database* db, const PageContext& ctx, const WebRequest& req) {
  Result<FilterChoices> choices = ListFilterChoices(db);
  if (!choices.ok()) return choices.status();
  std::string period = req.Param("period");
  if (period.empty() && !choices.value().periods.empty()) period = choices.value().periods.back();
  std::string status = req.Param("status").empty() ? "actual" : req.Param("status");
  std::string b = "<h1>" + Escape(ctx.T("rollup.title")) + "</h1>";
  b += "<form class=\"filters\" method=\"get\" action=\"/rollup\"><label>" + Escape(ctx.T("col.period")) +
       " <input name=\"period\" value=\"" + Escape(period) + "\" list=\"periods\" size=\"16\"></label><datalist id=\"periods\">";
  for (const std::string& p : choices.value().periods) b += "<option value=\"" + Escape(p) + "\">";
  b += "</datalist><label>" + Escape(ctx.T("rollup.status")) + " <select name=\"status\">";
  for (const char* s : {"actual", "plan", "demand"}) {
    b += std::string("<option value=\"") + s + "\"" + (status == s ? " selected" : "") + ">" +
         Escape(ctx.T(std::string("status.") + s)) + "</option>";
  }
  b += "</select></label><label>" + Escape(ctx.T("meta.district")) + " <input name=\"district\" value=\"" +
       Escape(req.Param("district")) + "\" size=\"14\"></label><button type=\"submit\">" +
       Escape(ctx.T("docs.filter")) + "</button></form>";
  if (period.empty()) {
    b += "<p class=\"empty\">" + Escape(ctx.T("rollup.no_period")) + "</p>";
    return HtmlPage(Frame(ctx, ctx.T("rollup.title"), "rollup", "rollup", b));
  }
  RollupOptions o;
  o.period = period;
  o.status = status;
  if (!req.Param("district").empty()) o.district = req.Param("district");
  if (!req.Param("province").empty()) o.province = req.Param("province");
  Result<Rollup> r = ComputeRollup(db, o);
  if (!r.ok()) return r.status();
  WebRequest q = req;
  q.query["period"] = period;
  q.query["status"] = status;
  std::string query = RollupQuery(q);
  b += "<p class=\"downloads\">" + Escape(ctx.T("docs.download")) + ": <a href=\"/rollup.xlsx" + Escape(query) +
       "\">XLSX</a> · <a href=\"/rollup.csv" + Escape(query) + "\">CSV</a></p>";
  if (r.value().corrections_to_review > 0) {
    b += "<p class=\"warn\">" + FormatCount(r.value().corrections_to_review) + " " +
         Escape(ctx.T("rollup.to_review")) + "</p>";
  }
  const Rollup& ru = r.value();
  b += "<div class=\"scroll\"><table class=\"list rollup\"><thead><tr><th rowspan=\"2\">" +
       Escape(ctx.T("col.commune")) + "</th>";
  for (const std::string& t : ru.topics) b += "<th colspan=\"3\">" + Escape(ctx.T("topic." + t)) + "</th>";
  b += "<th colspan=\"3\">" + Escape(ctx.T("rollup.total")) + "</th>";
  for (const std::string& c : ru.categories) b += "<th rowspan=\"2\">" + Escape(ctx.T("category." + c)) + "</th>";
  b += "</tr><tr>";
  for (std::size_t i = 0; i <= ru.topics.size(); ++i) {
    b += "<th>" + Escape(ctx.T("field.classes")) + "</th><th>" + Escape(ctx.T("field.participants")) + "</th><th>" +
         Escape(ctx.T("field.female")) + "</th>";
  }
  b += "</tr></thead><tbody>";
  auto row = [&](const RollupRow& rr, bool totals) {
    std::string cls = totals ? "totals" : rr.reported ? "" : "missing";
    if (rr.review) cls += " review";
    std::string out = "<tr class=\"" + cls + "\"><th>" + Escape(totals ? ctx.T("rollup.totals") : rr.commune);
    if (!totals && !rr.reported) out += " <span class=\"sub\">" + Escape(ctx.T("rollup.not_reported")) + "</span>";
    if (rr.corrected) out += " <span class=\"sub\">" + Escape(ctx.T("rollup.corrected")) + "</span>";
    out += "</th>";
    for (const std::string& t : ru.topics) {
      auto it = rr.topics.find(t);
      RollupMeasures m = it == rr.topics.end() ? RollupMeasures{} : it->second;
      out += "<td class=\"n\">" + Measure(m.classes) + "</td><td class=\"n\">" + Measure(m.participants) +
             "</td><td class=\"n\">" + Measure(m.female) + "</td>";
    }
    out += "<td class=\"n\">" + Measure(rr.total.classes) + "</td><td class=\"n\">" + Measure(rr.total.participants) +
           "</td><td class=\"n\">" + Measure(rr.total.female) + "</td>";
    for (const std::string& c : ru.categories) {
      auto it = rr.budget.find(c);
      out += "<td class=\"n\">" + Measure(it == rr.budget.end() ? std::nullopt : it->second) + "</td>";
    }
    return out + "</tr>";
  };
  for (const RollupRow& rr : ru.rows) b += row(rr, false);
  b += row(ru.totals, true);
  b += "</tbody></table></div>";
  return HtmlPage(Frame(ctx, ctx.T("rollup.title"), "rollup", "rollup", b));
}

}  // namespace baocao::web
