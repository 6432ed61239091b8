// The exports of the store: JSON Lines (the contract, ../docs/records.md)
// and CSV, with or without the analyst's corrections.
//
//   ExportJsonl(db, std::cout);                        // current versions, corrected
//   ExportCsv(db, file, Versions::kAll, Values::kAsExtracted);
//
// Thread safety: uses the Database's connection (one thread).
#ifndef BAOCAO_DESK_EXPORT_H_
#define BAOCAO_DESK_EXPORT_H_

#include <ostream>

#include "store/database.h"
#include "util/status.h"

namespace baocao {

// Which values an export prints.
enum class Values {
  kCorrected,    // the analyst's corrections applied, rejected records left
                 // out (desk/corrections.h), as the XLSX export and views do
  kAsExtracted,  // the extraction as stored: what `baocao extract` printed
};

// Every stored document with its records, in load order, as the contract's
// JSON Lines / as CSV (one row per record, document fields repeated);
// by default only the current version of each report, with the analyst's
// corrections applied (ApplyCorrections in desk/corrections.h: the same
// fields, corrected values, rejected records left out, check refs
// renumbered; the document line's metadata as corrected, see
// desk/document_corrections.h). With Values::kAsExtracted, or when nothing was corrected,
// JSONL prints exactly what `baocao extract` printed for the same files.
// CSV is RFC 4180 (CRLF rows, fields with , " CR LF quoted, quotes doubled),
// UTF-8 without BOM, unknown values as empty fields; a check's refs are
// not in the CSV (JSONL has them). The record's own commune column is
// headed "record_commune" to keep header names unique. Both read one
// snapshot, so a run loading at the same time does not tear a document.
Status ExportJsonl(Database* db, std::ostream& out, Versions which = Versions::kCurrent,
                   Values values = Values::kCorrected);
Status ExportCsv(Database* db, std::ostream& out, Versions which = Versions::kCurrent,
                 Values values = Values::kCorrected);

}  // namespace baocao

#endif  // BAOCAO_DESK_EXPORT_H_
