// Re-extraction in place: the current rules run over stored documents (their
// normalised form, so no original file is needed) and each document's
// records are replaced by the new ones in ONE transaction. With unchanged
// rules the records come out exactly as before. Corrections survive: they
// are anchored to record keys, not record ids (desk/corrections.h). What a
// re-extraction replaced is kept (store/extraction_history.h).
//
//   Result<ReextractSummary> s = ReextractAll(db, rules, /*current_only=*/true);
//
// Thread safety: uses the Database's connection (one thread).
#ifndef BAOCAO_BATCH_REEXTRACT_H_
#define BAOCAO_BATCH_REEXTRACT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "extractors/record.h"
#include "extractors/rules.h"
#include "store/database.h"
#include "store/stored_document.h"
#include "util/status.h"

namespace baocao {

struct ReextractSummary {
  std::int64_t run_id = 0;
  int documents = 0;          // documents re-extracted
  int changed = 0;            // of which the records or metadata changed
  int records_before = 0;
  int records_after = 0;
  std::vector<std::string> failed;  // "file: reason" for documents left as they were
};

// Re-extracts every stored document (or only current versions) with
// `rules`, recording a run stamped with the rules version. A document whose
// normalised form cannot be read keeps its records and is listed in failed.
Result<ReextractSummary> ReextractAll(Database* db, const RuleSet& rules, bool current_only);

}  // namespace baocao

#endif  // BAOCAO_BATCH_REEXTRACT_H_
