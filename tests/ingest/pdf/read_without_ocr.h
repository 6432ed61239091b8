// Reading a hand-made PDF (pdf_fixture.h) in the PDF reader's tests, with
// OCR that cannot start: a page sent to OCR fails the document with that
// reason, which proves where it was sent without running Tesseract.
#ifndef BAOCAO_TESTS_INGEST_PDF_READ_WITHOUT_OCR_H_
#define BAOCAO_TESTS_INGEST_PDF_READ_WITHOUT_OCR_H_

#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "ingest/pdf/reader.h"

namespace baocao::testing {

inline OcrOptions NoOcr() {
  OcrOptions o;
  o.tessdata_dir = "/nonexistent-tessdata";
  return o;
}

// The document, or an empty one and a test failure when it cannot be read.
inline Document Read(const std::string& bytes) {
  Result<Document> doc = ReadPdf(bytes, PdfOptions{}, NoOcr());
  EXPECT_TRUE(doc.ok()) << doc.status().reason();
  return doc.ok() ? std::move(doc).value() : Document();
}

}  // namespace baocao::testing

#endif  // BAOCAO_TESTS_INGEST_PDF_READ_WITHOUT_OCR_H_
