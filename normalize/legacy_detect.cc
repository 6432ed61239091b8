#include "normalize/legacy_detect.h"

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <unordered_map>

#include "normalize/syllable.h"
#include "normalize/unicode.h"

namespace baocao::normalize {
namespace {

using internal::DecodeAt;

// A word of legacy text: letters, combining marks, and the Latin-1 symbols
// TCVN3 uses for letters ("¸" is á, "®" is đ, "×" is ì), so "c¸c" stays one
// word.
bool IsLegacyWordChar(char32_t cp) {
  return internal::IsLetter(cp) || (cp >= 0xA1 && cp <= 0xFF) || (cp >= 0x0300 && cp <= 0x036F);
}

std::size_t IndexOf(LegacyEncoding encoding) {
  switch (encoding) {
    case LegacyEncoding::kTcvn3: return 0;
    case LegacyEncoding::kVni: return 1;
    case LegacyEncoding::kViscii: return 2;
    default: return 3;
  }
}

}  // namespace

void LegacyDetector::Add(std::string_view utf8) {
  std::size_t start = 0;
  bool in_word = false;
  bool interesting = false;  // the word holds a character U+0080..U+00FF
  for (std::size_t i = 0; i <= utf8.size();) {
    internal::Decoded d{0, 1};
    if (i < utf8.size()) d = DecodeAt(utf8, i);
    const bool word_char = i < utf8.size() && IsLegacyWordChar(d.cp);
    if (word_char) {
      if (!in_word) {
        start = i;
        in_word = true;
        interesting = false;
      }
      interesting = interesting || (d.cp >= 0x80 && d.cp <= 0xFF);
    } else if (in_word) {
      if (interesting) AddWord(utf8.substr(start, i - start));
      in_word = false;
    }
    i += d.size;
  }
}

namespace {

// What the candidates make of one word; cached, since a report repeats its
// words ("các", "lớp", "người") thousands of times.
struct WordVerdict {
  bool valid_before = false;
  std::array<bool, 3> changed{};
  std::array<bool, 3> valid_after{};
};

const WordVerdict& Judge(std::string_view word, std::span<const LegacyEncoding> candidates) {
  // Per thread, so the detector stays free of locks; bounded, so a long
  // run over many documents does not grow without end.
  thread_local std::unordered_map<std::string, WordVerdict> cache;
  auto it = cache.find(std::string(word));
  if (it != cache.end()) return it->second;
  if (cache.size() >= 100000) cache.clear();
  WordVerdict v;
  v.valid_before = IsVietnameseSyllable(word);
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    const std::string decoded = DecodeLegacy(word, candidates[k]);
    v.changed[k] = decoded != word;
    v.valid_after[k] = v.changed[k] && IsVietnameseSyllable(decoded);
  }
  return cache.emplace(std::string(word), v).first->second;
}

}  // namespace

void LegacyDetector::AddWord(std::string_view word) {
  // A lone symbol ("½", "§") decodes to a one-letter word such as "ở" in
  // some code: no evidence either way.
  if (DecodeAt(word, 0).size == word.size()) return;
  const WordVerdict& v = Judge(word, kCandidates);
  for (std::size_t k = 0; k < std::size(kCandidates); ++k) {
    if (!v.changed[k]) continue;
    LegacyEvidence& ev = evidence_[k];
    ++ev.changed;
    ev.valid_before += v.valid_before ? 1 : 0;
    ev.valid_after += v.valid_after[k] ? 1 : 0;
  }
}

LegacyEncoding LegacyDetector::Confident() const {
  LegacyEncoding best = LegacyEncoding::kNone;
  int best_gain = 0;
  bool tie = false;
  for (LegacyEncoding e : kCandidates) {
    const LegacyEvidence& ev = evidence_[IndexOf(e)];
    const int gain = ev.valid_after - ev.valid_before;
    const bool trusted = ev.changed >= kMinChangedWords && ev.valid_after * 5 >= ev.changed * 4 &&
                         gain * 2 >= ev.changed && gain >= 2;
    if (!trusted) continue;
    if (gain > best_gain) {
      best = e;
      best_gain = gain;
      tie = false;
    } else if (gain == best_gain) {
      tie = true;
    }
  }
  return tie ? LegacyEncoding::kNone : best;
}

bool LegacyDetector::Harmless(LegacyEncoding encoding) const {
  const LegacyEvidence& ev = evidence(encoding);
  return ev.changed > 0 && ev.valid_after >= ev.valid_before;
}

const LegacyEvidence& LegacyDetector::evidence(LegacyEncoding encoding) const {
  static const LegacyEvidence kNoEvidence;
  const std::size_t i = IndexOf(encoding);
  return i < evidence_.size() ? evidence_[i] : kNoEvidence;
}

LegacyEncoding DetectLegacyEncoding(std::string_view utf8) {
  LegacyDetector d;
  d.Add(utf8);
  return d.Confident();
}

}  // namespace baocao::normalize
