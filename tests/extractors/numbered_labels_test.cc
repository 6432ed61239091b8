// Numbered labels repaired from their sequence (extractors/numbered_labels.h):
// OCR's misreads of quarter and section numerals are given the numeral
// their neighbours count to; real gaps and other labels stay as printed.
#include "extractors/numbered_labels.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace baocao {
namespace {

std::vector<std::string> Repaired(std::vector<std::string> labels) {
  RepairNumberedLabels(&labels);
  return labels;
}

using Labels = std::vector<std::string>;

TEST(NumberedLabelsTest, AMisreadNumeralTakesTheOneItsNeighboursCountTo) {
  EXPECT_EQ(Repaired({"Quý I", "Quý H", "Quý II", "Quý IV"}), (Labels{"Quý I", "Quý II", "Quý III", "Quý IV"}));
  EXPECT_EQ(Repaired({"Quý I", "Quý II", "Quý IIl", "Quý IV"}), (Labels{"Quý I", "Quý II", "Quý III", "Quý IV"}));
  EXPECT_EQ(Repaired({"Quý I", "Quý II", "Quý II", "Quý IV"}), (Labels{"Quý I", "Quý II", "Quý III", "Quý IV"}));
  EXPECT_EQ(Repaired({"Quý I/2025", "Quý 11/2025", "Quý III/2025"}),
            (Labels{"Quý I/2025", "Quý II/2025", "Quý III/2025"}));
}

TEST(NumberedLabelsTest, OtherCellsOfTheRowAreLeftAndKeepTheirPlace) {
  EXPECT_EQ(Repaired({"TT", "Nội dung", "Quý I", "Quý H", "Quý III", "Ghi chú"}),
            (Labels{"TT", "Nội dung", "Quý I", "Quý II", "Quý III", "Ghi chú"}));
}

TEST(NumberedLabelsTest, ASequenceWithARealGapIsLeftAlone) {
  EXPECT_EQ(Repaired({"Quý I", "Quý II", "Quý IV"}), (Labels{"Quý I", "Quý II", "Quý IV"}));
  // Digits too: months that skip one are months that skip one.
  EXPECT_EQ(Repaired({"Tháng 1", "Tháng 2", "Tháng 4", "Tháng 5"}),
            (Labels{"Tháng 1", "Tháng 2", "Tháng 4", "Tháng 5"}));
}

TEST(NumberedLabelsTest, ARepeatedMonthBetweenItsNeighboursIsTheMissingOne) {
  EXPECT_EQ(Repaired({"Tháng 01", "Tháng 02", "Tháng 02", "Tháng 04"}),
            (Labels{"Tháng 01", "Tháng 02", "Tháng 03", "Tháng 04"}));
}

TEST(NumberedLabelsTest, TwoLabelsGiveANumeralOnlyToAPrintThatIsNone) {
  EXPECT_EQ(Repaired({"Quý I", "Quý H"}), (Labels{"Quý I", "Quý II"}));
  EXPECT_EQ(Repaired({"Quý I", "Quý I"}), (Labels{"Quý I", "Quý I"}));
  EXPECT_EQ(Repaired({"Quý I", "Quý III"}), (Labels{"Quý I", "Quý III"}));
}

TEST(NumberedLabelsTest, LabelsWithoutASharedLeadAreNoSequence) {
  EXPECT_EQ(Repaired({"Quý I", "Đợt H", "Tháng II"}), (Labels{"Quý I", "Đợt H", "Tháng II"}));
  EXPECT_EQ(Repaired({"Xã Tân An", "Xã Hòa Bình", "Xã Phú Mỹ"}), (Labels{"Xã Tân An", "Xã Hòa Bình", "Xã Phú Mỹ"}));
}

TEST(NumberedLabelsTest, RomanNumerals) {
  EXPECT_EQ(RomanValue("XIV"), 14);
  EXPECT_EQ(RomanValue("IH"), 0);
  EXPECT_EQ(ToRoman(9), "IX");
  EXPECT_EQ(RomanLookAlike("IH"), "III");
  EXPECT_EQ(RomanLookAlike("lv"), "IV");
  EXPECT_EQ(RomanLookAlike("Quý"), "");
}

}  // namespace
}  // namespace baocao
