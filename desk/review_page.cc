#include "desk/review_page.h"

#include <cmath>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "desk/diff_format.h"
#include "desk/html.h"
#include "desk/corrections.h"
#include "desk/diff_sources.h"
#include "store/stored_document.h"

namespace baocao {
namespace {

using html::Escape;

std::string Opt(const std::optional<std::string>& v) { return v ? Escape(*v) : "—"; }

std::string Real(const std::optional<double>& v) {
  if (!v) return "—";
  if (std::trunc(*v) == *v && std::fabs(*v) < 9.0e15) return html::Number(static_cast<std::int64_t>(*v));
  std::string s = std::to_string(*v);
  while (!s.empty() && s.back() == '0') s.pop_back();
  for (char& c : s) {
    if (c == '.') c = ',';  // the reports' decimal comma
  }
  return s;
}

std::string StatusName(const std::optional<std::string>& status) {
  if (!status) return "không rõ";
  if (*status == "actual") return "Kết quả (actual)";
  if (*status == "plan") return "Kế hoạch (plan)";
  if (*status == "demand") return "Nhu cầu (demand)";
  return *status;
}

// What the analyst did to one record, and what the checks say of it.
struct RecordView {
  std::int64_t id = 0;
  const Record* record = nullptr;
  const RecordCorrections* corrections = nullptr;  // null when none
  std::vector<std::string> checks;                 // messages of checks about it
};

const Correction* CorrectionOf(const RecordView& v, const char* field) {
  if (v.corrections == nullptr) return nullptr;
  for (const Correction& c : v.corrections->sets) {
    if (c.field == field) return &c;
  }
  return nullptr;
}

// A cell with the extracted value, or "extracted → corrected" when the
// analyst corrected it.
std::string Cell(const RecordView& v, const char* field, const std::string& extracted, bool numeric) {
  const Correction* c = CorrectionOf(v, field);
  std::string cls = numeric ? "n" : "";
  if (c == nullptr) return "<td class=\"" + cls + "\">" + extracted + "</td>";
  cls += " corr";
  if (c->state == "review") cls += " review";
  std::string corrected = c->corrected == "null" ? "—" : Escape(c->corrected);
  if (numeric && c->corrected.find_first_not_of("0123456789") == std::string::npos && !c->corrected.empty() &&
      c->corrected.size() < 19) {
    corrected = html::Number(std::stoll(c->corrected));  // grouped like the extracted value beside it
  }
  std::string title = c->author + ", " + c->created + ": " + c->note;
  if (c->state == "review") title += " (extracted value changed to " + c->current + " since: review)";
  return "<td class=\"" + cls + "\" title=\"" + Escape(title) + "\"><del>" + extracted + "</del>" + corrected +
         "</td>";
}

std::string SourceCell(const Record& r) {
  std::string where = "block " + std::to_string(r.source.block);
  if (r.source.page) where = "trang " + std::to_string(*r.source.page) + ", " + where;
  if (r.source.row) where += ", row " + std::to_string(*r.source.row);
  return "<td class=\"src\"><q>" + Escape(r.source.text) + "</q><br>" + where + " · " + Escape(r.rule) + "</td>";
}

std::string RowStart(const RecordView& v) {
  std::string cls;
  if (!v.checks.empty()) cls += "flag";
  if (v.corrections != nullptr && v.corrections->rejected) cls += std::string(cls.empty() ? "" : " ") + "rejected";
  std::string out = "<tr";
  if (!cls.empty()) out += " class=\"" + cls + "\"";
  if (!v.checks.empty()) {
    std::string title;
    for (const std::string& m : v.checks) title += (title.empty() ? "" : "\n") + m;
    out += " title=\"" + Escape(title) + "\"";
  }
  return out + "><td class=\"id\">#" + std::to_string(v.id) + "</td>";
}

std::string ActivityRow(const RecordView& v) {
  const Record& r = *v.record;
  return RowStart(v) + Cell(v, "topic", Opt(r.topic), false) + "<td>" + Escape(r.label) +
         (r.approx ? " <span class=\"note\">(≈)</span>" : "") + "</td>" +
         Cell(v, "organizer", Opt(r.organizer), false) + Cell(v, "commune", Opt(r.commune), false) +
         Cell(v, "classes", html::Number(r.classes), true) +
         Cell(v, "participants", html::Number(r.participants), true) +
         Cell(v, "female", html::Number(r.female), true) + Cell(v, "cost_vnd", html::Number(r.cost_vnd), true) +
         SourceCell(r) + "</tr>\n";
}

std::string BudgetRow(const RecordView& v) {
  const Record& r = *v.record;
  return RowStart(v) + Cell(v, "category", Opt(r.category), false) + "<td>" + Escape(r.label) + "</td>" +
         Cell(v, "amount_vnd", html::Number(r.amount_vnd), true) + SourceCell(r) + "</tr>\n";
}

std::string FigureRow(const RecordView& v) {
  const Record& r = *v.record;
  return RowStart(v) + "<td>" + Escape(r.label) + "</td>" + Cell(v, "value", Real(r.value), true) +
         Cell(v, "unit", Opt(r.unit), false) + Cell(v, "of", Real(r.of), true) +
         Cell(v, "period", Opt(r.period), false) + SourceCell(r) + "</tr>\n";
}

constexpr const char* kActivityHead =
    "<table><tr><th>id</th><th>topic</th><th>label</th><th>organizer</th><th>commune</th><th>classes</th>"
    "<th>participants</th><th>women</th><th>cost (đồng)</th><th>source</th></tr>\n";
constexpr const char* kBudgetHead =
    "<table><tr><th>id</th><th>category</th><th>label</th><th>amount (đồng)</th><th>source</th></tr>\n";
constexpr const char* kFigureHead =
    "<table><tr><th>id</th><th>name</th><th>value</th><th>unit</th><th>of</th><th>period</th><th>source</th>"
    "</tr>\n";

// Tables of one type, one per (status, period) in document order.
std::string Grouped(const std::vector<RecordView>& views, RecordType type, const char* title, const char* head,
                    std::string (*row)(const RecordView&)) {
  std::vector<std::pair<std::optional<std::string>, std::optional<std::string>>> order;
  std::map<std::pair<std::optional<std::string>, std::optional<std::string>>, std::string> rows;
  for (const RecordView& v : views) {
    if (v.record->type != type) continue;
    auto key = std::make_pair(v.record->status, v.record->period);
    if (rows.count(key) == 0) order.push_back(key);
    rows[key] += row(v);
  }
  std::string out;
  for (const auto& key : order) {
    out += std::string("<h3>") + title;
    if (type != RecordType::kFigure) out += " — " + Escape(StatusName(key.first)) + ", " + Opt(key.second);
    out += "</h3>\n" + std::string(head) + rows[key] + "</table>\n";
  }
  return out;
}

std::string MetaTable(const StoredDocumentInfo& info) {
  const DocumentInfo& d = info.document;
  auto row = [](const char* name, const std::string& value) {
    return std::string("<tr><td>") + name + "</td><td>" + value + "</td></tr>";
  };
  std::string version = std::to_string(info.version);
  if (info.supersedes) version += " (supersedes document " + std::to_string(*info.supersedes) + ")";
  if (info.superseded_by) version += " (superseded by document " + std::to_string(*info.superseded_by) + ")";
  return "<table class=\"meta\">" + row("document", std::to_string(info.id) + " · " + Escape(d.file)) +
         row("type", Escape(d.doc_type)) + row("ref", Opt(d.ref)) + row("issued", Opt(d.issued)) +
         row("title", Opt(d.title)) + row("issuer", Opt(d.issuer)) + row("commune", Opt(d.commune)) +
         row("district", Opt(d.district)) + row("province", Opt(d.province)) +
         row("format", Escape(d.format) + (d.pages ? ", " + std::to_string(*d.pages) + " pages" : "")) +
         row("version", version) + row("loaded", Escape(info.loaded_at) + " · rules " + Escape(info.rules_version)) +
         "</table>\n";
}

Result<std::string> DocumentSection(Database* db, const StoredDocumentInfo& info, int* checks_out) {
  Result<StoredDocument> stored = LoadStoredDocument(db, info.id);
  if (!stored.ok()) return stored.status();
  Result<std::map<std::int64_t, RecordCorrections>> corrections = CorrectionsByRecord(db, info.id);
  if (!corrections.ok()) return corrections.status();
  const Extraction& e = stored.value().extraction;

  std::vector<RecordView> views(e.records.size());
  for (std::size_t i = 0; i < e.records.size(); ++i) {
    views[i].id = stored.value().record_ids[i];
    views[i].record = &e.records[i];
    auto it = corrections.value().find(views[i].id);
    if (it != corrections.value().end()) views[i].corrections = &it->second;
  }
  std::string checks;
  for (const RecordView& v : views) {
    const Record& r = *v.record;
    if (r.type != RecordType::kCheck) continue;
    bool dismissed = v.corrections != nullptr && v.corrections->rejected;
    std::string message = r.rule + ": " + r.message;
    std::string about;
    for (int ref : r.refs) {
      if (ref < 0 || static_cast<std::size_t>(ref) >= views.size()) continue;
      views[static_cast<std::size_t>(ref)].checks.push_back(message);
      about += (about.empty() ? "" : ", ") + std::string("#") + std::to_string(views[static_cast<std::size_t>(ref)].id);
    }
    if (!dismissed) ++*checks_out;
    checks += "<div class=\"check " + Escape(r.severity) + "\"" + (dismissed ? " style=\"opacity:.5\"" : "") +
              "><b>" + Escape(r.rule) + "</b> (" + Escape(r.severity) + ", #" + std::to_string(v.id) + ") " +
              Escape(r.message) + (about.empty() ? "" : " — about " + about) +
              (dismissed ? " <i>(dismissed by the analyst)</i>" : "") + "</div>\n";
  }

  const DocumentInfo& d = info.document;
  std::string out = "<section id=\"d" + std::to_string(info.id) + "\"><h2>" + Escape(d.file) + " — " +
                    Opt(d.title) + "</h2>\n" + MetaTable(info) + checks;
  for (const std::string& w : d.warnings) {
    out += "<div class=\"check warning\"><b>read only in part</b> " + Escape(w) + "</div>\n";
  }
  out += Grouped(views, RecordType::kActivity, "Hoạt động", kActivityHead, ActivityRow);
  out += Grouped(views, RecordType::kBudget, "Kinh phí", kBudgetHead, BudgetRow);
  out += Grouped(views, RecordType::kFigure, "Số liệu khác", kFigureHead, FigureRow);
  if (e.records.empty()) out += "<p class=\"note\">No figures were read from this document.</p>\n";

  if (info.supersedes) {
    Result<Diff> diff = DiffDocumentVersion(db, info.id);
    if (!diff.ok()) return diff.status();
    out += "<h3>Changes since the previous version (document " + std::to_string(*info.supersedes) + ")</h3>\n";
    out += diff.value().empty() ? std::string("<p class=\"note\">No figure changed.</p>\n")
                                : DiffHtmlSection(diff.value().documents.front());
  }
  // What the last re-extraction (new rules) changed, when one did: a report
  // with no second version can still have moved.
  Result<std::optional<Diff>> rerun = DiffLastReextraction(db, info.id);
  if (!rerun.ok()) return rerun.status();
  if (rerun.value()) {
    const Diff& since = *rerun.value();
    out += "<h3>Changes since " + Escape(since.old_label) + " (re-extracted by " + Escape(since.new_label) +
           ")</h3>\n";
    out += since.empty() ? std::string("<p class=\"note\">No figure changed.</p>\n")
                         : DiffHtmlSection(since.documents.front());
  }
  return out + "</section>\n";
}

std::string CorrectionsSection(const std::vector<Correction>& all) {
  if (all.empty()) return "";
  std::string out =
      "<h2 id=\"corrections\">Corrections</h2>\n<table><tr><th>id</th><th>document</th><th>record</th><th>label</th>"
      "<th>field</th><th>extracted</th><th>corrected</th><th>now extracted</th><th>state</th><th>who, when, why</th>"
      "</tr>\n";
  for (const Correction& c : all) {
    std::string cls = c.state == "review" ? " class=\"changed\"" : "";
    out += "<tr" + cls + "><td>" + std::to_string(c.id) + "</td><td><a href=\"#d" + std::to_string(c.document_id) +
           "\">" + Escape(c.file) + "</a></td><td>" + (c.record_id ? "#" + std::to_string(*c.record_id) : "gone") +
           "</td><td>" + Escape(c.label) + "</td><td>" + Escape(c.action == "reject" ? "(rejected)" : c.field) +
           "</td><td class=\"n\">" + Escape(c.extracted) + "</td><td class=\"n\">" + Escape(c.corrected) +
           "</td><td class=\"n\">" + Escape(c.current) + "</td><td>" + Escape(c.state) + "</td><td>" +
           Escape(c.author + ", " + c.created + ": " + c.note) + "</td></tr>\n";
  }
  return out + "</table>\n";
}

}  // namespace

Status WriteReviewPage(Database* db, const ReviewOptions& options, std::ostream& out) {
  Result<std::vector<StoredDocumentInfo>> documents = ListStoredDocuments(db, !options.all_versions);
  if (!documents.ok()) return documents.status();
  std::vector<StoredDocumentInfo> shown;
  for (StoredDocumentInfo& d : documents.value()) {
    if (!options.document || *options.document == d.id) shown.push_back(std::move(d));
  }
  if (options.document && shown.empty()) {
    return Status::NotFound("no document " + std::to_string(*options.document));
  }
  Result<std::vector<Correction>> corrections = ListCorrections(db, options.document, /*history=*/false);
  if (!corrections.ok()) return corrections.status();
  int to_review = 0;
  for (const Correction& c : corrections.value()) to_review += c.state == "review" ? 1 : 0;

  std::string body;
  std::string nav = "<nav>";
  int total_checks = 0;
  for (const StoredDocumentInfo& d : shown) {
    int checks = 0;
    Result<std::string> section = DocumentSection(db, d, &checks);
    if (!section.ok()) return section.status();
    body += section.value();
    total_checks += checks;
    nav += "<a href=\"#d" + std::to_string(d.id) + "\">" + Escape(d.document.file) + "</a>";
    if (checks > 0) nav += "<span class=\"badge\">" + std::to_string(checks) + "</span> ";
  }
  nav += "</nav>\n";

  out << html::PageStart("baocao review");
  out << "<h1>baocao review</h1>\n<p>" << shown.size() << " document(s), " << total_checks << " check(s), "
      << corrections.value().size() << " correction(s)";
  if (to_review > 0) out << ", <span class=\"badge warn\">" << to_review << " to review</span>";
  out << ". Record ids (#) are what <code>baocao correct --record ID</code> takes. Corrected values show as "
         "<span class=\"corr\"><del>extracted</del>corrected</span>; rows a check is about are "
         "<span style=\"background:#fff0f0\">marked</span>.</p>\n";
  out << nav << CorrectionsSection(corrections.value()) << body << html::PageEnd();
  if (!out) return Status::IoError("review: cannot write the page");
  return Status::Ok();
}

}  // namespace baocao
