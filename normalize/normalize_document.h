// Fills every `text` field of a Document from its `orig`: paragraphs (line
// breaks folded), table cells (line breaks kept), nested blocks, furniture.
// This is the only place a converter's text becomes canonical text.
//
// Legacy 8-bit encodings (legacy.h) are decoded first, so `orig` is Unicode
// afterwards, as the document model promises ("decoded to UTF-8"):
//  - a paragraph whose runs carry a legacy font (".VnTime", ".VnTimeH",
//    "VNI-Times") gets its `orig` rebuilt from its runs, each decoded by its
//    own font; the runs keep the characters as found, so running this again
//    gives the same result. A table cell holding such paragraphs gets its
//    `orig` rebuilt from its blocks the way the DOCX reader builds it.
//  - text with no font (PDF, plain text, runs without a font name) is
//    decoded only when LegacyDetector is confident: per block, or for the
//    whole document when a block has too few words of its own but decoding
//    it loses nothing. Its `orig` is decoded in place, and one line in
//    Document::warnings says so.
// Everything else keeps `orig` exactly as found. The `text` of a block or
// cell read by OCR (it has a confidence) also gets its look-alikes repaired
// (ocr_text.h: "3O5 Iượt" -> "305 lượt"); its `orig` keeps what was read.
//
// Thread safety: mutates only the given document.
#ifndef BAOCAO_NORMALIZE_NORMALIZE_DOCUMENT_H_
#define BAOCAO_NORMALIZE_NORMALIZE_DOCUMENT_H_

#include "document/document.h"
#include "normalize/legacy.h"

namespace baocao::normalize {

struct NormalizeOptions {
  // Tone marks of open oa/oe/uy syllables on the main vowel ("hoà") instead
  // of the official place ("hòa"). See TextOptions.
  bool modern_tone_marks = false;
  // Decode text without a font when statistics are confident. Off: only
  // fonts decide.
  bool detect_legacy = true;
  // Decode all text without a legacy font as this encoding, whatever the
  // statistics say (the CLI's --encoding). kNone: detect.
  LegacyEncoding assume_encoding = LegacyEncoding::kNone;
};

void NormalizeDocument(Document* doc, const NormalizeOptions& options = {});

}  // namespace baocao::normalize

#endif  // BAOCAO_NORMALIZE_NORMALIZE_DOCUMENT_H_
