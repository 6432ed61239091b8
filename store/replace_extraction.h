// Replacing a stored document's extraction (re-extraction writes through
// this): records and metadata swapped in one transaction, the replaced
// extraction kept (store/extraction_history.h).
//
// Thread safety: uses the Database's connection (one thread).
#ifndef BAOCAO_STORE_REPLACE_EXTRACTION_H_
#define BAOCAO_STORE_REPLACE_EXTRACTION_H_

#include <cstdint>

#include "extractors/record.h"
#include "store/database.h"
#include "store/stored_document.h"
#include "util/status.h"

namespace baocao {

// Replaces the records of document `before.info.id` with `after`'s and
// refreshes its metadata and rules version, for run `run_id`, all or
// nothing. When the records or metadata change, `before.extraction` is kept
// in the same transaction (store/extraction_history.h), so the review page
// and `diff --run` can show what the re-extraction changed.
// REQUIRES: `before` is what the document holds now, as just read.
Status ReplaceExtraction(Database* db, std::int64_t run_id, const StoredDocument& before, const Extraction& after);

}  // namespace baocao

#endif  // BAOCAO_STORE_REPLACE_EXTRACTION_H_
