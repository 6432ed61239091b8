// The ingest entry point: bytes of any submitted file -> Document.
//
//   ConvertOptions options;
//   Result<Document> doc = ConvertBytes(bytes, options);
//
// The file type is detected from content (file_type.h). Converters for
// formats not yet supported return Status::Unsupported with a reason that
// says what to do.
#ifndef BAOCAO_INGEST_CONVERTER_H_
#define BAOCAO_INGEST_CONVERTER_H_

#include <string_view>

#include "document/document.h"
#include "ingest/docx_reader.h"
#include "util/status.h"

namespace baocao {

struct ConvertOptions {
  DocxLimits docx;
};

Result<Document> ConvertBytes(std::string_view bytes, const ConvertOptions& options = {});

}  // namespace baocao

#endif  // BAOCAO_INGEST_CONVERTER_H_
