// Numbered labels as OCR misreads them, repaired from their sequence.
//
// Reports number sections and periods in order: "I, II, III" section
// rows, "Quý I | Quý II | Quý III | Quý IV" column groups. OCR reads a
// thin "III" as "II" or "IH", "II" as "H" or "11"; the misread label then
// files its figures under the wrong section or quarter (two "Quý II"
// groups, the first quarter's figures twice). Where the neighbours say
// which numeral a label must carry, and the label's own print does not
// contradict it, the label is given that numeral.
//
//   std::vector<std::string> heads = {"Quý I", "Quý H", "Quý II", "Quý IV"};
//   RepairNumberedLabels(&heads);   // "Quý I", "Quý II", "Quý III", "Quý IV"
//
// Thread safety: pure functions.
#ifndef BAOCAO_EXTRACTORS_NUMBERED_LABELS_H_
#define BAOCAO_EXTRACTORS_NUMBERED_LABELS_H_

#include <string>
#include <vector>

namespace baocao {

// The value of a Roman numeral of I, V and X ("XIV" -> 14); 0 for none.
int RomanValue(const std::string& s);

// 1..39 as a Roman numeral; "" outside.
std::string ToRoman(int n);

// A Roman numeral as OCR misreads it, spelled with I, V and X: look-alikes
// of I (l, 1, |, !, i) become I, H becomes II, v and x their capitals; ""
// when any other character is in it.
std::string RomanLookAlike(const std::string& s);

// Labels read left to right (or top to bottom) that share their words and
// end in a numeral ("Quý I", "Quý II", …; "Đợt 1", "Đợt 2", …) and count up
// by one: a label whose numeral breaks the count is given the expected one
// when its print looks like it ("Quý H" for II, "Quý Il" for III) or when
// it repeats a numeral already used and the next label confirms the count
// ("Quý I | Quý II | Quý II | Quý IV"). A sequence with a real gap ("Quý I
// | Quý II | Quý IV") is left alone. Labels of other shapes are untouched.
void RepairNumberedLabels(std::vector<std::string>* labels);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_NUMBERED_LABELS_H_
