#include "normalize/ocr_text.h"

#include "normalize/number_readers.h"
#include "normalize/unicode.h"

namespace baocao::normalize {
namespace {

// True for a lowercase Vietnamese vowel letter, any tone or shape
// (canonical text is NFC: precomposed).
bool IsLowerVowel(char32_t cp) {
  static const std::u32string kVowels =
      U"aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";
  return kVowels.find(cp) != std::u32string::npos;
}

}  // namespace

std::string RepairOcrText(std::string_view canonical) {
  std::string out = internal::RepairOcrDigits(canonical).text;
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    if (out[i] != 'I' && out[i] != '|' && out[i] != '.') continue;
    if (i > 0 && internal::IsWordChar(internal::DecodeBefore(out, i).cp)) continue;  // inside a word
    // "|uật", ".uật": a stroke or a dot before the vowel that starts a word
    // is a thin l read poorly; after a digit the dot is a number's.
    if (out[i] != 'I' && i > 0 && (out[i - 1] >= '0' && out[i - 1] <= '9')) continue;
    if (IsLowerVowel(internal::DecodeAt(out, i + 1).cp)) out[i] = 'l';
  }
  return out;
}

}  // namespace baocao::normalize
