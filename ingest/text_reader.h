// Plain text files -> Document, one paragraph per non-blank line.
//
//   Result<Document> doc = ReadText(bytes);
//
// The encodings district offices produce:
//   UTF-8, with or without a byte-order mark;
//   UTF-16 with a byte-order mark (Notepad's "Unicode" and "Unicode big
//   endian"), decoded to UTF-8;
//   Windows-1258 (Notepad's "ANSI" on a Vietnamese Windows: base letters
//   with combining tone marks), decoded and composed (NFC) when it reads as
//   Vietnamese — most words well-formed syllables once decoded;
//   any other 8-bit text (TCVN3, VNI, VISCII typed with a legacy keyboard
//   driver): each byte b becomes U+00b, the form in which
//   normalize/legacy_detect.h recognises the encoding and decodes it.
// The encoding read, when not UTF-8, is said in Document::warnings.
//
// Text that is really another document (RTF without LibreOffice, HTML, Word
// XML) is refused with Status::Unsupported and a reason saying what to do.
//
// Thread safety: pure function.
#ifndef BAOCAO_INGEST_TEXT_READER_H_
#define BAOCAO_INGEST_TEXT_READER_H_

#include <string>
#include <string_view>

#include "document/document.h"
#include "util/status.h"

namespace baocao {

Result<Document> ReadText(std::string_view bytes);

// Whether `bytes` start with a UTF-16 byte-order mark (FF FE or FE FF).
bool HasUtf16Bom(std::string_view bytes);

// Whether `bytes` are an RTF document ("{\rtf" at the start).
bool IsRtf(std::string_view bytes);

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool IsValidUtf8(std::string_view s);

}  // namespace baocao

#endif  // BAOCAO_INGEST_TEXT_READER_H_
