// The summaries the desk's pages list, read in one query each: documents
// with their counts (figures, checks, corrections, records not yet looked
// at), today's loads and the latest runs.
//
// Thread safety: uses the Database's connection (one thread).
#ifndef BAOCAO_DESK_WEB_LISTINGS_H_
#define BAOCAO_DESK_WEB_LISTINGS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"
#include "util/status.h"

namespace baocao::web {

struct DocumentSummary {
  std::int64_t id = 0;
  std::string file;
  std::string format;
  std::string doc_type;
  std::optional<std::string> commune, district, province, period, title, issuer, issued;
  std::string loaded_at;
  int version = 1;
  std::int64_t lineage = 0;
  std::optional<std::int64_t> superseded_by;
  int figures = 0;      // records that are not checks
  int checks = 0;
  int corrections = 0;  // correction entries, all states
  int looked_at = 0;    // records (not checks) with at least one correction
  int to_review() const { return figures > looked_at ? figures - looked_at : 0; }
};

struct DocumentFilter {
  bool all_versions = false;
  std::string commune;   // exact, "" any
  std::string period;    // exact, "" any
  std::string doc_type;  // exact, "" any
  std::string search;    // words of file, title, issuer, commune (accents and case folded)
  bool only_to_review = false;
};

// Newest first.
Result<std::vector<DocumentSummary>> ListDocuments(Database* db, const DocumentFilter& filter);

// The values the filters offer: communes, periods and types of current documents.
struct FilterChoices {
  std::vector<std::string> communes, periods, doc_types;
};
Result<FilterChoices> ListFilterChoices(Database* db);

// Documents loaded since `since_utc` (ISO 8601), newest first.
Result<std::vector<DocumentSummary>> LoadedSince(Database* db, const std::string& since_utc);

}  // namespace baocao::web

#endif  // BAOCAO_DESK_WEB_LISTINGS_H_
