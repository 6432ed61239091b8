// The verification screen: a document's metadata, its checks linked to the
// figures they name, and every figure beside its evidence, worked with the
// keyboard (assets/desk.js): next / previous figure, Enter accepts, a digit
// starts a correction, R rejects with a reason, U undoes.
#include <cmath>
#include <map>
#include <set>

#include "desk/corrections.h"
#include "desk/diff_sources.h"
#include "desk/html.h"
#include "desk/web/evidence.h"
#include "desk/web/pages.h"
#include "document/document_json.h"
#include "store/stored_document.h"

namespace baocao::web {
namespace {

using html::Escape;

struct DocView {
  StoredDocument stored;
  std::optional<Document> normalized;
  std::map<std::int64_t, RecordCorrections> corrections;  // by record id
  std::map<int, std::vector<int>> checks_about;           // record ordinal -> ordinals of checks naming it
  std::vector<DocumentCorrection> metadata;               // the document's corrections that apply
};

Result<DocView> LoadDocView(Database* db, std::int64_t id) {
  DocView v;
  Result<StoredDocument> stored = LoadStoredDocument(db, id);
  if (!stored.ok()) return stored.status();
  v.stored = std::move(stored).value();
  Result<std::string> json = LoadDocumentJson(db, id);
  if (json.ok()) {
    Document doc;
    if (DocumentFromJson(json.value(), &doc)) v.normalized = std::move(doc);
  }
  Result<std::map<std::int64_t, RecordCorrections>> c = CorrectionsByRecord(db, id);
  if (!c.ok()) return c.status();
  v.corrections = std::move(c).value();
  Result<std::map<std::int64_t, std::vector<DocumentCorrection>>> m = DocumentCorrectionsByDocument(db, id);
  if (!m.ok()) return m.status();
  if (!m.value().empty()) v.metadata = std::move(m.value().begin()->second);
  const std::vector<Record>& records = v.stored.extraction.records;
  for (std::size_t i = 0; i < records.size(); ++i) {
    if (records[i].type != RecordType::kCheck) continue;
    for (int ref : records[i].refs) v.checks_about[ref].push_back(static_cast<int>(i));
  }
  return v;
}

// The extracted value of a numeric field: printed as stored ("1621",
// "12.5") and shown in the reports' style ("1.621", "12,5"); unknown: null.
struct FieldValue {
  std::string raw;    // "null" when unknown
  std::string shown;  // "—" when unknown
};

std::string RawReal(double v) {
  if (std::trunc(v) == v && std::fabs(v) < 9.0e15) return std::to_string(static_cast<std::int64_t>(v));
  std::string s = std::to_string(v);
  while (!s.empty() && s.back() == '0') s.pop_back();
  return s;
}

FieldValue ValueOf(const Record& r, const std::string& field) {
  auto count = [](const std::optional<std::int64_t>& v) {
    return v ? FieldValue{std::to_string(*v), FormatCount(v)} : FieldValue{"null", "—"};
  };
  auto real = [](const std::optional<double>& v) {
    return v ? FieldValue{RawReal(*v), FormatDecimal(v, 4)} : FieldValue{"null", "—"};
  };
  if (field == "classes") return count(r.classes);
  if (field == "participants") return count(r.participants);
  if (field == "female") return count(r.female);
  if (field == "cost_vnd") return count(r.cost_vnd);
  if (field == "amount_vnd") return count(r.amount_vnd);
  if (field == "value") return real(r.value);
  if (field == "of") return real(r.of);
  return {"null", "—"};
}

std::string ShownCorrected(const std::string& printed, const std::string& field) {
  if (printed == "null" || printed.empty()) return "—";
  char* end = nullptr;
  double v = std::strtod(printed.c_str(), &end);
  if (end == nullptr || *end != '\0') return printed;
  if (field == "value" || field == "of") return FormatDecimal(v, 4);
  return FormatCount(static_cast<std::int64_t>(std::llround(v)));
}

const Correction* SetOf(const RecordCorrections* rc, const std::string& field) {
  if (rc == nullptr) return nullptr;
  for (const Correction& c : rc->sets) {
    if (c.field == field) return &c;
  }
  return nullptr;
}

std::string RecordLabel(const PageContext& ctx, const Record& r) {
  std::string out = "<span class=\"label\">" + Escape(r.label.empty() ? "—" : r.label) + "</span>";
  std::string meta;
  if (r.topic) meta += ctx.T("topic." + *r.topic);
  if (r.category) meta += (meta.empty() ? "" : " · ") + ctx.T("category." + *r.category);
  if (r.status) meta += (meta.empty() ? "" : " · ") + ctx.T("status." + *r.status);
  if (r.period) meta += (meta.empty() ? "" : " · ") + FormatPeriod(*r.period);
  if (r.commune) meta += (meta.empty() ? "" : " · ") + *r.commune;
  if (r.unit) meta += (meta.empty() ? "" : " · ") + *r.unit;
  if (r.approx) meta += (meta.empty() ? "" : " · ") + ctx.T("fig.approx");
  if (!meta.empty()) out += "<div class=\"sub\">" + Escape(meta) + "</div>";
  return out;
}

std::string BoxAttr(const BoundingBox& b) {
  char buf[128];
  std::snprintf(buf, sizeof buf, "%.1f,%.1f,%.1f,%.1f", b.x0, b.y0, b.x1, b.y1);
  return buf;
}

// One record's row: its label, its figures (each a cell the keyboard
// visits), and, hidden, what the evidence panel shows for it.
std::string RecordRow(const PageContext& ctx, const DocView& v, std::size_t i, bool has_originals) {
  const Record& r = v.stored.extraction.records[i];
  const std::int64_t id = v.stored.record_ids[i];
  auto it = v.corrections.find(id);
  const RecordCorrections* rc = it == v.corrections.end() ? nullptr : &it->second;
  std::string cls = "rec";
  if (rc != nullptr && rc->rejected) cls += " rejected";
  if (rc != nullptr && rc->review) cls += " review";
  if (v.checks_about.count(static_cast<int>(i)) > 0) cls += " flag";

  std::string attrs = " id=\"r" + std::to_string(id) + "\" class=\"" + cls + "\" data-rec=\"" + std::to_string(id) +
                      "\" data-ordinal=\"" + std::to_string(i) + "\"";
  std::optional<Region> region;
  if (v.normalized) region = EvidenceRegion(*v.normalized, r.source);
  const std::string& format = v.stored.extraction.document.format;
  bool paged = format == "pdf" || format == "pdf-scan" || format == "image";
  if (region && paged && has_originals) {
    attrs += " data-page=\"" + std::to_string(region->page) + "\" data-box=\"" + BoxAttr(region->box) + "\"";
  } else if (r.source.page) {
    attrs += " data-page=\"" + std::to_string(*r.source.page) + "\"";
  }
  std::string where;
  if (r.source.page) where += ctx.T("src.page") + " " + std::to_string(*r.source.page) + " · ";
  where += ctx.T("src.block") + " " + std::to_string(r.source.block);
  if (r.source.row) where += " · " + ctx.T("src.row") + " " + std::to_string(*r.source.row);
  where += " · " + r.rule;

  std::string out = "<tr" + attrs + "><td class=\"id\">#" + std::to_string(id) + "</td><td>" + RecordLabel(ctx, r) +
                    "<div class=\"srctext\" hidden>" + Escape(r.source.text) + "</div><div class=\"where\" hidden>" +
                    Escape(where) + "</div>";
  if (rc != nullptr && rc->rejected) {
    out += "<div class=\"sub rejnote\">" + Escape(ctx.T("fig.rejected")) + "</div>";
  }
  out += "</td>";
  // Columns: activity 4 figures; budget its amount in the 4th; figure value and of.
  std::vector<std::string> columns = {"classes", "participants", "female", "cost_vnd"};
  if (r.type == RecordType::kBudget) columns = {"", "", "", "amount_vnd"};
  if (r.type == RecordType::kFigure) columns = {"", "value", "of", ""};
  for (const std::string& field : columns) {
    if (field.empty()) {
      out += "<td></td>";
      continue;
    }
    FieldValue fv = ValueOf(r, field);
    const Correction* set = SetOf(rc, field);
    std::string fcls = "fig n";
    std::string shown = Escape(fv.shown);
    std::string title;
    if (fv.raw == "null") fcls += " null";
    if (set != nullptr) {
      bool accepted = set->corrected == set->extracted;
      fcls += accepted ? " accepted" : " corrected";
      if (set->state == "review") fcls += " review";
      if (!accepted) shown = "<del>" + Escape(fv.shown) + "</del> " + Escape(ShownCorrected(set->corrected, field));
      else shown += " <span class=\"tick\">✓</span>";
      title = set->author + ", " + FormatTimestamp(set->created) + ": " + set->note;
    }
    out += "<td class=\"" + fcls + "\" tabindex=\"-1\" data-field=\"" + field + "\" data-value=\"" + Escape(fv.raw) +
           "\" data-label=\"" + Escape(ctx.T("field." + field)) + "\"" +
           (title.empty() ? "" : " title=\"" + Escape(title) + "\"") + ">" + shown + "</td>";
  }
  out += "</tr>";
  return out;
}

std::string ChecksHtml(const PageContext& ctx, const DocView& v) {
  const std::vector<Record>& records = v.stored.extraction.records;
  std::string out;
  int n = 0;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const Record& c = records[i];
    if (c.type != RecordType::kCheck) continue;
    ++n;
    auto it = v.corrections.find(v.stored.record_ids[i]);
    bool rejected = it != v.corrections.end() && it->second.rejected;
    out += "<li class=\"check " + Escape(c.severity) + (rejected ? " rejected" : "") + "\"><strong>" + Escape(c.rule) +
           "</strong> " + Escape(c.message);
    if (!c.refs.empty()) {
      out += " <span class=\"refs\">→ ";
      for (int ref : c.refs) {
        if (ref < 0 || static_cast<std::size_t>(ref) >= records.size()) continue;
        std::int64_t rid = v.stored.record_ids[static_cast<std::size_t>(ref)];
        const Record& about = records[static_cast<std::size_t>(ref)];
        out += "<a href=\"#r" + std::to_string(rid) + "\" class=\"goto\" data-goto=\"" + std::to_string(rid) + "\">" +
               Escape(about.label.empty() ? "#" + std::to_string(rid) : about.label) + "</a> ";
      }
      out += "</span>";
    }
    out += "</li>";
  }
  if (n == 0) return "<p class=\"ok\">" + Escape(ctx.T("doc.no_checks")) + "</p>";
  return "<ul class=\"checks\">" + out + "</ul>";
}

}  // namespace

