// Text for people: the records of a document as an aligned table, and the
// ingest run's summary (text or JSON).
#ifndef BAOCAO_APP_TABLE_FORMAT_H_
#define BAOCAO_APP_TABLE_FORMAT_H_

#include <string>

#include "app/inbox.h"
#include "extractors/record.h"

namespace baocao {

std::string FormatExtractionTable(const Extraction& extraction);
std::string FormatSummaryText(const IngestSummary& summary, const std::string& db_path);
std::string FormatSummaryJson(const IngestSummary& summary);

}  // namespace baocao

#endif  // BAOCAO_APP_TABLE_FORMAT_H_
