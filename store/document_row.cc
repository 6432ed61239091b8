#include "store/document_row.h"

#include "extractors/record_schema.h"
#include "store/field_sql.h"

namespace baocao {

const std::string& DocumentInfoColumns() {
  static const std::string* columns = [] {
    auto* out = new std::string();
    for (const DocumentField& f : DocumentFields()) {
      if (!out->empty()) *out += ", ";
      *out += QuotedColumn(f.name);
    }
    return out;
  }();
  return *columns;
}

DocumentInfo ReadDocumentInfo(const Statement& st, int first) {
  DocumentInfo d;
  int column = first;
  for (const DocumentField& f : DocumentFields()) f.Set(&d, ColumnField(st, column++, f.type));
  return d;
}

int BindDocumentInfo(Statement& st, int first, const DocumentInfo& d) {
  int index = first;
  for (const DocumentField& f : DocumentFields()) BindField(st, index++, f.Get(d));
  return index;
}

}  // namespace baocao
