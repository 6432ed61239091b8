// Reads a document line's fields (DocumentInfo) back from the `documents`
// table. Internal to store/: export and the stored-document reader select
// the same columns and read them here, so a field added to the document line
// is read in one place.
//
//   std::string sql = "SELECT id, " + DocumentInfoColumns() + " FROM documents";
//   DocumentInfo d = ReadDocumentInfo(st, 1);   // the columns start at 1
//
// The columns are the document line's fields of the record schema
// (DocumentFields() in extractors/record_schema.h), in its order.
#ifndef BAOCAO_STORE_DOCUMENT_ROW_H_
#define BAOCAO_STORE_DOCUMENT_ROW_H_

#include <string>

#include "extractors/record.h"
#include "store/statement.h"

namespace baocao {

// The columns of DocumentInfo, in the order ReadDocumentInfo reads them and
// BindDocumentInfo binds them: "file, sha256, …".
const std::string& DocumentInfoColumns();

// DocumentInfo from the current row, its columns starting at `first`.
DocumentInfo ReadDocumentInfo(const Statement& st, int first);

// Binds the DocumentInfoColumns() values of `d` from parameter `first` on;
// returns the next free parameter index.
int BindDocumentInfo(Statement& st, int first, const DocumentInfo& d);

}  // namespace baocao

#endif  // BAOCAO_STORE_DOCUMENT_ROW_H_
