// The run summary printed at the end of `ingest` (and of each pass of
// `watch`): text for people, or one JSON object for monitoring (--json).
// The same figures are stored in the runs table.
#ifndef BAOCAO_BATCH_RUN_LOG_SUMMARY_H_
#define BAOCAO_BATCH_RUN_LOG_SUMMARY_H_

#include <string>

#include "batch/inbox.h"

namespace baocao {

// Several lines, ending in a newline.
std::string RunSummaryText(const IngestSummary& summary, const std::string& db_path);

// One line of JSON, no newline:
// {"run":3,"status":"quarantined","files":12,"loaded":9,"duplicates":1,
//  "new_versions":1,"quarantined":2,"waiting":0,"records":140,"checks":6,
//  "seconds":4.2,"jobs":2,"quarantine_reasons":{"timeout: ...":1,...},
//  "parsed":11,"loaded_with_warnings":0,"parent_peak_kib":41236,"worker_peak_kib":60112,
//  "database":"baocao.db"}
std::string RunSummaryJson(const IngestSummary& summary, const std::string& db_path);

}  // namespace baocao

#endif  // BAOCAO_BATCH_RUN_LOG_SUMMARY_H_
