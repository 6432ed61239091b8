// `baocao normalize` end to end: lines in on stdin, canonical text, folded
// keys or JSON numbers out, exit codes.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "tests/support/temp_dir.h"

namespace baocao {
namespace {

struct Output {
  int code = -1;
  std::vector<std::string> lines;
};

Output RunNormalize(const std::string& args, const std::string& input) {
  testing::TempDir dir;
  const std::string in = dir.Path("in.txt");
  std::ofstream(in, std::ios::binary) << input;
  const std::string command =
      std::string("'") + BAOCAO_BINARY + "' normalize " + args + " < '" + in + "' 2>/dev/null";
  Output out;
  FILE* p = popen(command.c_str(), "r");
  if (p == nullptr) return out;
  std::string text;
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) text.append(buf, n);
  const int status = pclose(p);
  out.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::size_t start = 0;
  for (std::size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1) {
    out.lines.push_back(text.substr(start, nl - start));
  }
  return out;
}

TEST(NormalizeCliTest, PrintsOneCanonicalLinePerInputLine) {
  const Output out = RunNormalize("", "  Định Hoá\xc2\xa0 khoẻ \r\n\nHo\xcc\x80" "a Bi\xcc\x80nh\n");
  EXPECT_EQ(out.code, 0);
  EXPECT_EQ(out.lines, (std::vector<std::string>{"Định Hóa khỏe", "", "Hòa Bình"}));
}

TEST(NormalizeCliTest, ModernToneMarksSwitch) {
  const Output out = RunNormalize("--modern-tone-marks", "Thanh Hóa, sức khỏe\n");
  EXPECT_EQ(out.lines, (std::vector<std::string>{"Thanh Hoá, sức khoẻ"}));
}

TEST(NormalizeCliTest, FoldedKeys) {
  const Output out = RunNormalize("--fold", "Trung tâm HTCĐ Định Hóa\n");
  EXPECT_EQ(out.lines, (std::vector<std::string>{"trung tam htcd dinh hoa"}));
}

TEST(NormalizeCliTest, LegacyInputIsDetectedOrNamed) {
  const Output detected = RunNormalize("", "B¸o c¸o kÕt qu¶ ho¹t ®éng n¨m 2024\n");
  EXPECT_EQ(detected.lines, (std::vector<std::string>{"Báo cáo kết quả hoạt động năm 2024"}));
  const Output named = RunNormalize("--encoding vni", "Soá: 87\n");
  EXPECT_EQ(named.lines, (std::vector<std::string>{"Số: 87"}));
  const Output off = RunNormalize("--encoding none", "B¸o c¸o kÕt qu¶ ho¹t ®éng\n");
  EXPECT_EQ(off.lines, (std::vector<std::string>{"B¸o c¸o kÕt qu¶ ho¹t ®éng"}));
}

TEST(NormalizeCliTest, NumbersAsJsonPerLine) {
  const Output out = RunNormalize(
      "--numbers",
      "Đã mở 215/179 lớp, đạt 120,1%; kinh phí 30,8 triệu đồng\n"
      "\n"
      "Quý II/2025; Bằng chữ: Ba mươi triệu tám trăm nghìn đồng\n");
  ASSERT_EQ(out.code, 0);
  ASSERT_EQ(out.lines.size(), 3u);
  const nlohmann::json first = nlohmann::json::parse(out.lines[0]);
  ASSERT_EQ(first.size(), 3u);
  EXPECT_EQ(first[0], nlohmann::json::parse(R"({"text":"215/179","value":215,"kind":"ratio","unit":"lớp","of":179})"));
  EXPECT_EQ(first[1], nlohmann::json::parse(R"({"text":"120,1%","value":120.1,"kind":"percent","unit":"%","of":null})"));
  EXPECT_EQ(first[2], nlohmann::json::parse(
                          R"({"text":"30,8 triệu đồng","value":30800000,"kind":"money","unit":"đồng","of":null})"));
  EXPECT_EQ(out.lines[1], "[]");
  const nlohmann::json third = nlohmann::json::parse(out.lines[2]);
  ASSERT_EQ(third.size(), 2u);
  EXPECT_EQ(third[0]["kind"], "date");
  EXPECT_EQ(third[0]["iso"], "2025-04/2025-06");
  EXPECT_EQ(third[1]["value"], 30800000);
  EXPECT_EQ(third[1]["kind"], "money");
  // Keys in the documented order.
  EXPECT_EQ(out.lines[0].find("{\"text\":"), 1u);
}

TEST(NormalizeCliTest, OcrRepairIsOptInAndFlagged) {
  const Output plain = RunNormalize("--numbers", "Năm 2O2O\n");
  EXPECT_EQ(plain.lines, (std::vector<std::string>{"[]"}));
  const Output ocr = RunNormalize("--numbers --ocr", "có 1.2S0 người\n");
  ASSERT_EQ(ocr.lines.size(), 1u);
  const nlohmann::json j = nlohmann::json::parse(ocr.lines[0]);
  EXPECT_EQ(j[0]["value"], 1250);
  EXPECT_EQ(j[0]["repaired"], true);
  EXPECT_EQ(j[0]["text"], "1.2S0");
}

TEST(NormalizeCliTest, BadOptionsAreUsageErrors) {
  EXPECT_EQ(RunNormalize("--encoding latin9", "x\n").code, 2);
  EXPECT_EQ(RunNormalize("--numbers --fold", "x\n").code, 2);
}

TEST(NormalizeCliTest, EmptyAndInvalidInput) {
  EXPECT_TRUE(RunNormalize("", "").lines.empty());
  const Output out = RunNormalize("", "a\xff" "b\n");
  EXPECT_EQ(out.code, 0);
  EXPECT_EQ(out.lines, (std::vector<std::string>{"a\xef\xbf\xbd" "b"}));
}

}  // namespace
}  // namespace baocao
