// The analyst's desk in the schema: the corrections table and the views an
// analyst (or a spreadsheet's database import) reads. Internal to store/:
// store/schema.cc lists kAnalystDeskMigrationSql as one migration step.
//
// What the views mean (README "The analyst's desk" shows queries):
//
//   v_record_keys      every record's key within its document: a JSON array
//                      [type, status, period, topic, organizer, category,
//                      commune, label, occurrence] (occurrence counts records
//                      of the same key in ordinal order, from 0). The key,
//                      not records.id, anchors a correction, so it survives a
//                      re-extraction that writes the records anew.
//   v_corrections      every correction with its state: active (applied),
//                      review (applied, but the extracted value changed since
//                      or the record is gone: the analyst must look again),
//                      replaced (a later correction of the same field),
//                      undone (an undo entry).
//   v_document_corrections
//                      every correction of a document's metadata with its
//                      state (active, review, replaced, undone), as
//                      v_corrections for records.
//   v_documents        every document (document_id, ...) with its metadata
//                      corrected; `corrected` / `review` flags.
//   v_records          records of current versions (superseded documents left
//                      out), corrected values and corrected document
//                      metadata (from v_documents) applied, with rejected / review
//                      / corrected flags and provenance.
//   v_activities,      activities and budgets of v_records, rejected ones
//   v_budgets          left out; `commune` is the row's commune (roll-up
//                      tables) or else the document's.
//   v_rollup           per status, period, district, commune and topic: the
//                      sums the roll-up uses (see desk/rollup.h for the rules).
//   v_rollup_budgets   the same for budgets, per category.
//   v_communes         every commune ever seen (documents and roll-up rows),
//                      with its district and province: the communes expected
//                      to report.
//
// The views are derived, not data: migration 3 created them once, and every
// open (SyncViews) recreates them from the record schema when this build's
// definitions differ from the stored ones, so a field added to the schema
// shows in v_records, v_activities and v_budgets, and the corrections pivot
// covers every correctable field.
#ifndef BAOCAO_STORE_VIEWS_H_
#define BAOCAO_STORE_VIEWS_H_

#include <string>
#include <vector>

#include "util/status.h"

struct sqlite3;

namespace baocao {

struct ViewDefinition {
  std::string name;
  std::string body;  // the SELECT, with a leading newline
  std::string CreateSql() const { return "CREATE VIEW " + name + " AS" + body; }
};

// The views above in dependency order, generated from the record schema.
const std::vector<ViewDefinition>& CurrentViews();

// The document fields an analyst may correct: the metadata of the document
// line (doc_type, ref, issued, title, issuer, commune, district, province),
// in contract order; each is also a column of `documents`.
const std::vector<std::string>& CorrectableDocumentFields();

// The SQL of a rejection's signature (the record's numbers as a JSON array)
// over the records table aliased `alias` ("r"): what a '*' correction is
// made against, the same in v_corrections and in desk/corrections.cc.
std::string RejectSignatureSql(const std::string& alias);

// Recreates the views in one write transaction when any stored definition
// differs from CurrentViews(); takes no write lock when all are current.
// REQUIRES: the schema migrated to the latest version.
Status SyncViews(sqlite3* db);

// The SQL of the migration step that creates the table and views above (an
// array, so store/schema.cc can list it in its constexpr step list).
// REQUIRES: the schema of the steps before it (documents.superseded_by).
extern const char kAnalystDeskMigrationSql[];

}  // namespace baocao

#endif  // BAOCAO_STORE_VIEWS_H_
