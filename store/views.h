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
//   v_records          records of current versions (superseded documents left
//                      out), corrected values applied, with rejected / review
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
#ifndef BAOCAO_STORE_VIEWS_H_
#define BAOCAO_STORE_VIEWS_H_

namespace baocao {

// The SQL of the migration step that creates the table and views above (an
// array, so store/schema.cc can list it in its constexpr step list).
// REQUIRES: the schema of the steps before it (documents.superseded_by).
extern const char kAnalystDeskMigrationSql[];

}  // namespace baocao

#endif  // BAOCAO_STORE_VIEWS_H_
