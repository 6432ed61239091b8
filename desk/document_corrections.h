// The analyst's corrections of a document's metadata: the commune, issuer,
// type, reference, date of issue, title, district or province the extractor
// read wrong, set once with who, when and why, and used wherever the
// document's metadata is read: the exports, v_documents and the record
// views built on it (v_records, v_activities, ...), the roll-up, the XLSX
// export and the desk's document page.
//
//   DocumentCorrectionRequest set;
//   set.document_id = 12;  set.field = "issued";  set.value = "2024-12-20";
//   set.author = "lan";    set.note = "ngày ký trên bản giấy";
//   Result<std::int64_t> id = AddDocumentCorrection(db, set);
//
// Nothing is updated or deleted (store/schema.cc, version 7): a newer set of
// the same field replaces the older one, an undo cancels it, and the table
// keeps the history.
//
// Thread safety: uses the Database's connection (one thread).
#ifndef BAOCAO_DESK_DOCUMENT_CORRECTIONS_H_
#define BAOCAO_DESK_DOCUMENT_CORRECTIONS_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "desk/corrections.h"
#include "extractors/record.h"
#include "store/database.h"
#include "util/status.h"

namespace baocao {

struct DocumentCorrectionRequest {
  std::int64_t document_id = 0;  // documents.id, as the desk's URL and `baocao review` show it
  CorrectionAction action = CorrectionAction::kSet;  // kSet or kUndo
  std::string field;  // one of CorrectableDocumentFields() (store/views.h)
  // kSet: the value as typed; "null" makes it unknown (not for doc_type).
  // doc_type: a code (bao_cao, ke_hoach, to_trinh, cong_van, quyet_dinh,
  // other); issued: a date that exists, YYYY-MM-DD, YYYY-MM or YYYY; ref:
  // no white space (as the contract prints it); others: one line of text.
  std::string value;
  std::string note;    // why; may be empty
  std::string author;  // who; required
};

// Stores the correction. InvalidInput (a one-line reason naming the field)
// for an unknown field, a value of the wrong form, an undo of a field with
// nothing to undo, or no author; NotFound for an unknown document. Returns
// the correction's id.
Result<std::int64_t> AddDocumentCorrection(Database* db, const DocumentCorrectionRequest& request);
// Several in one transaction: all are stored or none.
Result<std::vector<std::int64_t>> AddDocumentCorrections(Database* db,
                                                         const std::vector<DocumentCorrectionRequest>& requests);

// One correction as v_document_corrections shows it; values printed, "null"
// for unknown.
struct DocumentCorrection {
  std::int64_t id = 0;
  std::int64_t document_id = 0;
  std::string file;
  std::string sha256;
  std::string action;     // set | undo
  std::string field;
  std::string extracted;  // the document's value when the correction was made
  std::string corrected;  // the value to use (set only)
  std::string current;    // the document's extracted value now
  std::string note;
  std::string author;
  std::string created;  // ISO 8601 UTC
  std::string state;    // active | review | replaced | undone
};

// Every correction in id order; `document_id` restricts to one document.
// With `history` false only those that apply (active and review).
Result<std::vector<DocumentCorrection>> ListDocumentCorrections(Database* db,
                                                                std::optional<std::int64_t> document_id,
                                                                bool history);

// The sets that apply, by document id: one per corrected field.
Result<std::map<std::int64_t, std::vector<DocumentCorrection>>> DocumentCorrectionsByDocument(
    Database* db, std::optional<std::int64_t> document_id = std::nullopt);

// Writes the corrected values into `document`, as v_documents does.
void ApplyDocumentCorrections(const std::vector<DocumentCorrection>& sets, DocumentInfo* document);

}  // namespace baocao

#endif  // BAOCAO_DESK_DOCUMENT_CORRECTIONS_H_
