// Which extractions `baocao diff` compares. Three questions an analyst asks:
//
//  * What changed in the corrected report a commune sent?
//      DiffDocumentVersion(db, id): document `id` against the version it
//      superseded (store/versions.h links versions).
//  * What changed between two runs?
//      DiffRuns(db, a, b): the store as it stood after run a against the
//      store after run b. "As it stood" = for every report, the version that
//      was current then (loaded by that run or before, not yet superseded by
//      a document loaded by then), with the records it held then: an
//      in-place re-extraction keeps what it replaced
//      (store/extraction_history.h), so its changes show too. A report new
//      since a shows as added figures, a new version as its changed figures.
//      (Re-extractions made before schema version 4 kept nothing; their
//      changes do not show.)
//  * What did the last re-extraction change in this report?
//      DiffLastReextraction(db, id): what the last re-extraction that
//      changed document `id` replaced, against its records now; the review
//      page shows it as "Changes since run N".
//  * What would a rules change do?
//      DiffRules(db, current, candidate): every stored document (or one)
//      re-extracted in memory with both rule sets (pipeline/extract_stored.h);
//      nothing is written.
//
// Thread safety: uses the Database's connection (one thread).
#ifndef BAOCAO_DESK_DIFF_SOURCES_H_
#define BAOCAO_DESK_DIFF_SOURCES_H_

#include <cstdint>
#include <optional>

#include "extractors/rules.h"
#include "store/database.h"
#include "desk/diff.h"
#include "util/status.h"

namespace baocao {

// NotFound when there is no document `document_id` or it supersedes none.
Result<Diff> DiffDocumentVersion(Database* db, std::int64_t document_id);

// nullopt when no re-extraction changed document `id` (or none was kept).
// old_label is "run N", the run whose records were replaced (the document's
// load or the previous re-extraction that changed it), new_label "run M",
// the re-extraction. The diff may hold no document when only what a diff
// does not compare changed (a source snippet, a rule id, a check's message).
Result<std::optional<Diff>> DiffLastReextraction(Database* db, std::int64_t document_id);

// NotFound for an unknown run. Equal runs give an empty diff.
Result<Diff> DiffRuns(Database* db, std::int64_t run_a, std::int64_t run_b);

// Re-extracts with both rule sets; `document_id` restricts to one document.
// A document whose stored form does not parse fails the diff (Internal).
Result<Diff> DiffRules(Database* db, const RuleSet& current, const RuleSet& candidate,
                       std::optional<std::int64_t> document_id = std::nullopt);

// The earlier version a document superseded, or nullopt; NotFound when there
// is no document `document_id`. The review page uses it.
Result<std::optional<std::int64_t>> PreviousVersion(Database* db, std::int64_t document_id);

}  // namespace baocao

#endif  // BAOCAO_DESK_DIFF_SOURCES_H_
