#include "normalize/syllable.h"

#include <unicode/uchar.h>

#include <string>
#include <unordered_set>

#include "normalize/letters.h"
#include "normalize/unicode.h"

namespace baocao::normalize {
namespace {

// Rhymes without their tone, NFC, lower case: every vowel nucleus with the
// finals it takes (after Vietnamese orthography; rare loan rhymes such as
// "oong" in "xoong" included).
const std::unordered_set<std::u32string>& Rhymes() {
  static const auto* rhymes = new std::unordered_set<std::u32string>{
      U"a", U"ai", U"ao", U"au", U"ay", U"am", U"an", U"ang", U"anh", U"ap", U"at", U"ac", U"ach",
      U"ăm", U"ăn", U"ăng", U"ăp", U"ăt", U"ăc",
      U"âm", U"ân", U"âng", U"âp", U"ât", U"âc", U"âu", U"ây",
      U"e", U"em", U"en", U"eng", U"ep", U"et", U"ec", U"eo",
      U"ê", U"êm", U"ên", U"ênh", U"êp", U"êt", U"êch", U"êu",
      U"i", U"im", U"in", U"inh", U"ip", U"it", U"ich", U"iu", U"ia",
      U"iêm", U"iên", U"iêng", U"iêp", U"iêt", U"iêc", U"iêu",
      U"o", U"oi", U"om", U"on", U"ong", U"op", U"ot", U"oc", U"oong", U"ooc",
      U"oa", U"oai", U"oao", U"oay", U"oam", U"oan", U"oang", U"oanh", U"oap", U"oat", U"oac",
      U"oach", U"oăm", U"oăn", U"oăng", U"oăt", U"oăc", U"oe", U"oeo", U"oen", U"oet",
      U"ô", U"ôi", U"ôm", U"ôn", U"ông", U"ôp", U"ôt", U"ôc",
      U"ơ", U"ơi", U"ơm", U"ơn", U"ơp", U"ơt",
      U"u", U"ui", U"um", U"un", U"ung", U"up", U"ut", U"uc", U"ua",
      U"uôi", U"uôm", U"uôn", U"uông", U"uôt", U"uôc", U"uân", U"uâng", U"uât", U"uây",
      U"uê", U"uêch", U"uênh", U"uy", U"uya", U"uyên", U"uyêt", U"uych", U"uynh", U"uyp",
      U"uyt", U"uyu", U"uơ",
      U"ư", U"ưi", U"ưu", U"ưa", U"ưng", U"ưt", U"ưc", U"ưm", U"ưn",
      U"ươ", U"ươi", U"ươm", U"ươn", U"ương", U"ươp", U"ươt", U"ươc", U"ươu",
      U"y", U"yêm", U"yên", U"yêng", U"yêt", U"yêu",
  };
  return *rhymes;
}

// Longest first, so "ngh" is tried before "ng" and "n"; "" last.
constexpr std::u32string_view kInitials[] = {
    U"ngh", U"ng", U"nh", U"ch", U"gh", U"gi", U"kh", U"ph", U"th", U"tr", U"qu",
    U"b", U"c", U"d", U"đ", U"g", U"h", U"k", U"l", U"m", U"n", U"p", U"r", U"s",
    U"t", U"v", U"x", U""};

// A base letter of the Vietnamese alphabet (lower case, without tone).
bool IsVietnameseBase(char32_t c) {
  if (c >= U'a' && c <= U'z') return c != U'f' && c != U'j' && c != U'w' && c != U'z';
  switch (c) {
    case 0x0111: case 0x0103: case 0x00E2: case 0x00EA: case 0x00F4: case 0x01A1: case 0x01B0:  // đ ă â ê ô ơ ư
      return true;
    default:
      return false;
  }
}

// A letter followed by a combining quality mark (NFD text): the marked
// letter, or 0 when Vietnamese has no such letter.
char32_t WithQuality(char32_t letter, char32_t mark) {
  switch (mark) {
    case 0x0302: return letter == U'a' ? 0x00E2 : letter == U'e' ? 0x00EA : letter == U'o' ? 0x00F4 : 0;
    case 0x0306: return letter == U'a' ? 0x0103 : 0;
    case 0x031B: return letter == U'o' ? 0x01A1 : letter == U'u' ? 0x01B0 : 0;
    default: return 0;
  }
}

bool EndsInStop(std::u32string_view rhyme) {
  if (rhyme.ends_with(U"ch")) return true;
  const char32_t last = rhyme.back();
  return last == U'p' || last == U't' || last == U'c';
}

}  // namespace

bool IsVietnameseSyllable(std::string_view word) {
  if (word.empty() || word.size() > 32) return false;
  std::u32string letters;  // lower case, without the tone
  char32_t tone = 0;
  bool later_upper = false;  // a capital after the first letter
  int upper = 0;
  int lower = 0;
  for (std::size_t i = 0; i < word.size();) {
    const internal::Decoded d = internal::DecodeAt(word, i);
    i += d.size;
    const char32_t cp = d.cp;
    if (internal::IsToneMark(cp)) {
      if (tone != 0 || letters.empty()) return false;
      tone = cp;
      continue;
    }
    if (cp == 0x0302 || cp == 0x0306 || cp == 0x031B) {
      if (letters.empty()) return false;
      const char32_t marked = WithQuality(letters.back(), cp);
      if (marked == 0) return false;
      letters.back() = marked;
      continue;
    }
    const auto c = static_cast<UChar32>(cp);
    if (u_isUUppercase(c)) {
      ++upper;
      later_upper = later_upper || !letters.empty();
    } else if (u_isULowercase(c)) {
      ++lower;
    }
    const internal::LetterParts parts = internal::SplitTone(static_cast<char32_t>(u_tolower(c)));
    if (parts.tone != 0) {
      if (tone != 0) return false;
      tone = parts.tone;
    }
    if (!IsVietnameseBase(parts.base)) return false;
    letters.push_back(parts.base);
  }
  // All lower case, all capitals, or one leading capital.
  if (upper > 0 && lower > 0 && later_upper) return false;

  for (std::u32string_view initial : kInitials) {
    if (!std::u32string_view(letters).starts_with(initial)) continue;
    const std::u32string rhyme = letters.substr(initial.size());
    if (rhyme.empty()) {
      // "gì": the i of gi doubles as the rhyme.
      if (initial == U"gi") return true;
      continue;
    }
    if (!Rhymes().contains(rhyme)) continue;
    // A rhyme closed by p, t, c, ch takes only the acute or the dot below.
    if (EndsInStop(rhyme) && tone != 0x0301 && tone != 0x0323) continue;
    return true;
  }
  return false;
}

}  // namespace baocao::normalize
