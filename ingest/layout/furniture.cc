// FindFurniture (layout/page_layout.h): page headers and footers of PDF and scanned
// pages.
#include <algorithm>
#include <cctype>
#include <map>
#include <string>

#include "ingest/layout/page_layout.h"

namespace baocao {
namespace {

// Top and bottom bands of the page, as fractions of its height. Body text
// starts about 2 cm (7%) from the edge; running heads and page numbers sit
// in the margin beyond it.
constexpr double kTopBand = 0.075;
constexpr double kBottomBand = 0.925;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "3", "- 3 -", "Trang 3", "3/7", "Trang 3/7".
bool IsPageNumber(const std::string& text) {
  std::string t;
  for (char c : text) {
    if (c != ' ' && c != '-' && c != '\xE2') t.push_back(c);  // also drops the lead byte of en/em dashes
  }
  std::string digits;
  std::size_t i = 0;
  if (t.rfind("Trang", 0) == 0 || t.rfind("trang", 0) == 0) i = 5;
  for (; i < t.size(); ++i) {
    char c = t[i];
    if (IsDigit(c) || c == '/') {
      digits.push_back(c);
    } else if (static_cast<unsigned char>(c) == 0x80 && i + 1 < t.size() &&
               (static_cast<unsigned char>(t[i + 1]) == 0x93 || static_cast<unsigned char>(t[i + 1]) == 0x94)) {
      ++i;  // rest of an en/em dash
    } else {
      return false;
    }
  }
  return !digits.empty() && IsDigit(digits.front()) && digits.size() <= 7;
}

// The line's text with digits taken out: "Trang 2" and "Trang 3" repeat.
std::string Shape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (!IsDigit(c)) out.push_back(c);
  }
  return out;
}

}  // namespace

std::vector<std::set<std::size_t>> FindFurniture(const std::vector<std::vector<TextLine>>& lines,
                                                 const std::vector<double>& heights) {
  std::vector<std::set<std::size_t>> out(lines.size());
  // Lines in the edge bands, and on how many pages each shape occurs there.
  std::map<std::pair<bool, std::string>, int> pages_with;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    std::set<std::pair<bool, std::string>> here;
    for (const TextLine& line : lines[k]) {
      const bool top = line.box.y1 < kTopBand * heights[k];
      const bool bottom = line.box.y0 > kBottomBand * heights[k];
      if (top || bottom) here.insert({top, Shape(LineText(line))});
    }
    for (const auto& key : here) ++pages_with[key];
  }
  for (std::size_t k = 0; k < lines.size(); ++k) {
    for (std::size_t i = 0; i < lines[k].size(); ++i) {
      const TextLine& line = lines[k][i];
      const bool top = line.box.y1 < kTopBand * heights[k];
      const bool bottom = line.box.y0 > kBottomBand * heights[k];
      if (!top && !bottom) continue;
      const std::string text = LineText(line);
      if (IsPageNumber(text) || pages_with[{top, Shape(text)}] >= 2) out[k].insert(i);
    }
  }
  return out;
}

}  // namespace baocao
