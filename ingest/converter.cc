#include "ingest/converter.h"

#include <new>
#include <string>

#include "ingest/file_type.h"
#include "ingest/text_reader.h"

namespace baocao {
namespace {

// A password-protected DOCX is not a zip but an OLE2 compound file holding
// an "EncryptedPackage" stream (its directory names are UTF-16LE).
bool IsEncryptedOoxml(std::string_view bytes) {
  static const std::string kName = [] {
    std::string utf16;
    for (char c : std::string_view("EncryptedPackage")) {
      utf16.push_back(c);
      utf16.push_back('\0');
    }
    return utf16;
  }();
  return bytes.find(kName) != std::string_view::npos;
}

// .doc, .odt and .rtf: LibreOffice makes a DOCX of it, read as any DOCX;
// the document keeps format "doc" (the contract's name for word-processor
// files other than DOCX).
Result<Document> ReadThroughLibreOffice(std::string_view bytes, const std::string& extension,
                                        const ConvertOptions& options) {
  Result<std::string> docx = ConvertToDocx(bytes, extension, options.office);
  if (!docx.ok()) return docx.status();
  Result<Document> doc = ReadDocx(docx.value(), options.docx);
  if (!doc.ok()) return doc.status();
  doc.value().format = "doc";
  return doc;
}

}  // namespace

Result<Document> ConvertBytes(std::string_view bytes, const ConvertOptions& options) {
  switch (DetectFileType(bytes)) {
    case FileType::kDocx:
      return ReadDocx(bytes, options.docx);
    case FileType::kEmpty:
      return Status::InvalidInput("empty file (0 bytes)");
    case FileType::kZip:
      return Status::InvalidInput("a zip archive but not a DOCX (no word/document.xml), or a truncated DOCX");
    case FileType::kPdf:
      try {
        return ReadPdf(bytes, options.pdf, options.ocr);
      } catch (const std::bad_alloc&) {
        return Status::InvalidInput("out of memory reading the PDF");
      }
    case FileType::kPng:
    case FileType::kJpeg:
    case FileType::kTiff:
      try {
        return ReadImage(bytes, options.image, options.ocr);
      } catch (const std::bad_alloc&) {
        return Status::InvalidInput("out of memory reading the image");
      }
    case FileType::kDoc:
      if (IsEncryptedOoxml(bytes)) {
        return Status::Encrypted("the DOCX is password protected: remove the password in Word and resubmit");
      }
      return ReadThroughLibreOffice(bytes, "doc", options);
    case FileType::kOdt:
      return ReadThroughLibreOffice(bytes, "odt", options);
    case FileType::kRtf:
      return ReadThroughLibreOffice(bytes, "rtf", options);
    case FileType::kText:
      try {
        return ReadText(bytes);
      } catch (const std::bad_alloc&) {
        return Status::InvalidInput("out of memory reading the text file");
      }
    case FileType::kUnknown:
      break;
  }
  return Status::InvalidInput("not a document baocao can read (unknown file type)");
}

}  // namespace baocao
