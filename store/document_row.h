// Reads a document line's fields (DocumentInfo) back from the `documents`
// table. Internal to store/: export and the stored-document reader select
// the same columns and read them here, so a field added to the document line
// is read in one place.
//
//   std::string sql = std::string("SELECT id, ") + kDocumentInfoColumns + " FROM documents";
//   DocumentInfo d = ReadDocumentInfo(st, 1);   // the columns start at 1
#ifndef BAOCAO_STORE_DOCUMENT_ROW_H_
#define BAOCAO_STORE_DOCUMENT_ROW_H_

#include "extractors/record.h"
#include "store/statement.h"

namespace baocao {

// The columns of DocumentInfo, in the order ReadDocumentInfo reads them.
extern const char* const kDocumentInfoColumns;

// DocumentInfo from the current row, its columns starting at `first`.
DocumentInfo ReadDocumentInfo(const Statement& st, int first);

}  // namespace baocao

#endif  // BAOCAO_STORE_DOCUMENT_ROW_H_
