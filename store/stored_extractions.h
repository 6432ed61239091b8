// Reading the stored extractions back, one document at a time, in load
// order: what the exports (desk/export.h) and the tests walk over.
//
//   Transaction snapshot(db->handle());
//   snapshot.BeginRead();
//   ForEachStoredExtraction(db, Versions::kCurrent,
//       [](Extraction& e, const std::vector<std::int64_t>& record_ids) { ...; return Status::Ok(); });
//   snapshot.Commit();
//
// Thread safety: uses the Database's connection (one thread).
#ifndef BAOCAO_STORE_STORED_EXTRACTIONS_H_
#define BAOCAO_STORE_STORED_EXTRACTIONS_H_

#include <cstdint>
#include <functional>
#include <vector>

#include "extractors/record.h"
#include "store/database.h"
#include "util/status.h"

namespace baocao {

// `extraction` is the document as stored (records in ordinal order, check
// refs filled); record_ids[i] is the database id of extraction.records[i].
// The visitor may modify the extraction (it is not reused). A non-ok status
// stops the walk and is returned.
using StoredExtractionVisitor =
    std::function<Status(Extraction& extraction, const std::vector<std::int64_t>& record_ids)>;

// Calls `visit` for every stored document of `which` in load order, holding
// one document in memory at a time, so a large store exports in constant
// memory. It opens no transaction of its own: a caller that needs one
// consistent snapshot (the exports do, corrections included) holds a read
// transaction around it.
Status ForEachStoredExtraction(Database* db, Versions which, const StoredExtractionVisitor& visit);

}  // namespace baocao

#endif  // BAOCAO_STORE_STORED_EXTRACTIONS_H_
