#include "ingest/text_reader.h"

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <optional>
#include <string>

#include "normalize/syllable.h"
#include "util/utf8.h"

namespace baocao {
namespace {

// Windows-1258 is trusted when at least this many words change on decoding
// and this share of them are well-formed Vietnamese syllables.
constexpr int kMinVietnameseWords = 3;
constexpr double kMinValidShare = 0.8;

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

// UTF-16 (after its byte-order mark) as UTF-8; unpaired surrogates become
// U+FFFD, an odd last byte is dropped.
std::string Utf16ToUtf8(std::string_view bytes, bool big_endian) {
  std::string out;
  out.reserve(bytes.size());
  auto unit = [&](std::size_t i) {
    const unsigned a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    return static_cast<char32_t>(big_endian ? (a << 8) | b : (b << 8) | a);
  };
  for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
    char32_t c = unit(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 3 < bytes.size()) {
      const char32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      } else {
        c = 0xFFFD;
      }
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
    }
    AppendUtf8(c, &out);
  }
  return out;
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

// `bytes` decoded as Windows-1258 and composed (NFC), or nullopt when ICU
// lacks the converter.
std::optional<std::string> DecodeWindows1258(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), "windows-1258");
  if (u.isBogus()) return std::nullopt;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::nullopt;
  icu::UnicodeString composed = nfc->normalize(u, status);
  if (U_FAILURE(status)) return std::nullopt;
  std::string out;
  composed.toUTF8String(out);
  return out;
}

// Whether decoded text reads as Vietnamese: of its words holding a letter
// beyond ASCII, enough, and most, are well-formed syllables.
bool ReadsAsVietnamese(std::string_view text) {
  int changed = 0, valid = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    // Words: runs of bytes that are letters (ASCII) or parts of multi-byte
    // characters; punctuation and digits split them.
    std::size_t j = i;
    bool non_ascii = false;
    while (j < text.size()) {
      const unsigned char c = static_cast<unsigned char>(text[j]);
      const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
      if (!letter) break;
      non_ascii |= c >= 0x80;
      ++j;
    }
    if (j > i && non_ascii) {
      ++changed;
      if (normalize::IsVietnameseSyllable(text.substr(i, j - i))) ++valid;
    }
    i = j > i ? j : i + 1;
  }
  return changed >= kMinVietnameseWords && valid >= kMinValidShare * changed;
}

}  // namespace

bool HasUtf16Bom(std::string_view bytes) {
  return bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
}

bool IsRtf(std::string_view bytes) { return StartsWithIgnoringSpace(bytes.substr(0, 64), "{\\rtf"); }

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

Result<Document> ReadText(std::string_view bytes) {
  Document doc;
  std::string decoded;
  if (HasUtf16Bom(bytes)) {
    const bool big_endian = bytes[0] == '\xFE';
    decoded = Utf16ToUtf8(bytes.substr(2), big_endian);
    bytes = decoded;
    doc.warnings.push_back(std::string("plain text in UTF-16 ") + (big_endian ? "big" : "little") +
                           " endian: decoded to UTF-8");
  } else {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    if (!IsValidUtf8(bytes)) {
      std::optional<std::string> cp1258 = DecodeWindows1258(bytes);
      if (cp1258 && ReadsAsVietnamese(*cp1258)) {
        decoded = std::move(*cp1258);
        doc.warnings.push_back("plain text in Windows-1258: decoded to UTF-8");
      } else {
        decoded = EightBitView(bytes);
        doc.warnings.push_back("plain text not in UTF-8: read byte by byte for legacy-encoding detection");
      }
      bytes = decoded;
    }
  }
  if (auto disguised = DisguisedDocument(bytes)) return *disguised;
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

}  // namespace baocao
