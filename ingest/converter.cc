#include "ingest/converter.h"

#include <new>
#include <optional>
#include <string>

#include "ingest/file_type.h"
#include "util/utf8.h"

namespace baocao {
namespace {

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool IsValidUtf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    int extra = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      extra = 1, cp = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      extra = 2, cp = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      extra = 3, cp = c & 0x07, min = 0x10000;
    } else {
      return false;
    }
    if (i + static_cast<std::size_t>(extra) >= s.size()) return false;  // cut short
    for (int k = 1; k <= extra; ++k) {
      const unsigned char cc = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += static_cast<std::size_t>(extra) + 1;
  }
  return true;
}

bool IsBlankLine(std::string_view line) {
  return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

bool StartsWithIgnoringSpace(std::string_view bytes, std::string_view prefix) {
  const std::size_t start = bytes.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return false;
  bytes.remove_prefix(start);
  if (bytes.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = bytes[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

// Text files that are really documents in another format: Word can save
// these, and they often arrive renamed to .doc.
std::optional<Status> DisguisedDocument(std::string_view text) {
  const std::string_view head = text.substr(0, 4096);
  if (StartsWithIgnoringSpace(head, "{\\rtf")) {
    return Status::Unsupported("an RTF file: save it as .docx in Word or LibreOffice and resubmit");
  }
  if (StartsWithIgnoringSpace(head, "<!doctype html") || StartsWithIgnoringSpace(head, "<html") ||
      head.find("MIME-Version:") != std::string_view::npos) {
    return Status::Unsupported("a web page (HTML/MHT) saved as a document: open it in Word, save it as .docx and resubmit");
  }
  if (StartsWithIgnoringSpace(head, "<?xml") &&
      (head.find("<w:wordDocument") != std::string_view::npos || head.find("<pkg:package") != std::string_view::npos)) {
    return Status::Unsupported("a Word XML file: save it as .docx in Word and resubmit");
  }
  return std::nullopt;
}

// 8-bit text (TCVN3, VNI, VISCII typed with a legacy keyboard driver): each
// byte b becomes U+00b, the form in which normalize/legacy_detect.h
// recognises the encoding by character statistics and decodes it.
std::string EightBitView(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() * 2);
  for (char c : bytes) AppendUtf8(static_cast<unsigned char>(c), &out);
  return out;
}

Result<Document> ReadText(std::string_view bytes) {
  if (auto disguised = DisguisedDocument(bytes)) return *disguised;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  Document doc;
  std::string decoded;
  if (!IsValidUtf8(bytes)) {
    decoded = EightBitView(bytes);
    bytes = decoded;
    doc.warnings.push_back("plain text not in UTF-8: read byte by byte for legacy-encoding detection");
  }
  doc.format = "txt";
  std::size_t start = 0;
  while (start <= bytes.size()) {
    std::size_t end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = bytes.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!IsBlankLine(line)) doc.AddBodyParagraph(std::string(line));
    start = end + 1;
  }
  return doc;
}

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

// .doc and .odt: LibreOffice makes a DOCX of it, read as any DOCX; the
// document keeps format "doc" (the contract's name for legacy Word files).
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
