// Which legacy encoding, if any, text without a font name is in (PDF text
// layers, plain text, DOCX runs without a font).
//
// Decoding Unicode Vietnamese as TCVN3 turns good words into bad ones
// ("các" -> "cỏc"); decoding real TCVN3 turns bad ones into good ones
// ("c¸c" -> "các"). The detector counts, for each candidate encoding, the
// words the decoding changes and how many of them are well-formed syllables
// (syllable.h) before and after, and trusts an encoding only when it repairs
// clearly more words than it breaks:
//
//   LegacyDetector d;
//   for (const std::string& line : lines) d.Add(line);
//   LegacyEncoding e = d.Confident();   // kNone unless the evidence is clear
//
// Only words holding a character U+0080..U+00FF can change; plain ASCII and
// real Vietnamese letters (U+0102, U+1EA0, ...) are never evidence.
//
// Thread safety: a LegacyDetector is a plain value; DetectLegacyEncoding is pure.
#ifndef BAOCAO_NORMALIZE_LEGACY_DETECT_H_
#define BAOCAO_NORMALIZE_LEGACY_DETECT_H_

#include <array>
#include <string_view>

#include "normalize/legacy.h"

namespace baocao::normalize {

// What decoding the words seen so far as one encoding would do.
struct LegacyEvidence {
  int changed = 0;       // words the decoding changes
  int valid_before = 0;  // of those, well-formed syllables as they are
  int valid_after = 0;   // of those, well-formed syllables once decoded
};

class LegacyDetector {
 public:
  // Words needed before an encoding can be trusted on statistics alone.
  static constexpr int kMinChangedWords = 3;

  void Add(std::string_view utf8);

  // The encoding that repairs at least kMinChangedWords words, leaves at
  // least 80% of the words it changes well-formed, and repairs at least half
  // of them (net of those it breaks); kNone when none or two qualify equally.
  // Never kTcvn3Capitals: statistics cannot see the font.
  LegacyEncoding Confident() const;

  // Decoding as `encoding` changes some word and leaves no fewer well-formed
  // words than before: safe to apply when the rest of the document is
  // confidently in that encoding.
  bool Harmless(LegacyEncoding encoding) const;

  // kTcvn3, kVni or kViscii; other encodings have no evidence (all zero).
  const LegacyEvidence& evidence(LegacyEncoding encoding) const;

 private:
  static constexpr LegacyEncoding kCandidates[] = {LegacyEncoding::kTcvn3, LegacyEncoding::kVni,
                                                   LegacyEncoding::kViscii};
  void AddWord(std::string_view word);

  std::array<LegacyEvidence, 3> evidence_{};
};

// LegacyDetector over one text.
LegacyEncoding DetectLegacyEncoding(std::string_view utf8);

}  // namespace baocao::normalize

#endif  // BAOCAO_NORMALIZE_LEGACY_DETECT_H_
