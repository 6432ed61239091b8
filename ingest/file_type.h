// Detects what a file is from its bytes, never from its name: a report saved
// as "bao-cao.pdf" that is really a DOCX is read as a DOCX.
#ifndef BAOCAO_INGEST_FILE_TYPE_H_
#define BAOCAO_INGEST_FILE_TYPE_H_

#include <string_view>

namespace baocao {

enum class FileType {
  kUnknown,
  kEmpty,   // zero bytes
  kDocx,    // OOXML zip with word/document.xml
  kOdt,     // OpenDocument text zip
  kZip,     // another zip (or one whose entries could not be listed)
  kDoc,     // OLE2 compound file (legacy .doc)
  kPdf,
  kPng,
  kJpeg,
  kTiff,
  kRtf,     // Rich Text Format, read through LibreOffice
  kText,    // plausible text (UTF-8, UTF-16 with a byte-order mark, 8-bit encodings)
};

const char* FileTypeName(FileType type);  // "docx", "pdf", ...

// Looks at magic bytes; for zips, at the entry names (no decompression).
FileType DetectFileType(std::string_view bytes);

}  // namespace baocao

#endif  // BAOCAO_INGEST_FILE_TYPE_H_
