#include "extractors/header_lines.h"

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "extractors/header_reference.h"
#include "normalize/text.h"

namespace baocao {
namespace {

// Spaces left for a number or a day to be written by hand ("Số:      /BC-
// UBND", "ngày      tháng 6") are a blank, not a column gap.
bool LeadsABlank(const std::string& before, char next) {
  if (next == '/' || next == '-') return true;
  const std::size_t word = before.find_last_of(" \t");
  const std::string last = normalize::FoldKey(word == std::string::npos ? before : before.substr(word + 1));
  return last == "so" || last == "so:" || last == "ngay" || last == "thang" || last == "nam";
}

// Spaces typed to line up a column ("UBND XÃ TÂN AN<many spaces>CỘNG HÒA
// …", in plain text and in Word alike) as the tabs they stand for: a run of
// three or more inside a line is one tab, an indent of eight or more two (a
// line pushed to the right column). A tab (a PDF line's wide gap) before a
// blank is the blank's space.
std::string SpacesAsTabs(const std::string& line) {
  constexpr std::size_t kColumnGap = 3, kRightIndent = 8;
  std::string out;
  std::size_t i = 0;
  while (i < line.size()) {
    if (line[i] != ' ' && line[i] != '\t') {
      out += line[i++];
      continue;
    }
    std::size_t j = line.find_first_not_of(" \t", i);
    if (j == std::string::npos) j = line.size();
    const std::size_t tabs = static_cast<std::size_t>(std::count(line.begin() + static_cast<std::ptrdiff_t>(i),
                                                                 line.begin() + static_cast<std::ptrdiff_t>(j), '\t'));
    const std::size_t spaces = j - i - tabs;
    if (i == 0) {
      out += tabs > 0 ? std::string(tabs, '\t') : spaces >= kRightIndent ? "\t\t" : line.substr(0, j);
    } else if (j < line.size() && (tabs > 0 || spaces >= kColumnGap)) {
      // A tab too: a PDF line gives a wide gap as one.
      out += LeadsABlank(out, line[j]) ? std::string(" ") : std::string(tabs > 0 ? tabs : 1, '\t');
    } else {
      out += line.substr(i, j - i);
    }
    i = j;
  }
  return out;
}

// Where a document number run into the line before starts ("ỦY BAN NHÂN DÂN
// XÃ QUANG HÓA Số: 12/BC-UBND", lines of a column joined): " Số" then a
// number or the blank left for one. npos when there is none.
std::size_t NumberLineInside(const std::string& part) {
  for (std::size_t at = part.find(" S"); at != std::string::npos; at = part.find(" S", at + 1)) {
    std::size_t k = at + 1;
    if (part.compare(k, 4, "Số") == 0) k += 4;        // "Số" (S + U+1ED1, three bytes)
    else if (part.compare(k, 4, "SỐ") == 0) k += 4;   // "SỐ"
    else continue;
    if (k < part.size() && part[k] == ':') ++k;
    while (k < part.size() && part[k] == ' ') ++k;
    if (k >= part.size()) continue;
    const unsigned char c = static_cast<unsigned char>(part[k]);
    if ((c >= '0' && c <= '9') || c == '.' || c == '/' || c == '_' || c == 0xE2) return at;
  }
  return std::string::npos;
}

// A header typed with tabs ("Số: 18/BC-UBND<tab><tab>Yên Lạc, ngày …") holds
// both columns on one line: the part before the first tab is the left column.
void AddTabbedLines(const std::string& orig, int block, int column, std::vector<HeaderLine>* lines) {
  std::istringstream in(orig);
  std::string line;
  while (std::getline(in, line)) {
    line = SpacesAsTabs(line);
    std::vector<std::string> segments;
    std::size_t leading_tabs = line.find_first_not_of('\t');
    std::size_t start = 0;
    while (start <= line.size()) {
      std::size_t tab = line.find('\t', start);
      std::string part = normalize::CanonicalText(line.substr(start, tab == std::string::npos ? tab : tab - start));
      // "Số: 41/PGDĐT-GDTX V/v báo cáo …": the subject line run into the
      // number's (lines of a PDF joined) starts a line of its own.
      // So does the number run into the issuer's line.
      if (std::size_t number = NumberLineInside(part); number != std::string::npos && number > 0) {
        segments.push_back(part.substr(0, number));
        part = part.substr(number + 1);
      }
      for (std::size_t vv = part.find(" V/v "); vv != std::string::npos && vv > 0; vv = part.find(" V/v ")) {
        segments.push_back(part.substr(0, vv));
        part = part.substr(vv + 1);
      }
      if (!part.empty()) segments.push_back(std::move(part));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    for (std::size_t k = 0; k < segments.size(); ++k) {
      // One segment pushed right by two or more tabs is the right column.
      bool right = k > 0 || (segments.size() == 1 && leading_tabs != std::string::npos && leading_tabs >= 2);
      lines->push_back({FoldedText(segments[k]), block, right ? 1 : column});
    }
  }
}

// The header's bodies stand one per line ("UBND XÃ PHÚ LƯƠNG" over "TRUNG
// TÂM HỌC TẬP CỘNG ĐỒNG"), but OCR of a centred column and hand-typed headers
// often run them into one line, and the place of the first then swallows the
// second ("xã Phú Lương Trung Tâm Học Tập Cộng Đồng"). A line that begins
// with a body is cut before every later word where another body begins.
void SplitJoinedBodies(const RuleSet& rules, std::vector<HeaderLine>* lines) {
  std::vector<HeaderLine> out;
  for (HeaderLine& l : *lines) {
    const std::string& canon = l.text.canon;
    const std::string& folded = l.text.folded;
    if (rules.FirstMatch("issuer", folded) == nullptr) {
      out.push_back(std::move(l));
      continue;
    }
    std::size_t start = 0;  // in `canon`
    for (std::size_t i = 1; i < folded.size(); ++i) {
      if (folded[i - 1] != ' ' || folded[i] == ' ') continue;
      if (rules.FirstMatch("issuer", std::string_view(folded).substr(i)) == nullptr) continue;
      const std::size_t cut = l.text.CanonOffset(i);
      out.push_back({FoldedText(normalize::CanonicalText(canon.substr(start, cut - start))), l.block, l.column});
      start = cut;
    }
    if (start == 0) out.push_back(std::move(l));
    else out.push_back({FoldedText(canon.substr(start)), l.block, l.column});
  }
  *lines = std::move(out);
}

// The motto run into the issuer's line of the same row ("UỶ BAN NHÂN DÂN XÃ
// THANH HÀCỘNG HOÀ XÃ HỘI …": a typed left column too long for its tab stop
// pushes the tab past the right column's, and the PDF prints them glued):
// the motto and what follows it are the right column. What follows the end
// of a motto line ("Độc lập - Tự do - Hạnh phúc Cao Bằng, ngày …", "… Hạnh
// phúc Số: …/BC-UBND …": OCR or a PDF running the rows of a two-column
// header into one) is a line of its own, on the motto's side.
void SplitRunInMotto(const RuleSet& rules, std::vector<HeaderLine>* lines) {
  const Rule* motto = rules.Find("meta", "motto");
  if (motto == nullptr) return;
  const Rule* motto_end = rules.Find("meta", "motto_end");
  std::vector<HeaderLine> out;
  for (HeaderLine& l : *lines) {
    Groups g;
    if (!RuleSet::Match(*motto, l.text.folded, &g)) {
      out.push_back(std::move(l));
      continue;
    }
    std::string rest = l.text.canon;
    int column = l.column;
    if (l.column == 0 && g[0].first > 0) {
      const std::size_t cut = l.text.CanonOffset(g[0].first);
      const std::string left = normalize::CanonicalText(l.text.canon.substr(0, cut));
      if (!left.empty()) {
        out.push_back({FoldedText(left), l.block, 0});
        rest = l.text.canon.substr(cut);
        column = 1;
      }
    }
    // Both motto lines may be run together, then the place and date.
    FoldedText motto_text(normalize::CanonicalText(rest));
    for (Groups e; motto_end != nullptr && RuleSet::Match(*motto, motto_text.folded, nullptr) &&
                   RuleSet::Match(*motto_end, motto_text.folded, &e);) {
      const std::size_t cut = motto_text.CanonOffset(e[0].second);
      const std::string after = normalize::CanonicalText(motto_text.canon.substr(cut));
      if (after.empty()) break;
      out.push_back({FoldedText(normalize::CanonicalText(motto_text.canon.substr(0, cut))), l.block, column});
      motto_text = FoldedText(after);
    }
    out.push_back({std::move(motto_text), l.block, column});
  }
  *lines = std::move(out);
}

// A body's first word wrapped onto the line before ("UBND TỈNH LẠNG SƠN SỞ"
// over "GIÁO DỤC VÀ ĐÀO TẠO", two bodies typed as one line in a narrow
// cell): the word goes back to the line it begins, or the place before it
// swallows it.
void MoveWrappedBodyStarts(const RuleSet& rules, std::vector<HeaderLine>* lines) {
  std::vector<HeaderLine>& ls = *lines;
  for (std::size_t i = 0; i + 1 < ls.size(); ++i) {
    HeaderLine& a = ls[i];
    HeaderLine& b = ls[i + 1];
    if (a.block != b.block || a.column != b.column || rules.FirstMatch("issuer", b.text.folded) != nullptr) continue;
    const std::string& canon = a.text.canon;
    // The last one or two words of `a`.
    std::size_t cut = canon.size();
    for (int words = 0; words < 2; ++words) {
      cut = canon.rfind(' ', cut == 0 ? 0 : cut - 1);
      if (cut == std::string::npos || cut == 0) break;
      const std::string moved = canon.substr(cut + 1) + " " + b.text.canon;
      const Rule* body = rules.FirstMatch("issuer", FoldedText(moved).folded);
      if (body == nullptr) continue;
      b.text = FoldedText(moved);
      a.text = FoldedText(canon.substr(0, cut));
      break;
    }
  }
}

// Lines of the blocks before `end` (paragraphs, and the cells of layout tables
// such as the borderless two-column header), in reading order.
// "UỶ BAN NHÂN DÂN XÃ NÀ KHOANG ND. /UBND-VX": the number's line run into
// the issuer's (OCR joining the left column's lines) with its "Số:" garbled.
// The code and the token before it, when that token is no word of a name
// (it holds a dot, a colon or a digit, or is "Số" itself), are a line of
// their own, so the place is read without them.
void SplitTrailingCode(const RuleSet& rules, std::vector<HeaderLine>* lines) {
  std::vector<HeaderLine> out;
  for (HeaderLine& l : *lines) {
    std::size_t start = std::string::npos;
    if (!CodeReference(rules, l.text, /*at_end=*/true, &start) || start == 0) {
      out.push_back(std::move(l));
      continue;
    }
    std::string before = l.text.canon.substr(0, l.text.CanonOffset(start));
    const std::size_t end = before.find_last_not_of(' ');
    const std::size_t word = end == std::string::npos ? std::string::npos : before.find_last_of(' ', end);
    if (word != std::string::npos) {
      const std::string last = before.substr(word + 1, end - word);
      const std::string folded = normalize::FoldKey(last);
      if (last.find_first_of(".:0123456789") != std::string::npos || folded == "so" ||
          last.find("\xE2\x80\xA6") != std::string::npos) {
        before.resize(word);
      }
    }
    before = normalize::CanonicalText(before);
    if (before.empty()) {
      out.push_back(std::move(l));
      continue;
    }
    const std::string code = normalize::CanonicalText(l.text.canon.substr(before.size()));
    out.push_back({FoldedText(before), l.block, l.column});
    out.push_back({FoldedText(code), l.block, l.column});
  }
  *lines = std::move(out);
}

}  // namespace

std::vector<HeaderLine> HeaderLines(const RuleSet& rules, const Document& doc, int end) {
  std::vector<HeaderLine> lines;
  for (int i = 0; i < end && i < static_cast<int>(doc.body.size()); ++i) {
    const Block& b = doc.body[static_cast<std::size_t>(i)];
    if (b.is_paragraph()) {
      AddTabbedLines(b.paragraph.orig.empty() ? b.paragraph.text : b.paragraph.orig, i, 0, &lines);
      continue;
    }
    // Column by column: the left column of a layout table is the issuer side.
    for (int c = 0; c < b.table.cols; ++c) {
      for (const TableCell& cell : b.table.cells) {
        if (cell.col != c) continue;
        AddTabbedLines(cell.orig.empty() ? cell.text : cell.orig, i, c == 0 ? 0 : 1, &lines);
      }
    }
  }
  SplitRunInMotto(rules, &lines);
  MoveWrappedBodyStarts(rules, &lines);
  SplitJoinedBodies(rules, &lines);
  SplitTrailingCode(rules, &lines);
  return lines;
}

bool IsMotto(const RuleSet& rules, const FoldedText& t) {
  const Rule* r = rules.Find("meta", "motto");
  return r != nullptr && RuleSet::Match(*r, t.folded, nullptr);
}

}  // namespace baocao
