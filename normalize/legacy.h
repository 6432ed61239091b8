// Legacy 8-bit Vietnamese encodings, still typed in many commune offices.
//
// A report typed with the ABC keyboard in the .VnTime font stores TCVN3
// bytes; Word keeps each byte b as the character U+00b ("Kết quả" is stored
// as "KÕt qu¶"), and a PDF printed from it carries the same characters in its
// text layer. VNI-Windows ("VNI-Times") writes a marked vowel as two bytes,
// the letter then a mark ("quả" is "quaû"). This header turns such text back
// into Unicode:
//
//   LegacyEncodingOfFont(".VnTime")        == LegacyEncoding::kTcvn3
//   LegacyEncodingOfFont(".VnTimeH")       == LegacyEncoding::kTcvn3Capitals
//   LegacyEncodingOfFont("VNI-Times")      == LegacyEncoding::kVni
//   DecodeLegacy("KÕt qu¶", kTcvn3)        == "Kết quả"
//   DecodeLegacy("b¸o c¸o", kTcvn3Capitals) == "BÁO CÁO"  (a capitals font shows capitals)
//   DecodeLegacy("Keát quaû", kVni)        == "Kết quả"
//
// The tables are data (normalize/data/tcvn3.tsv, vni.tsv, viscii.tsv, each
// naming its source) compiled into the binary. Characters a table does not
// map pass through unchanged, so ASCII, digits, tabs and line breaks keep
// their place. Where no font is known (PDF text, plain text), legacy_detect.h
// decides from character statistics.
//
// Thread safety: all functions are pure; the lookup tables are built once by
// a thread-safe static initialiser.
#ifndef BAOCAO_NORMALIZE_LEGACY_H_
#define BAOCAO_NORMALIZE_LEGACY_H_

#include <optional>
#include <string>
#include <string_view>

namespace baocao::normalize {

enum class LegacyEncoding {
  kNone,            // Unicode (or nothing to decode)
  kTcvn3,           // TCVN 5712:1993 VN3, the ABC fonts (.VnTime, .VnArial, ...)
  kTcvn3Capitals,   // TCVN3 in a capitals font (.VnTimeH): decoded, then upper-cased
  kVni,             // VNI-Windows (VNI-Times, VNI-Helve, ...)
  kViscii,          // VISCII 1.1 (RFC 1456)
};

// "none", "tcvn3", "tcvn3-capitals", "vni", "viscii".
const char* LegacyEncodingName(LegacyEncoding encoding);
// The inverse of LegacyEncodingName(); nullopt for an unknown name.
std::optional<LegacyEncoding> ParseLegacyEncodingName(std::string_view name);

// The encoding a font's name implies. A PDF subset prefix ("ABCDEF+") and
// style suffixes ("-Bold", ",Italic") are ignored.
//   ".VnTime", ".VnArial", "VnTime" (PDF names drop the dot)  -> kTcvn3
//   ".VnTimeH", ".VnArialH", ".VnArial NarrowH"              -> kTcvn3Capitals
//   "VNI-Times", "VNI Times", "VNI-Helve"                      -> kVni
//   a name containing "VISCII"                                 -> kViscii
//   anything else, "" included                                 -> kNone
LegacyEncoding LegacyEncodingOfFont(std::string_view font);

// Decodes `text`, UTF-8 in which each legacy byte b is the character U+00b
// (bytes 0x80-0x9F may also be the Windows-1252 characters Word uses for
// them, e.g. U+2026 for 0x85). Returns NFC UTF-8. kNone returns the input.
std::string DecodeLegacy(std::string_view text, LegacyEncoding encoding);

// The inverse, for tests and sample generators: each Unicode letter the table
// has becomes its bytes as U+00b characters; other characters stay. For
// kTcvn3Capitals the text is lower-cased first (the capitals font shows it
// in capitals), so only kTcvn3, kVni and kViscii round-trip exactly.
std::string EncodeLegacy(std::string_view unicode, LegacyEncoding encoding);

}  // namespace baocao::normalize

#endif  // BAOCAO_NORMALIZE_LEGACY_H_
