// Prints records as the JSON Lines contract (../shared/spec/records.md) and
// reads them back. Keys are printed in the contract's order; unknown values
// print as null. `extract` and `export` both print through here, so the two
// commands cannot drift apart.
#ifndef BAOCAO_EXTRACTORS_RECORD_JSON_H_
#define BAOCAO_EXTRACTORS_RECORD_JSON_H_

#include <string>

#include "extractors/record.h"
#include "util/status.h"

namespace baocao {

// One line each, no trailing newline.
std::string DocumentToJsonLine(const DocumentInfo& info);
std::string RecordToJsonLine(const Record& record);

// Parses a line printed by RecordToJsonLine / DocumentToJsonLine.
Result<Record> RecordFromJsonLine(const std::string& line);
Result<DocumentInfo> DocumentFromJsonLine(const std::string& line);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_RECORD_JSON_H_
