// A document's metadata on its page: an editable form for an analyst (each
// changed field stored as a document correction with her account name), a
// plain table for the others. The form is an ordinary POST with the CSRF
// token; it works without the script.
#include <algorithm>

#include "desk/document_corrections.h"
#include "desk/html.h"
#include "desk/web/pages.h"
#include "extractors/record_schema.h"
#include "store/views.h"

namespace baocao::web {
namespace {

using html::Escape;

// The interface string naming each correctable field (store/views.h).
std::string LabelKey(const std::string& field) {
  if (field == "commune") return "col.commune";
  return "meta." + field;
}

const std::vector<std::string>& DocTypeCodes() {
  static const auto* codes =
      new std::vector<std::string>{"bao_cao", "ke_hoach", "to_trinh", "cong_van", "quyet_dinh", "other"};
  return *codes;
}

// A field's value as the form shows and takes it: "" for unknown.
std::string Typed(const DocumentInfo& d, const std::string& field) {
  for (const DocumentField& f : DocumentFields()) {
    if (f.name != field) continue;
    FieldValue v = f.Get(d);
    if (const auto* text = std::get_if<std::string>(&v)) return *text;
  }
  return "";
}

const DocumentCorrection* SetOf(const std::vector<DocumentCorrection>& sets, const std::string& field) {
  for (const DocumentCorrection& c : sets) {
    if (c.field == field) return &c;
  }
  return nullptr;
}

std::string Input(const PageContext& ctx, const std::string& field, const std::string& value) {
  std::string id = "m-" + field;
  if (field != "doc_type") {
    return "<input id=\"" + id + "\" name=\"" + field + "\" value=\"" + Escape(value) + "\"" +
           (field == "issued" ? " placeholder=\"YYYY-MM-DD\"" : "") + ">";
  }
  std::string out = "<select id=\"" + id + "\" name=\"doc_type\">";
  for (const std::string& code : DocTypeCodes()) {
    out += "<option value=\"" + code + "\"" + (code == value ? " selected" : "") + ">" +
           Escape(ctx.T("doctype." + code)) + "</option>";
  }
  return out + "</select>";
}

}  // namespace

std::string MetadataSection(const PageContext& ctx, std::int64_t id, const DocumentInfo& extracted,
                            const std::vector<DocumentCorrection>& sets) {
  DocumentInfo shown = extracted;
  ApplyDocumentCorrections(sets, &shown);
  bool editable = ctx.can_correct();
  std::string b = "<details class=\"meta\" id=\"meta\"" + std::string(sets.empty() ? "" : " open") + "><summary>" +
                  Escape(ctx.T("doc.metadata")) + "</summary>";
  if (editable) {
    b += "<form class=\"metaform\" method=\"post\" action=\"/documents/" + std::to_string(id) +
         "/metadata\" autocomplete=\"off\"><input type=\"hidden\" name=\"csrf\" value=\"" + Escape(ctx.csrf) + "\">";
  }
  b += "<table class=\"meta\">";
  for (const std::string& field : CorrectableDocumentFields()) {
    std::string value = Typed(shown, field);
    const DocumentCorrection* set = SetOf(sets, field);
    b += "<tr" + std::string(set != nullptr ? " class=\"corrected\"" : "") + "><th><label for=\"m-" + field +
         "\">" + Escape(ctx.T(LabelKey(field))) + "</label></th><td>";
    if (editable) {
      b += Input(ctx, field, value);
    } else {
      std::string text = field == "doc_type" ? ctx.T("doctype." + value)
                         : field == "issued" && !value.empty() ? FormatPeriod(value)
                                                               : value;
      b += Escape(text.empty() ? "—" : text);
    }
    if (set != nullptr) {
      std::string was = set->extracted == "null" ? "—" : set->extracted;
      b += " <span class=\"sub\" title=\"" + Escape(set->author + ", " + FormatTimestamp(set->created) +
                                                   (set->note.empty() ? "" : ": " + set->note)) +
           "\">" + Escape(ctx.T("meta.extracted")) + ": " + Escape(was) + "</span>";
    }
    b += "</td></tr>";
  }
  if (extracted.ocr_confidence) {
    b += "<tr><th>" + Escape(ctx.T("meta.ocr")) + "</th><td>" + Escape(FormatDecimal(extracted.ocr_confidence, 1)) +
         "</td></tr>";
  }
  if (editable) {
    b += "<tr><th><label for=\"m-note\">" + Escape(ctx.T("act.note")) +
         "</label></th><td><input id=\"m-note\" name=\"note\"></td></tr></table><button type=\"submit\" "
         "id=\"meta-save\">" + Escape(ctx.T("meta.save")) + "</button></form>";
  } else {
    b += "</table>";
  }
  return b + "</details>";
}

std::vector<DocumentCorrectionRequest> MetadataChanges(const WebRequest& req, std::int64_t id,
                                                       const DocumentInfo& extracted,
                                                       const std::vector<DocumentCorrection>& sets,
                                                       const std::string& author) {
  DocumentInfo shown = extracted;
  ApplyDocumentCorrections(sets, &shown);
  std::vector<DocumentCorrectionRequest> out;
  for (const std::string& field : CorrectableDocumentFields()) {
    if (req.form.count(field) == 0) continue;  // a form without the field leaves it alone
    std::string typed = req.Param(field);
    // Spaces around a pasted value are not part of it.
    typed.erase(0, typed.find_first_not_of(" \t"));
    typed.erase(typed.find_last_not_of(" \t") + 1);
    if (typed == Typed(shown, field)) continue;
    DocumentCorrectionRequest r;
    r.document_id = id;
    r.field = field;
    r.value = typed.empty() ? "null" : typed;
    r.note = req.Param("note");
    r.author = author;
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace baocao::web
