// Small helpers shared by the analyst's commands (diff, review, correct,
// rollup, export --format xlsx): opening an existing database, writing an
// output file whole or not at all, and terminal detection.
#ifndef BAOCAO_CLI_DESK_SUPPORT_H_
#define BAOCAO_CLI_DESK_SUPPORT_H_

#include <functional>
#include <memory>
#include <string>

#include "store/database.h"
#include "util/status.h"

namespace baocao {

// Opens `path`; NotFound when there is no such file (these commands read a
// database that ingest made, they never create one).
Result<std::unique_ptr<Database>> OpenExistingDatabase(const std::string& path);

// Calls write(tmp) for a temporary file beside `path`, then renames it over
// `path`: a failed or interrupted write never leaves a half file behind.
Status WriteFileAtomically(const std::string& path, const std::function<Status(const std::string& tmp)>& write);

// For binary outputs (XLSX) when no --out is given: write(tmp) into a
// temporary file, then copy it to stdout. Refuses (InvalidInput) when stdout
// is a terminal.
Status WriteBinaryToStdout(const std::function<Status(const std::string& tmp)>& write);

// True when stdout is a terminal and NO_COLOR is not set.
bool ColourStdout();

// Who is correcting: $BAOCAO_USER, else $USER, else $LOGNAME, else "analyst".
std::string CurrentUser();

}  // namespace baocao

#endif  // BAOCAO_CLI_DESK_SUPPORT_H_