Result<std::string> FigureRowHtml(Database* db, const PageContext& ctx, std::int64_t record_id, bool has_originals) {
  Result<std::int64_t> doc = DocumentOfRecord(db, record_id);
  if (!doc.ok()) return doc.status();
  Result<DocView> v = LoadDocView(db, doc.value());
  if (!v.ok()) return v.status();
  for (std::size_t i = 0; i < v.value().stored.record_ids.size(); ++i) {
    if (v.value().stored.record_ids[i] == record_id) return RecordRow(ctx, v.value(), i, has_originals);
  }
  return Status::NotFound("no record " + std::to_string(record_id));
}

Result<std::string> EvidenceFragment(Database* db, std::int64_t document_id, std::int64_t record_id) {
  Result<StoredDocument> stored = LoadStoredDocument(db, document_id);
  if (!stored.ok()) return stored.status();
  const Record* record = nullptr;
  for (std::size_t i = 0; i < stored.value().record_ids.size(); ++i) {
    if (stored.value().record_ids[i] == record_id) record = &stored.value().extraction.records[i];
  }
  if (record == nullptr) return Status::NotFound("no record " + std::to_string(record_id) + " in this document");
  Result<std::string> json = LoadDocumentJson(db, document_id);
  if (!json.ok()) return json.status();
  Document doc;
  if (!DocumentFromJson(json.value(), &doc)) return Status::Internal("the stored document does not parse");
  std::string out = EvidenceHtml(doc, record->source);
  if (out.empty()) out = "<p class=\"evp\"><mark>" + Escape(record->source.text) + "</mark></p>";
  return out;
}

