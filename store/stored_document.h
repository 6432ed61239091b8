// Reading one stored document back with its ids: the analyst's commands
// (diff, review, correct) need the database ids and the version links that
// Database::LoadExtractions leaves out.
//
//   Result<StoredDocument> doc = LoadStoredDocument(db, 12);
//   for (std::size_t i = 0; i < doc->extraction.records.size(); ++i)
//     Print(doc->record_ids[i], doc->extraction.records[i]);
//
// Thread safety: the functions use the Database's connection (one thread).
#ifndef BAOCAO_STORE_STORED_DOCUMENT_H_
#define BAOCAO_STORE_STORED_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "extractors/record.h"
#include "store/database.h"
#include "util/status.h"

namespace baocao {

// A document row's bookkeeping, without its records.
struct StoredDocumentInfo {
  std::int64_t id = 0;
  std::optional<std::int64_t> run_id;
  std::string loaded_at;
  std::string rules_version;
  std::int64_t lineage = 0;  // the first version's id (the document's own when alone)
  int version = 1;
  std::optional<std::int64_t> supersedes;     // the earlier version it replaced
  std::optional<std::int64_t> superseded_by;  // empty: the current version
  DocumentInfo document;
};

struct StoredDocument {
  StoredDocumentInfo info;
  Extraction extraction;              // records in ordinal order, check refs filled
  std::vector<std::int64_t> record_ids;  // record_ids[i] is records[i]'s id
};

// Every document row in id (load) order; `current_only` leaves out
// superseded versions.
Result<std::vector<StoredDocumentInfo>> ListStoredDocuments(Database* db, bool current_only);

// NotFound when there is no document `id`.
Result<StoredDocumentInfo> LoadStoredDocumentInfo(Database* db, std::int64_t id);
Result<StoredDocument> LoadStoredDocument(Database* db, std::int64_t id);

// The normalised document (documents.normalized_json); NotFound when the
// row has none.
Result<std::string> LoadDocumentJson(Database* db, std::int64_t id);

// The id of the document holding record `record_id`; NotFound when none.
Result<std::int64_t> DocumentOfRecord(Database* db, std::int64_t record_id);

}  // namespace baocao

#endif  // BAOCAO_STORE_STORED_DOCUMENT_H_
