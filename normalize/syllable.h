// Is a word a well-formed Vietnamese syllable? Vietnamese writes one
// syllable per word: an initial consonant, a rhyme from a closed list, and
// at most one tone mark, which a rhyme ending in p, t, c or ch restricts to
// the acute or the dot below. Text decoded from the wrong encoding breaks
// these rules at once ("KÕt", "quaû", "®éng"), which is what legacy-encoding
// detection measures (legacy_detect.h).
//
//   IsVietnameseSyllable("người")  == true
//   IsVietnameseSyllable("KHỎE")   == true     (case does not matter ...)
//   IsVietnameseSyllable("kÕt")    == false    (... unless it is mixed inside a word)
//   IsVietnameseSyllable("hõc")    == false    (tilde on a rhyme in c)
//   IsVietnameseSyllable("baùo")   == false
//
// Thread safety: pure function.
#ifndef BAOCAO_NORMALIZE_SYLLABLE_H_
#define BAOCAO_NORMALIZE_SYLLABLE_H_

#include <string_view>

namespace baocao::normalize {

// `word` is UTF-8, NFC or NFD, without spaces or punctuation. Accepts all
// lower case, all capitals, or one leading capital.
bool IsVietnameseSyllable(std::string_view word);

}  // namespace baocao::normalize

#endif  // BAOCAO_NORMALIZE_SYLLABLE_H_