Result<WebResponse> DocumentPage(Database* db, const PageContext& ctx, std::int64_t id, bool has_originals) {
  Result<DocView> loaded = LoadDocView(db, id);
  if (!loaded.ok()) return loaded.status();
  const DocView& v = loaded.value();
  const DocumentInfo& d = v.stored.extraction.document;  // as extracted: the metadata section corrects it
  DocumentInfo corrected = d;
  ApplyDocumentCorrections(v.metadata, &corrected);
  const StoredDocumentInfo& info = v.stored.info;

  std::string b = "<div class=\"dochead\"><h1>" + Escape(d.file) + "</h1><p class=\"sub\">" +
                  Escape(ctx.T("doctype." + corrected.doc_type)) + " · " + Escape(d.format) + " · v" +
                  std::to_string(info.version) + " · " + Escape(ctx.T("col.loaded")) + " " +
                  Escape(FormatTimestamp(info.loaded_at));
  if (info.supersedes) {
    b += " · <a href=\"/documents/" + std::to_string(*info.supersedes) + "\">" + Escape(ctx.T("doc.previous")) +
         "</a> · <a href=\"/diff?document=" + std::to_string(id) + "\">" + Escape(ctx.T("docs.changes")) + "</a>";
  }
  if (info.superseded_by) {
    b += " · <strong class=\"warn\"><a href=\"/documents/" + std::to_string(*info.superseded_by) + "\">" +
         Escape(ctx.T("docs.superseded")) + "</a></strong>";
  }
  b += "</p></div>";

  b += MetadataSection(ctx, id, d, v.metadata);

  // A partial read (a page not read, a text layer replaced by OCR) is said
  // before the figures: some of the report may be missing from them.
  if (!d.warnings.empty()) {
    b += "<section class=\"warnings\"><h2 class=\"warn\">" + Escape(ctx.T("doc.warnings")) + "</h2><ul>";
    for (const std::string& w : d.warnings) b += "<li>" + Escape(w) + "</li>";
    b += "</ul></section>";
  }
  b += "<section class=\"checks\"><h2>" + Escape(ctx.T("doc.checks")) + "</h2>" + ChecksHtml(ctx, v) + "</section>";

  b += "<p class=\"keys\">" + Escape(ctx.T(ctx.can_correct() ? "doc.keys" : "doc.keys_readonly")) + "</p>";
  b += "<div class=\"verify\" id=\"verify\" data-doc=\"" + std::to_string(id) + "\" data-format=\"" + Escape(d.format) +
       "\" data-can-correct=\"" + (ctx.can_correct() ? "1" : "0") + "\"><div class=\"figures\">";
  b += "<table class=\"figs\"><thead><tr><th>#</th><th>" + Escape(ctx.T("col.item")) + "</th><th>" +
       Escape(ctx.T("field.classes")) + "</th><th>" + Escape(ctx.T("field.participants")) + "</th><th>" +
       Escape(ctx.T("field.female")) + "</th><th>" + Escape(ctx.T("field.amount")) + "</th></tr></thead>";
  const std::vector<Record>& records = v.stored.extraction.records;
  const std::pair<RecordType, const char*> groups[] = {{RecordType::kActivity, "doc.activities"},
                                                       {RecordType::kBudget, "doc.budgets"},
                                                       {RecordType::kFigure, "doc.other_figures"}};
  int shown = 0;
  for (const auto& [type, key] : groups) {
    std::string rows;
    for (std::size_t i = 0; i < records.size(); ++i) {
      if (records[i].type == type) rows += RecordRow(ctx, v, i, has_originals);
    }
    if (rows.empty()) continue;
    b += "<tbody><tr class=\"group\"><th colspan=\"6\">" + Escape(ctx.T(key)) + "</th></tr>" + rows + "</tbody>";
    ++shown;
  }
  if (shown == 0) b += "<tbody><tr><td colspan=\"6\" class=\"empty\">" + Escape(ctx.T("doc.no_figures")) + "</td></tr></tbody>";
  b += "</table></div>";

  // The evidence panel and the action bar, filled by the script.
  b += "<aside class=\"evidence\" id=\"evidence\"><div class=\"evhead\"><span id=\"ev-field\"></span> "
       "<span id=\"ev-where\" class=\"sub\"></span></div>"
       "<div class=\"pageview\" id=\"pageview\" hidden><img id=\"pageimg\" alt=\"\"><div id=\"hl\" class=\"hl\"></div></div>"
       "<div class=\"blockview\" id=\"blockview\" hidden></div>"
       "<p class=\"srcline\" id=\"ev-text\"></p>";
  if (ctx.can_correct()) {
    b += "<form id=\"act\" class=\"act\" autocomplete=\"off\"><label>" + Escape(ctx.T("act.value")) +
         " <input id=\"act-value\" inputmode=\"decimal\"></label><label>" + Escape(ctx.T("act.note")) +
         " <input id=\"act-note\"></label><div class=\"buttons\"><button type=\"button\" id=\"btn-accept\">" +
         Escape(ctx.T("act.accept")) + "</button><button type=\"button\" id=\"btn-set\">" + Escape(ctx.T("act.set")) +
         "</button><button type=\"button\" id=\"btn-reject\">" + Escape(ctx.T("act.reject")) +
         "</button><button type=\"button\" id=\"btn-undo\">" + Escape(ctx.T("act.undo")) +
         "</button></div><p id=\"act-msg\" class=\"msg\" role=\"status\" aria-live=\"polite\"></p>"
         "<template id=\"t-strings\" data-need-reason=\"" + Escape(ctx.T("act.need_reason")) + "\" data-saved=\"" +
         Escape(ctx.T("act.saved")) + "\" data-default-note=\"" + Escape(ctx.T("act.default_note")) +
         "\" data-accept-note=\"" + Escape(ctx.T("act.accept_note")) + "\" data-undo-note=\"" +
         Escape(ctx.T("act.undo_note")) + "\" data-bad-number=\"" + Escape(ctx.T("act.bad_number")) +
         "\"></template></form>";
  }
  b += "</aside></div>";
  return HtmlPage(Frame(ctx, d.file, "documents", "document", b));
}

}  // namespace baocao::web
