// Look-alikes Tesseract puts into text, repaired where only one reading is
// Vietnamese or a number, for the text of OCR'd blocks and cells:
//
//   "Mở 12 Iớp với 3O5 Iượt người"  ->  "Mở 12 lớp với 305 lượt người"
//
// Digits: inside a number ("3O5", "2.O5O", "1l5"; see RepairOcrDigits in
// number_readers.h for when a look-alike counts as a digit). Letters: a
// capital I that starts a word and is followed by a vowel is an l, since no
// Vietnamese syllable starts with i and a vowel ("Iớp", "Iượt", "Iần");
// "In", "Ích", "I." (a heading) and "II" are left alone. So is a stroke or a
// dot that starts a word before a lowercase vowel ("pháp |uật", "pháp
// .uật"): no word starts with either.
//
// Every replacement is one ASCII byte for another: offsets into the text
// (line ranges, spans) stay valid. Never applied to text that was not read
// by OCR.
//
// Thread safety: pure function.
#ifndef BAOCAO_NORMALIZE_OCR_TEXT_H_
#define BAOCAO_NORMALIZE_OCR_TEXT_H_

#include <string>
#include <string_view>

namespace baocao::normalize {

std::string RepairOcrText(std::string_view canonical);

}  // namespace baocao::normalize

#endif  // BAOCAO_NORMALIZE_OCR_TEXT_H_
