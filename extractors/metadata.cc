#include "extractors/metadata.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <sstream>
#include <vector>

#include "extractors/context.h"
#include "extractors/folded.h"
#include "extractors/place_reading.h"
#include "normalize/text.h"

namespace baocao {
namespace {

// How far into the body the header block, title and opening paragraphs may
// reach. Reports put all of them on the first page.
constexpr int kHeaderSearchBlocks = 30;

// One line of the header region with where it sits.
struct HeaderLine {
  FoldedText text;
  int block = 0;
  int column = 0;  // 0 = left (issuer side), 1 = right (motto side)
};

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
// the motto and what follows it are the right column.
void SplitRunInMotto(const RuleSet& rules, std::vector<HeaderLine>* lines) {
  const Rule* motto = rules.Find("meta", "motto");
  if (motto == nullptr) return;
  std::vector<HeaderLine> out;
  for (HeaderLine& l : *lines) {
    Groups g;
    if (l.column != 0 || !RuleSet::Match(*motto, l.text.folded, &g) || g[0].first == 0) {
      out.push_back(std::move(l));
      continue;
    }
    const std::size_t cut = l.text.CanonOffset(g[0].first);
    const std::string left = normalize::CanonicalText(l.text.canon.substr(0, cut));
    if (left.empty()) {
      out.push_back(std::move(l));
      continue;
    }
    out.push_back({FoldedText(left), l.block, 0});
    out.push_back({FoldedText(normalize::CanonicalText(l.text.canon.substr(cut))), l.block, 1});
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
  return lines;
}

bool IsMotto(const RuleSet& rules, const FoldedText& t) {
  const Rule* r = rules.Find("meta", "motto");
  return r != nullptr && RuleSet::Match(*r, t.folded, nullptr);
}

std::optional<std::string> MatchGroup(const RuleSet& rules, std::string_view section,
                                      std::string_view id, const FoldedText& t, int group = 1) {
  const Rule* r = rules.Find(section, id);
  Groups g;
  if (r == nullptr || !RuleSet::Match(*r, t.folded, &g)) return std::nullopt;
  auto gi = static_cast<std::size_t>(group);
  if (gi >= g.size() || g[gi].first == std::string::npos) return std::string();
  return t.CanonSpan(g[gi].first, g[gi].second);
}

// "Số:...... /BC-HKH" -> "/BC-HKH"; "157 / BC-UBND" -> "157/BC-UBND". The
// reference is one token, or tokens joined by a slash or a dash: what
// follows ("/CV-TTHTCĐ V/v báo cáo …", "Lạng Sơn, ngày …" run into the same
// line of a PDF) is not part of it.
std::string CleanRef(const std::string& raw) {
  std::string out;
  std::istringstream tokens(raw);
  std::string token;
  while (tokens >> token) {
    const bool joined = out.empty() || out.back() == '/' || out.back() == '-' || token[0] == '/' || token[0] == '-' ||
                        out.find('/') == std::string::npos;
    if (!joined) break;
    out += token;
  }
  // Placeholder dots or underscores before the slash are a blank number.
  std::size_t slash = out.find('/');
  if (slash != std::string::npos) {
    std::string number = out.substr(0, slash);
    std::string kept;
    for (std::size_t i = 0; i < number.size(); ++i) {
      unsigned char ch = static_cast<unsigned char>(number[i]);
      if (ch == '.' || ch == '_') continue;
      if (number.compare(i, 3, "\xE2\x80\xA6") == 0) {  // "…"
        i += 2;
        continue;
      }
      kept.push_back(number[i]);
    }
    // A number handwritten into the blank reads as scribbles: only digits
    // (and a letter suffix, "12a") are a number; anything else stays blank.
    bool number_ok = !kept.empty() && isdigit(static_cast<unsigned char>(kept[0]));
    for (std::size_t i = 0; number_ok && i < kept.size(); ++i) {
      unsigned char ch = static_cast<unsigned char>(kept[i]);
      number_ok = isdigit(ch) || (i + 1 == kept.size() && isalpha(ch));
    }
    out = (number_ok ? kept : "") + out.substr(slash);
  }
  while (!out.empty() && (out.back() == '.' || out.back() == ',' || out.back() == ';')) out.pop_back();
  return out;
}

std::string TwoDigits(const std::string& n) { return n.size() == 1 ? "0" + n : n; }

std::optional<std::string> IssuedDate(const RuleSet& rules, const FoldedText& t) {
  const Rule* r = rules.Find("meta", "issued");
  Groups g;
  if (r == nullptr || !RuleSet::Match(*r, t.folded, &g)) return std::nullopt;
  // The date of issue follows the place ("Kim Sơn, ngày …", "Hôm nay, ngày
  // …"); a date after a cited number ("Công văn số 95/PGDĐT ngày 12/11/2023")
  // is that document's.
  std::string prefix = t.folded.substr(0, g[0].first);
  // "Số: 12/UBND-VX Tân Phú, ngày …": the document's own number, then its
  // place (a PDF's header line run together), is no cited document.
  if (prefix.rfind("so", 0) == 0) {
    const std::size_t token = prefix.find_first_not_of(" :", 2);
    const std::size_t after = token == std::string::npos ? token : prefix.find(' ', token);
    if (after != std::string::npos && prefix.find(',', after) != std::string::npos) prefix = prefix.substr(after);
  }
  if (prefix.find_first_of("0123456789/") != std::string::npos ||
      std::count(prefix.begin(), prefix.end(), ' ') > 6) {
    return std::nullopt;
  }
  const std::optional<int> day = RuleSet::GroupNumber(t.folded, g, 1);
  const std::optional<int> month = RuleSet::GroupNumber(t.folded, g, 2);
  const std::optional<int> year = RuleSet::GroupNumber(t.folded, g, 3);
  if (!year || *year < 1000) return std::nullopt;
  const std::string y = std::to_string(*year);
  if (!month || *month < 1 || *month > 12) return y;
  const std::string m = TwoDigits(std::to_string(*month));
  if (!day || *day < 1 || *day > 31) return y + "-" + m;
  return y + "-" + m + "-" + TwoDigits(std::to_string(*day));
}

bool IsUpperLetter(UChar32 c) { return u_isupper(c) || u_istitle(c); }

struct Place {
  std::string unit;  // "xã", "huyện", ... as printed, lowercased
  std::string name;
};

// The first place of kind `id` (commune / district / province) in `t`.
std::optional<Place> FindPlace(const RuleSet& rules, std::string_view id, const FoldedText& t) {
  const Rule* r = rules.Find("place", id);
  Groups g;
  std::size_t from = 0;
  while (r != nullptr && from < t.folded.size()) {
    std::string_view rest = std::string_view(t.folded).substr(from);
    if (!RuleSet::Match(*r, rest, &g) || RuleSet::Group(g, 1).first == std::string::npos) return std::nullopt;
    if (g[0].second == 0) return std::nullopt;  // an empty match at the start never advances
    std::size_t b = from + g[1].first, e = from + g[1].second;
    std::string name = NameOnly(t.CanonSpan(b, e));
    std::string unit = normalize::ToLower(TrimPunct(t.CanonSpan(from + g[0].first, b)));
    if (name.empty()) name = NumberedUnitName(unit, t.CanonSpan(b, e)).value_or("");
    // The folded key cannot tell "tỉnh" (province) from "tình" (as in "tình
    // hình"): the unit word itself must be one the rules list.
    const Rule* unit_rule = rules.Find("place_unit", id);
    bool unit_ok = unit_rule == nullptr || RuleSet::Match(*unit_rule, unit, nullptr);
    if (!name.empty() && unit_ok) return Place{unit, name};
    from += g[0].second;
  }
  return std::nullopt;
}

struct Body {
  std::string abbreviation;
  std::optional<Place> place;
};

std::string IssuerAbbreviation(const std::string& id) {
  if (id == "ubnd") return "UBND";
  if (id == "tthtcd") return "TTHTCĐ";
  if (id == "pgd") return "Phòng GD&ĐT";
  if (id == "hkh") return "Hội Khuyến học";
  if (id == "sgd") return "Sở GD&ĐT";
  return id;
}

}  // namespace

std::string TrimPunct(std::string_view s, std::string_view punct) {
  // Whole characters of `punct`, never single bytes: "•" is E2 80 A2, and
  // the 0x80 of "À" (C3 80) must not go with it.
  std::vector<std::string_view> marks;
  for (std::size_t i = 0; i < punct.size();) {
    std::size_t n = 1;
    auto lead = static_cast<unsigned char>(punct[i]);
    if (lead >= 0xF0) n = 4;
    else if (lead >= 0xE0) n = 3;
    else if (lead >= 0xC0) n = 2;
    marks.push_back(punct.substr(i, n));
    i += n;
  }
  for (bool trimmed = true; trimmed && !s.empty();) {
    trimmed = false;
    for (std::string_view m : marks) {
      if (!m.empty() && s.starts_with(m)) {
        s.remove_prefix(m.size());
        trimmed = true;
      }
      if (!m.empty() && s.ends_with(m)) {
        s.remove_suffix(m.size());
        trimmed = true;
      }
    }
  }
  return std::string(s);
}

std::optional<std::string> NumberedUnitName(std::string_view unit, std::string_view rest) {
  std::string r = TrimPunct(rest, " ");
  std::size_t end = 0;
  while (end < r.size() && std::isalnum(static_cast<unsigned char>(r[end]))) ++end;
  if (end == 0 || end > 4 || !std::isdigit(static_cast<unsigned char>(r[0]))) return std::nullopt;
  // "Thôn 2, xã …" ends at the comma; "Phường 5 lớp" is no unit.
  if (end < r.size() && std::string_view(",;.)").find(r[end]) == std::string_view::npos) return std::nullopt;
  // The unit as printed, capitalised: "Phường", "Tổ dân phố".
  std::string u = TrimPunct(unit, " ");
  if (normalize::IsAllCaps(u)) u = normalize::ToLower(u);
  std::size_t first = normalize::CodePointToByte(u, 1);
  return normalize::ToUpper(u.substr(0, first)) + u.substr(first) + " " + r.substr(0, end);
}

std::string NameOnly(std::string_view canonical) {
  std::string s = TrimPunct(canonical);
  bool caps = normalize::IsAllCaps(s);
  std::istringstream words{std::string(s)};
  std::string word, out;
  while (words >> word) {
    // Quote marks are no part of a name: a quoted name ("xã “Tân Hương”"),
    // or a speck OCR read as one ("TÂN “HƯƠNG").
    word = TrimPunct(word, "\"'“”‘’");
    if (word.empty()) continue;
    UChar32 c = 0;
    int32_t i = 0;
    U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
    bool digit_word = c >= '0' && c <= '9';
    if (!IsUpperLetter(c) && !(digit_word && !out.empty())) break;
    std::string w = TrimPunct(word, " ,;:.");
    if (w.empty()) break;
    if (!out.empty()) out += ' ';
    out += w;
    if (word.back() == ',' || word.back() == ';' || word.back() == '.') break;
  }
  // "HUYỆN TÂN KỲ VIỆT NAM": the end of the motto ("… CHỦ NGHĨA VIỆT NAM")
  // wrapped onto the issuer's line. No commune or district is so named.
  const std::size_t tail = out.size() >= 9 ? out.rfind(' ', out.rfind(' ') - 1) : std::string::npos;
  if (tail != std::string::npos && normalize::FoldKey(out.substr(tail + 1)) == "viet nam") out.resize(tail);
  return caps ? normalize::TitleCase(out) : out;
}

MetadataResult ExtractMetadata(const Document& doc, const RuleSet& rules, DocumentInfo* info) {
  MetadataResult result;
  int limit = std::min<int>(kHeaderSearchBlocks, static_cast<int>(doc.body.size()));

  // The document-type line: capitals, starting with the kind.
  for (int i = 0; i < limit; ++i) {
    const Block& b = doc.body[static_cast<std::size_t>(i)];
    if (!b.is_paragraph()) continue;
    FoldedText t(b.paragraph.text);
    if (!normalize::IsAllCaps(t.canon)) continue;
    const Rule* kind = rules.FirstMatch("doc_type", t.folded);
    if (kind == nullptr) continue;
    info->doc_type = kind->id;
    result.type_line_block = i;
    Groups g;
    RuleSet::Match(*kind, t.folded, &g);
    std::string rest = TrimPunct(t.CanonSpan(g[0].second, t.folded.size()));
    std::string title = rest.size() > 3 ? rest : "";
    int end = i;
    const Rule* stop = rules.Find("meta", "title_stop");
    for (int j = i + 1; title.empty() && j < limit && j <= i + 3; ++j) {
      const Block& next = doc.body[static_cast<std::size_t>(j)];
      if (!next.is_paragraph()) break;
      FoldedText nt(next.paragraph.text);
      if (stop != nullptr && RuleSet::Match(*stop, nt.folded, nullptr)) break;
      if (!next.paragraph.list_marker.empty() || nt.canon.size() > 300) break;
      title = nt.canon;
      end = j;
      // A title printed over two lines continues in a second paragraph in
      // the same style (both centred, no marker): join while it is short.
      if (j + 1 < limit) {
        const Block& more = doc.body[static_cast<std::size_t>(j + 1)];
        if (more.is_paragraph() && more.paragraph.list_marker.empty()) {
          FoldedText mt(more.paragraph.text);
          int more_level = HeadingLevel(more.paragraph);
          bool stops = (stop != nullptr && RuleSet::Match(*stop, mt.folded, nullptr)) ||
                       (more_level >= 1 && more_level <= 4);
          if (!stops && !mt.canon.empty() && !nt.canon.empty() && mt.canon.size() < 120 &&
              mt.canon.find(':') == std::string::npos &&
              !IssuedDate(rules, mt) && normalize::IsAllCaps(mt.canon) == normalize::IsAllCaps(nt.canon) &&
              mt.canon.back() != '.' && nt.canon.back() != '.' && nt.canon.size() < 120 &&
              mt.canon.find("Kính") == std::string::npos) {
            title += " " + mt.canon;
            end = j + 1;
          }
        }
      }
    }
    if (!title.empty()) info->title = title;
    result.title_end_block = title.empty() ? i : std::max(end, i);
    break;
  }

  // Header lines: everything above the type line (or the first blocks).
  int header_end = result.type_line_block >= 0 ? result.type_line_block : std::min(limit, 8);
  // Without a type line (a công văn) the header ends where the letter
  // begins: at "Kính gửi", or at the first running sentence, so a place
  // the body names ("… ở các xã: xã Tân Lập 9 lớp") is never the header's.
  if (result.type_line_block < 0) {
    const Rule* to = rules.Find("meta", "address_to");
    for (int i = 0; i < header_end; ++i) {
      const Block& b = doc.body[static_cast<std::size_t>(i)];
      if (!b.is_paragraph()) continue;
      FoldedText t(b.paragraph.text);
      const bool address = to != nullptr && RuleSet::Match(*to, t.folded, nullptr);
      const bool sentence = normalize::ByteToCodePoint(t.canon, t.canon.size()) > 120 && !normalize::IsAllCaps(t.canon);
      if (address || sentence) {
        header_end = i;
        break;
      }
    }
  }
  std::vector<HeaderLine> header = HeaderLines(rules, doc, header_end);
  // Opening lines: title and the paragraphs after it, for places and the
  // addressee ("Kính gửi"), up to the first numbered section.
  std::vector<FoldedText> opening;
  std::vector<FoldedText> addressed;
  bool in_address = false;
  for (int i = std::max(0, result.title_end_block + 1); i < limit; ++i) {
    const Block& b = doc.body[static_cast<std::size_t>(i)];
    const Rule* to = rules.Find("meta", "address_to");
    if (!b.is_paragraph()) {
      // "Kính gửi:" is often a borderless table: label left, addressees right.
      std::vector<HeaderLine> cells = HeaderLines(rules, doc, i + 1);
      bool address = false;
      for (const HeaderLine& l : cells) {
        if (l.block != i) continue;
        if (to != nullptr && RuleSet::Match(*to, l.text.folded, nullptr)) address = true;
        if (address) addressed.push_back(l.text);
      }
      if (!address) break;
      continue;
    }
    FoldedText t(b.paragraph.text);
    if (to != nullptr && RuleSet::Match(*to, t.folded, nullptr)) {
      in_address = true;
      addressed.push_back(t);
      continue;
    }
    if (in_address && (t.folded.rfind("-", 0) == 0 || !b.paragraph.list_marker.empty() ||
                       t.canon.size() < 100)) {
      addressed.push_back(t);
      continue;
    }
    in_address = false;
    int level = HeadingLevel(b.paragraph);
    if (level >= 1 && level <= 4) break;
    // Header lines read as opening when there is no type line: the motto
    // ("CỘNG HÒA XÃ HỘI …") names no commune.
    if (IsMotto(rules, t)) continue;
    opening.push_back(t);
  }

  // ref and issued: anywhere in the header, else in the first blocks.
  std::vector<HeaderLine> early = HeaderLines(rules, doc, limit);
  auto scan_lines = [&](auto&& fn) {
    for (const HeaderLine& l : early) {
      if (fn(l.text)) return;
    }
  };
  scan_lines([&](const FoldedText& t) {
    auto ref = MatchGroup(rules, "meta", "ref", t);
    if (!ref) ref = MatchGroup(rules, "meta", "ref_bare", t);
    if (!ref) return false;
    std::string clean = CleanRef(*ref);
    // A document's reference is "number/KIND-ISSUER"; an incoming-mail
    // stamp's "Số: 20418" is a registry number.
    if (clean.empty() || clean.find('/') == std::string::npos) return false;
    info->ref = clean;
    return true;
  });
  scan_lines([&](const FoldedText& t) {
    auto d = IssuedDate(rules, t);
    if (d) info->issued = d;
    return d.has_value();
  });
  // A công văn has no type line: its subject line "V/v …" says what it is.
  if (info->doc_type == "other" && result.type_line_block < 0) {
    for (const HeaderLine& l : early) {
      if (l.block > 8) break;
      const Rule* subject = rules.Find("meta", "subject_line");
      if (subject != nullptr && RuleSet::Match(*subject, l.text.folded, nullptr)) {
        info->doc_type = "cong_van";
        if (!info->title) info->title = l.text.canon;
        break;
      }
    }
  }
  if (info->doc_type == "other" && info->ref) {
    std::size_t slash = info->ref->find('/');
    if (slash != std::string::npos) {
      std::string kind = info->ref->substr(slash + 1);
      kind = kind.substr(0, kind.find('-'));
      if (const Rule* r = rules.FirstMatch("ref_kind", normalize::FoldKey(kind))) info->doc_type = r->id;
    }
  }

  // Issuer: the lowest body of the header's left column, with its place.
  std::vector<Body> bodies;
  for (const HeaderLine& l : header) {
    if (l.column != 0 || IsMotto(rules, l.text)) continue;
    if (MatchGroup(rules, "meta", "ref", l.text) || MatchGroup(rules, "meta", "ref_bare", l.text) ||
        IssuedDate(rules, l.text)) {
      continue;
    }
    std::optional<Place> place;
    for (const char* kind : {"commune", "district", "province"}) {
      if ((place = FindPlace(rules, kind, l.text))) break;
    }
    if (const Rule* body = rules.FirstMatch("issuer", l.text.folded)) {
      bodies.push_back(Body{IssuerAbbreviation(body->id), place});
    } else if (place && !bodies.empty() && !bodies.back().place) {
      bodies.back().place = place;
    }
  }
  if (!bodies.empty()) {
    Body issuer = bodies.back();
    for (auto it = bodies.rbegin(); !issuer.place && it != bodies.rend(); ++it) issuer.place = it->place;
    std::string name = issuer.abbreviation;
    if (issuer.place) {
      // "Phường 5" already says its unit.
      bool named_with_unit = normalize::ToLower(issuer.place->name).starts_with(issuer.place->unit + " ");
      name += " " + (named_with_unit ? "" : issuer.place->unit + " ") + issuer.place->name;
    }
    info->issuer = name;
  }

  // Places: header first, then the title, then the addressee and opening.
  // In a document read by OCR, a name that is no run of syllables ("T Hanh
  // Ị", a header under a stamp) gives way to a later mention that is; it is
  // kept only when no source reads better.
  std::map<std::string, std::string> misread;
  auto readable = [&](const char* kind, const std::string& name) {
    if (!doc.ocr || LooksLikePlaceName(name)) return true;
    misread.emplace(kind, name);
    return false;
  };
  auto place_from = [&](const char* kind, const std::vector<FoldedText>& lines) -> std::optional<std::string> {
    for (const FoldedText& t : lines) {
      if (auto p = FindPlace(rules, kind, t); p && readable(kind, p->name)) return p->name;
    }
    return std::nullopt;
  };
  std::vector<FoldedText> header_text;
  for (const HeaderLine& l : header) {
    if (l.column == 0 && !IsMotto(rules, l.text)) header_text.push_back(l.text);
  }
  std::vector<FoldedText> title_text;
  if (info->title) title_text.emplace_back(*info->title);

  bool district_level = false;
  if (!bodies.empty()) {
    std::optional<Place> place;
    for (auto it = bodies.rbegin(); !place && it != bodies.rend(); ++it) place = it->place;
    district_level = place && place->unit != "xã" && place->unit != "phường" && place->unit != "thị trấn";
  }
  info->commune = place_from("commune", header_text);
  if (!info->commune) info->commune = place_from("commune", title_text);
  if (!info->commune && !district_level) info->commune = place_from("commune", opening);

  // Districts were abolished on 1 July 2025: a later document names one only
  // in its header or title (a body's "huyện Na Hang cũ" is history).
  const bool after_districts = info->issued && *info->issued >= "2025-07";
  info->district = place_from("district", header_text);
  if (!info->district) info->district = place_from("district", title_text);
  if (!info->district && !after_districts) info->district = place_from("district", addressed);
  if (!info->district && !after_districts) info->district = place_from("district", opening);

  info->province = place_from("province", header_text);
  if (!info->province) info->province = place_from("province", title_text);
  if (!info->province) info->province = place_from("province", addressed);
  // Last resort, the first mention anywhere in the body ("… nằm ở phía bắc
  // huyện Bảo Lâm, tỉnh Cao Bằng", "Sở GD&ĐT Lạng Sơn"): a report names its
  // own district and province before any other.
  auto first_in_body = [&](std::initializer_list<const char*> kinds) -> std::optional<std::string> {
    for (const Block& b : doc.body) {
      if (!b.is_paragraph()) continue;
      FoldedText t(b.paragraph.text);
      for (const char* kind : kinds) {
        if (auto p = FindPlace(rules, kind, t); p && readable(kind, p->name)) return p->name;
      }
    }
    return std::nullopt;
  };
  if (!info->district && !after_districts) info->district = first_in_body({"district"});
  if (!info->province) info->province = first_in_body({"province", "province_dept"});
  for (auto [field, kind] : {std::pair{&info->commune, "commune"}, {&info->district, "district"},
                             {&info->province, "province"}}) {
    if (!*field && misread.count(kind)) *field = misread.at(kind);
  }
  return result;
}

}  // namespace baocao
