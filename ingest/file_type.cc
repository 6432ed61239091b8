#include "ingest/file_type.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "ingest/docx/zip_archive.h"
#include "ingest/docx/zip_recover.h"
#include "ingest/text_reader.h"

namespace baocao {
namespace {

bool StartsWith(std::string_view bytes, std::string_view magic) {
  return bytes.size() >= magic.size() && bytes.substr(0, magic.size()) == magic;
}

bool HasName(const std::vector<std::string>& names, std::string_view wanted) {
  // OPC part names are case-insensitive.
  return std::any_of(names.begin(), names.end(), [&](const std::string& n) {
    return n.size() == wanted.size() &&
           std::equal(n.begin(), n.end(), wanted.begin(), [](char a, char b) {
             return (a >= 'A' && a <= 'Z' ? a - 'A' + 'a' : a) == (b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
           });
  });
}

FileType ZipKind(std::string_view bytes) {
  std::vector<std::string> names;
  // A zip whose central directory cannot be read (truncated download,
  // damage) is known by the names of its local headers (zip_recover.h).
  if (!ListZipEntryNames(bytes, &names)) names = LocalEntryNames(bytes);
  if (HasName(names, "word/document.xml")) return FileType::kDocx;
  if (HasName(names, "mimetype") && HasName(names, "content.xml")) return FileType::kOdt;
  return FileType::kZip;
}

}  // namespace

const char* FileTypeName(FileType type) {
  switch (type) {
    case FileType::kDocx: return "docx";
    case FileType::kOdt: return "odt";
    case FileType::kZip: return "zip";
    case FileType::kDoc: return "doc";
    case FileType::kPdf: return "pdf";
    case FileType::kPng: return "png";
    case FileType::kJpeg: return "jpeg";
    case FileType::kTiff: return "tiff";
    case FileType::kRtf: return "rtf";
    case FileType::kText: return "txt";
    case FileType::kEmpty: return "empty";
    case FileType::kUnknown: return "unknown";
  }
  return "unknown";
}

FileType DetectFileType(std::string_view bytes) {
  using namespace std::string_view_literals;
  if (bytes.empty()) return FileType::kEmpty;
  // Local file header, empty archive, spanned archive.
  if (StartsWith(bytes, "PK\x03\x04"sv) || StartsWith(bytes, "PK\x05\x06"sv) ||
      StartsWith(bytes, "PK\x07\x08"sv)) {
    return ZipKind(bytes);
  }
  if (StartsWith(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv)) return FileType::kDoc;
  // Readers accept "%PDF-" anywhere in the first 1024 bytes (mail gateways
  // and some scanners prepend junk), so do we.
  if (bytes.substr(0, 1024 + 5).find("%PDF-") != std::string_view::npos) return FileType::kPdf;
  if (StartsWith(bytes, "\x89PNG\r\n\x1A\n"sv)) return FileType::kPng;
  if (StartsWith(bytes, "\xFF\xD8\xFF"sv)) return FileType::kJpeg;
  if (StartsWith(bytes, "II*\0"sv) || StartsWith(bytes, "MM\0*"sv)) return FileType::kTiff;
  if (IsRtf(bytes)) return FileType::kRtf;
  // Notepad's "Unicode": UTF-16 behind a byte-order mark, NULs and all.
  if (HasUtf16Bom(bytes)) return FileType::kText;
  const std::string_view head = bytes.substr(0, 4096);
  if (head.find('\0') == std::string_view::npos) return FileType::kText;
  return FileType::kUnknown;
}

}  // namespace baocao
