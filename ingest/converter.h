// The ingest entry point: bytes of any submitted file -> Document.
//
//   ConvertOptions options;
//   Result<Document> doc = ConvertBytes(bytes, options);
//
// The file type is detected from content (file_type.h): DOCX (docx/reader.h),
// PDF — text, scanned or mixed — (pdf/reader.h), PNG/JPEG/TIFF scans and
// photos (ocr/image_reader.h, OCR), legacy .doc and .odt through LibreOffice
// when installed (office/convert.h), plain text. Formats not supported
// return Status::Unsupported with a reason that says what to do.
#ifndef BAOCAO_INGEST_CONVERTER_H_
#define BAOCAO_INGEST_CONVERTER_H_

#include <string_view>

#include "document/document.h"
#include "ingest/docx/reader.h"
#include "ingest/ocr/image_reader.h"
#include "ingest/ocr/engine.h"
#include "ingest/office/convert.h"
#include "ingest/pdf/reader.h"
#include "util/status.h"

namespace baocao {

struct ConvertOptions {
  DocxLimits docx;
  PdfOptions pdf;
  ImageOptions image;
  OcrOptions ocr;  // scanned PDF pages and images
  OfficeOptions office;
};

Result<Document> ConvertBytes(std::string_view bytes, const ConvertOptions& options = {});

}  // namespace baocao

#endif  // BAOCAO_INGEST_CONVERTER_H_
