#include "store/document_row.h"

namespace baocao {

const char* const kDocumentInfoColumns =
    "file, sha256, format, pages, ocr, ocr_confidence, doc_type, ref, issued, title, issuer, commune, district,"
    " province";

DocumentInfo ReadDocumentInfo(const Statement& st, int first) {
  DocumentInfo d;
  int c = first;
  d.file = st.ColumnText(c++);
  d.sha256 = st.ColumnText(c++);
  d.format = st.ColumnText(c++);
  d.pages = st.OptionalInt(c++);
  d.ocr = st.ColumnInt64(c++) != 0;
  d.ocr_confidence = st.OptionalDouble(c++);
  d.doc_type = st.ColumnText(c++);
  d.ref = st.OptionalText(c++);
  d.issued = st.OptionalText(c++);
  d.title = st.OptionalText(c++);
  d.issuer = st.OptionalText(c++);
  d.commune = st.OptionalText(c++);
  d.district = st.OptionalText(c++);
  d.province = st.OptionalText(c++);
  return d;
}

}  // namespace baocao
