// The analyst's corrections: a value she set (or a record she rejected) is
// stored beside the extracted value, with who, when and why, and used by
// the roll-up, the exports, the review page and the v_* views.
//
//   CorrectionRequest set;
//   set.record_id = 4711;  set.field = "participants";  set.value = "1621";
//   set.note = "Biểu số 01 ghi 1.621";  set.author = "lan";
//   Result<std::int64_t> id = AddCorrection(db, set);
//
// A correction is anchored to its record's key inside the document (type,
// status, period, topic, organizer, category, commune, label and the
// occurrence of that key; see store/views.h), not to records.id, so a
// re-extraction that writes the records anew keeps it. When the re-extracted
// value is the one the analyst corrected, the correction stays active; when
// it changed, or the record is gone, the correction is flagged `review` (it
// still applies until the analyst sets the field again or undoes it).
//
// Nothing is updated or deleted: a newer correction of the same field
// replaces the older one, and an undo entry cancels it.
//
// Thread safety: uses the Database's connection (one thread).
#ifndef BAOCAO_DESK_CORRECTIONS_H_
#define BAOCAO_DESK_CORRECTIONS_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "extractors/record.h"
#include "store/database.h"
#include "store/statement.h"
#include "util/status.h"

namespace baocao {

enum class CorrectionAction { kSet, kReject, kUndo };

struct CorrectionRequest {
  std::int64_t record_id = 0;  // records.id, as `baocao review` shows it
  CorrectionAction action = CorrectionAction::kSet;
  // kSet and kUndo: the record field (see CorrectableFields()); kUndo with
  // "*" undoes a rejection.
  std::string field;
  // kSet: the new value as typed: a whole number for counts and amounts, a
  // number for `value`/`of`, a code for status/topic/organizer/category, an
  // ISO period, any text for commune/unit; "null" makes it unknown.
  std::string value;
  std::string note;    // why; required
  std::string author;  // who; required
};

// The fields a correction may set: "classes", "participants", "female",
// "cost_vnd", "amount_vnd", "value", "of", "status", "period", "topic",
// "organizer", "category", "commune", "unit".
const std::vector<std::string>& CorrectableFields();

// Stores the correction. InvalidInput for an unknown field, a field the
// record's type does not have, a value of the wrong form, an empty note or
// author, or a check record (checks can only be rejected); NotFound for an
// unknown record. Returns the correction's id.
Result<std::int64_t> AddCorrection(Database* db, const CorrectionRequest& request);
// Several in one transaction: all are stored or none.
Result<std::vector<std::int64_t>> AddCorrections(Database* db, const std::vector<CorrectionRequest>& requests);

// `add(db, request)` for each request in one transaction: all are stored or
// none; the ids in order. AddCorrections and AddDocumentCorrections.
template <typename Request, typename Add>
Result<std::vector<std::int64_t>> AddAllOrNone(Database* db, const std::vector<Request>& requests, Add add) {
  Transaction txn(db->handle());
  if (Status s = txn.Begin(); !s.ok()) return s;
  std::vector<std::int64_t> ids;
  for (const Request& r : requests) {
    Result<std::int64_t> id = add(db, r);
    if (!id.ok()) return id.status();  // the transaction rolls back the others
    ids.push_back(id.value());
  }
  if (Status s = txn.Commit(); !s.ok()) return s;
  return ids;
}

// One correction as v_corrections shows it. Values are printed: "null" for
// unknown, numbers as digits, text as is.
struct Correction {
  std::int64_t id = 0;
  std::int64_t document_id = 0;
  std::optional<std::int64_t> record_id;  // empty when no record has its key any more
  std::string file;
  std::string record_type;  // from the key
  std::string label;        // from the key
  std::string action;       // set | reject | undo
  std::string field;        // "*" for a rejection
  std::string extracted;    // the extracted value when the correction was made
  std::string corrected;    // the value to use (set only)
  std::string current;      // the record's extracted value now
  std::string note;
  std::string author;
  std::string created;      // ISO 8601 UTC
  std::string state;        // active | review | replaced | undone
};

// Every correction in id order; `document_id` restricts to one document.
// With `history` false only those that apply (active and review).
Result<std::vector<Correction>> ListCorrections(Database* db, std::optional<std::int64_t> document_id,
                                                bool history);

// What applies to one record.
struct RecordCorrections {
  bool rejected = false;
  bool review = false;
  std::vector<Correction> sets;  // one per corrected field, active or review
};

// The corrections that apply (active and review), by record id: those of
// `document_id`, or of every document. Read from v_corrections, the view the
// XLSX export and the v_* views also apply, so all of them agree.
Result<std::map<std::int64_t, RecordCorrections>> CorrectionsByRecord(
    Database* db, std::optional<std::int64_t> document_id = std::nullopt);

// Writes the corrected values of `c` into `record` (rejection is not
// applied: the caller decides whether to drop the record).
void ApplyCorrections(const RecordCorrections& c, Record* record);

// The extraction as the analyst corrected it, as the exports print it:
// corrected values written in, rejected records left out. `record_ids[i]` is
// the id of `extraction->records[i]`. Checks are not re-run on corrected
// values: a check stays unless the analyst rejected the check itself; its
// refs are renumbered to the records that stay, and refs to rejected records
// are dropped.
void ApplyCorrections(const std::map<std::int64_t, RecordCorrections>& by_record,
                      const std::vector<std::int64_t>& record_ids, Extraction* extraction);

// How many corrections need the analyst's look (state review).
Result<int> CountCorrectionsToReview(Database* db);

}  // namespace baocao

#endif  // BAOCAO_DESK_CORRECTIONS_H_
