// What an in-place re-extraction replaced. `baocao reextract` writes a
// document's records anew (batch/reextract.h); without this, the records it
// replaced would be gone and nobody could say what a rules change did to a
// report. ReplaceExtraction keeps the replaced extraction, in the same
// transaction, as the contract's JSON Lines (schema version 4, table
// replaced_extractions), with the run that replaced it and the run that had
// written it. Only a replacement that changed the records or metadata is
// kept: one that changed nothing leaves nothing to show.
//
//   Result<std::optional<ReplacedExtraction>> last = LastReplacement(db, 12);
//   if (last.ok() && last.value())  // document 12 as it stood after run since_run
//     DiffExtractions(&last.value()->extraction, &current);
//
// Re-extractions made before version 4 kept nothing; they cannot be shown.
//
// Thread safety: uses the Database's connection (one thread).
#ifndef BAOCAO_STORE_EXTRACTION_HISTORY_H_
#define BAOCAO_STORE_EXTRACTION_HISTORY_H_

#include <cstdint>
#include <optional>
#include <string>

#include "extractors/record.h"
#include "store/database.h"
#include "util/status.h"

namespace baocao {

struct ReplacedExtraction {
  std::int64_t run_id = 0;               // the re-extraction run that replaced it
  std::optional<std::int64_t> since_run;  // the run that had written it: its load or an earlier re-extraction
  Extraction extraction;                 // as it was, with the rules version that produced it
};

// The document line and the record lines as the contract prints them, one
// text: what is kept, and what tells whether a re-extraction changed anything.
std::string ExtractionJsonLines(const Extraction& e);

// `e` printed as the contract and read back: the form a kept extraction
// has, so a stored one compares with it field for field. The pipeline's text
// is valid UTF-8 and comes back unchanged; broken bytes become U+FFFD, as
// printing makes them.
Result<Extraction> ContractForm(const Extraction& e);

// Keeps `replaced`, the extraction document `document_id` holds until run
// `run_id` rewrites it. Internal to store/: ReplaceExtraction calls it inside
// its own transaction.
Status KeepReplacedExtraction(Database* db, std::int64_t document_id, std::int64_t run_id,
                              const Extraction& replaced);

// The latest kept replacement of document `document_id`: what the last
// re-extraction that changed it replaced. nullopt when none.
Result<std::optional<ReplacedExtraction>> LastReplacement(Database* db, std::int64_t document_id);

// The first kept replacement by a run after `run`: the extraction the document
// held after `run`. nullopt when no later re-extraction changed it (then the
// stored records are what it held).
Result<std::optional<ReplacedExtraction>> FirstReplacementAfter(Database* db, std::int64_t document_id,
                                                                std::int64_t run);

}  // namespace baocao

#endif  // BAOCAO_STORE_EXTRACTION_HISTORY_H_
