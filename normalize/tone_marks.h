// Where the tone mark sits in the open syllables oa, oe, uy: "hòa" or "hoà",
// "khỏe" or "khoẻ", "thủy" or "thuỷ". Both placements occur, even in one
// document ("Định Hoá" beside "Định Hóa"); rules and names need one.
//
// Only a word that ENDS in oa/oe/uy changes (an open syllable): "hoàn",
// "thuyết", "huých" never change, and neither does the u of "qu" ("quý",
// "quỷ"), which is a consonant there.
//
// Thread safety: pure functions.
#ifndef BAOCAO_NORMALIZE_TONE_MARKS_H_
#define BAOCAO_NORMALIZE_TONE_MARKS_H_

#include <string>

namespace baocao::normalize {

enum class ToneMarkStyle {
  kOfficial,  // on the first vowel: "hòa", "khỏe", "thủy" (place names, the default)
  kModern,    // on the main vowel: "hoà", "khoẻ", "thuỷ" (2018 school orthography)
};

// Moves tone marks in place. REQUIRES: `text` is NFC code points.
void PlaceToneMarks(std::u32string* text, ToneMarkStyle style);

}  // namespace baocao::normalize

#endif  // BAOCAO_NORMALIZE_TONE_MARKS_H_
