#include "ingest/layout/lines.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <string_view>

#include "ingest/pdf/words.h"
#include "normalize/syllable.h"

namespace baocao {
namespace {

// A gap between two words of a line wider than this many ems is a column
// typed with spaces (three spaces are three quarters of an em), never a
// word space: justified lines of Vietnamese, short syllables between,
// stretch a space to half an em at most.
constexpr double kColumnGapEm = 0.65;

double Overlap(double a0, double a1, double b0, double b1) { return std::min(a1, b1) - std::max(a0, b0); }

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "-", "+", "•", "1.", "1.1.", "2)", "a)", "đ)", "I.", "IV." and "(3)": what
// starts a list item or a numbered heading.
bool IsListMarker(std::string_view w) {
  static constexpr std::string_view kBullets[] = {"-", "+", "*", "\xE2\x80\xA2", "\xE2\x80\x93",
                                                  "\xE2\x80\x94", "\xC2\xB7", "\xE2\x88\x99"};
  for (std::string_view b : kBullets) {
    if (w == b) return true;
  }
  if (w.size() >= 2 && (w.back() == '.' || w.back() == ')')) {
    std::string_view body = w.substr(0, w.size() - 1);
    if (!body.empty() && body.front() == '(' && w.back() == ')') body.remove_prefix(1);
    if (body.empty()) return false;
    bool numbered = IsDigit(body.front()) && std::all_of(body.begin(), body.end(), [](char c) {
      return IsDigit(c) || c == '.';
    });
    bool roman = std::all_of(body.begin(), body.end(), [](char c) {
      return c == 'I' || c == 'V' || c == 'X' || c == 'L';
    });
    bool letter = body.size() == 1 && body[0] >= 'a' && body[0] <= 'z';
    bool d_stroke = body == "\xC4\x91";  // "đ)"
    return (numbered && body.size() <= 8) || (roman && body.size() <= 5) || letter || d_stroke;
  }
  return false;
}

bool AllBold(const TextLine& line) {
  return std::all_of(line.words.begin(), line.words.end(), [](const PageWord& w) { return w.bold; });
}

// Typical distance between the centres of consecutive lines of the same
// size: the line pitch of running text.
double TypicalPitch(const std::vector<TextLine>& lines) {
  std::vector<double> pitches;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const TextLine& a = lines[i - 1];
    const TextLine& b = lines[i];
    if (std::abs(a.size - b.size) > 0.5) continue;
    double p = CenterY(b.box) - CenterY(a.box);
    if (p > 0) pitches.push_back(p);
  }
  if (pitches.empty()) return 0;
  std::nth_element(pitches.begin(), pitches.begin() + static_cast<std::ptrdiff_t>(pitches.size() / 3),
                   pitches.end());
  // The lower third: paragraph spacing must not raise the estimate.
  return pitches[pitches.size() / 3];
}

// Centred text keeps clear of both margins by about the same distance (a
// full line, whatever its alignment, touches both). On a page's width, a
// line within four ems of the region's is a full one: an indented first
// line whose region is widened by a table running past the text margin is
// not centred. (In a header's narrow column a centred line may fill it.)
bool Centered(const TextLine& line, const TextRegion& region, double em) {
  const double left = line.box.x0 - region.left, right = region.right - line.box.x1;
  const bool full = region.width() > 25 * em && Width(line.box) >= region.width() - 4 * em;
  return left > em && right > em && std::abs(left - right) < 2 * em && !full;
}

// Whether `a`'s last word leaves its sentence open (no stop after it).
bool EndsOpen(const TextLine& a) {
  const std::string& last = a.words.back().text;
  return !last.empty() && std::string_view(".:;!?").find(last.back()) == std::string_view::npos;
}

// Whether `b` reads as the rest of a sentence `a` left open: it starts with
// a lower-case letter and `a` does not end with a stop. Paragraphs of a
// report start with a capital, a number or a list marker, never lower case.
bool ContinuesSentence(const TextLine& a, const TextLine& b) {
  const icu::UnicodeString first = icu::UnicodeString::fromUTF8(b.words.front().text);
  if (first.isEmpty() || !u_islower(first.char32At(0))) return false;
  return EndsOpen(a);
}

// Whether `b` starts a new paragraph after `a`.
bool StartsParagraph(const TextLine& a, const TextLine& b, const TextRegion& region, double pitch) {
  const double em = std::max(a.size, b.size);
  // Lines side by side, their extents apart (a header's two columns read
  // half a line apart in a scan: "CỘNG HÒA …" right, then "PHĂNG TRUNG
  // TÂM …" left): two columns, never one paragraph.
  if (b.box.x1 < a.box.x0 - em || b.box.x0 > a.box.x1 + em) return true;
  const double p = CenterY(b.box) - CenterY(a.box);
  if (pitch > 0 && p > pitch * 1.25 + 0.05 * em) return true;
  if (pitch <= 0 && b.box.y0 - a.box.y1 > 0.5 * em) return true;
  // Sizes from OCR are estimates from line heights: only a clear change
  // counts, and not inside an open sentence (a line of stacked marks, "ượ",
  // reads a quarter taller than one without).
  const bool ocr = a.words.front().confidence.has_value();
  // OCR's size of a short line is no measure ("4.424 lượt người." after a
  // line of 17.5 pt reads 22.8, "viên." 11): after a full line whose
  // sentence is open, the next line is its end whatever size it reads.
  const bool wrapped = ocr && EndsOpen(a) && a.box.x1 >= region.right - 2 * a.size;
  if (std::abs(a.size - b.size) > (ocr ? 0.2 * em : 0.5) && !(ocr && (ContinuesSentence(a, b) || wrapped))) {
    return true;
  }
  if (AllBold(a) != AllBold(b)) return true;
  const double first = Width(b.words.front().box);
  const bool centered = Centered(a, region, em);
  const double slack = centered ? region.width() - Width(a.box) : region.right - a.box.x1;
  const bool fitted = first + 0.25 * em < slack - 0.6 * em;  // b's first word would have fitted on a
  if (IsListMarker(b.words.front().text)) {
    // "…, Mường Phăng 45 và Tân Lập" / "40.": a number wrapped from a full
    // line whose clause is open is the sentence's, not an item's number.
    const std::string& marker = b.words.front().text;
    if (!(IsDigit(marker.front()) && !fitted && EndsOpen(a))) return true;
  }
  // In a scan, a short word that seems to have fitted on the line before
  // (the margin is estimated from skewed, ragged lines) still continues an
  // open sentence. A text layer's geometry is exact: there, as in the DOCX
  // it was printed from, a line ended with room to spare ends a paragraph.
  if (ocr && (ContinuesSentence(a, b) || wrapped)) return false;
  if (fitted) return true;
  // A first-line indent after a full line.
  if (!Centered(b, region, em) && b.box.x0 > a.box.x0 + 0.8 * em && b.box.x0 > region.left + 0.8 * em) {
    return true;
  }
  return false;
}

// A word too wide for its cell is broken inside ("ST" / "T", "LỚ" / "P" in
// a narrow column): the next line continues it without a space. Vietnamese
// words are syllables, each with a vowel, so a next line that starts with
// consonants only cannot start a word of its own.
bool HasVietnameseVowel(const std::string& word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return true;
  icu::UnicodeString s = nfd->normalize(icu::UnicodeString::fromUTF8(word), status);
  if (U_FAILURE(status)) return true;
  for (int32_t i = 0; i < s.length(); ++i) {
    const UChar c = static_cast<UChar>(u_tolower(s.charAt(i)));
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y') return true;
  }
  return false;
}

int CodePoints(const std::string& word) { return icu::UnicodeString::fromUTF8(word).countChar32(); }

bool IsLowercase(const std::string& word) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(word);
  for (int32_t i = 0; i < s.length(); ++i) {
    if (!u_islower(s.char32At(i))) return false;
  }
  return !s.isEmpty();
}

bool AllLetters(const std::string& word) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(word);
  if (s.isEmpty()) return false;
  for (int32_t i = 0; i < s.length(); ++i) {
    if (!u_isalpha(s.char32At(i))) return false;
  }
  return true;
}

bool Numeric(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return IsDigit(c) || c == '.' || c == ','; });
}

// "1.500.00" / "0": a number cut where the column ends.
bool NumberPieces(const std::string& a, const std::string& b) {
  return Numeric(a) && Numeric(b) && IsDigit(b.front()) && a.find_first_of("0123456789") != std::string::npos;
}

bool BrokenInsideWord(const TextLine& a, const TextLine& b, const TextRegion& region) {
  // "chuyê" / "n đề": a word that is no syllable, completed by letters
  // without a vowel, whatever the width (a borderless table's cell is
  // known only from its gutters, wider than the text it held).
  {
    const std::string& last = a.words.back().text;
    const std::string& next = b.words.front().text;
    if (AllLetters(last) && AllLetters(next) && !HasVietnameseVowel(next) && !normalize::IsVietnameseSyllable(last) &&
        normalize::IsVietnameseSyllable(last + next)) {
      return true;
    }
  }
  if (Width(a.box) < region.width() - a.size) return false;
  const std::string& last_printed = a.words.back().text;
  // The word without the bracket or quote that opens it: "(nghì" / "n đồng)".
  const std::string last = last_printed.substr(std::min(last_printed.find_first_not_of("(\"'["), last_printed.size()));
  const std::string& next = b.words.front().text;
  if (last.empty()) return false;
  // "(VH-" / "XH)": broken after a hyphen.
  if (last.size() > 1 && last.back() == '-') return true;
  // "LỚ" / "P"; "750.000" / "đ" (a unit after a figure).
  const bool fragment = AllLetters(next) && !HasVietnameseVowel(next);
  if (fragment && (AllLetters(last) || IsDigit(last.back()))) return true;
  // "ngườ" / "i" in a narrow cell: a lowercase letter or two alone on the
  // last line that make one syllable with the word before the break.
  if (b.words.size() == 1 && AllLetters(last) && AllLetters(next) && CodePoints(next) <= 2 && IsLowercase(next) &&
      normalize::IsVietnameseSyllable(last + next)) {
    return true;
  }
  // A number is cut only when it fills its line alone ("1 99" / "8" in a
  // narrow cell); after words the line broke at a space, as inside "… hóa
  // 4" / "000 000 đồng" (space-grouped, in running text).
  const bool only_number =
      std::all_of(a.words.begin(), a.words.end(), [](const PageWord& w) { return Numeric(w.text); });
  return only_number && NumberPieces(last, next);
}

// The font a run records: a legacy font's name, else none (pdf/words.h).
std::string RunFont(const PageWord& w) { return IsLegacyVietnameseFont(w.font) ? w.font : std::string(); }

bool SameStyle(const PageWord& a, const PageWord& b) {
  return RunFont(a) == RunFont(b) && a.bold == b.bold && a.italic == b.italic;
}

// Appends `piece` in the style of `w` to the paragraph's runs.
void AppendRun(const PageWord& w, const std::string& piece, const PageWord*& last, Paragraph* p) {
  if (last == nullptr || !SameStyle(*last, w) || p->runs.empty()) {
    Run run;
    run.font = RunFont(w);  // only a legacy font's name says what the codes mean
    run.bold = w.bold;
    run.italic = w.italic;
    p->runs.push_back(std::move(run));
  }
  p->runs.back().orig += piece;
  p->orig += piece;
  last = &w;
}

}  // namespace

BoundingBox UnionBox(const BoundingBox& a, const BoundingBox& b) {
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

std::vector<TextLine> GroupLines(std::vector<PageWord> words) {
  std::sort(words.begin(), words.end(), [](const PageWord& a, const PageWord& b) {
    return CenterY(a.box) < CenterY(b.box);
  });
  std::vector<TextLine> lines;
  for (PageWord& w : words) {
    const double h = Height(w.box);
    TextLine* best = nullptr;
    double best_dy = 0;
    // Lines are created in order of centre; only recent ones can overlap.
    for (std::size_t k = lines.size(); k-- > 0;) {
      TextLine& line = lines[k];
      if (line.box.y1 < w.box.y0 - 2 * h) break;
      double lh = Height(line.box);
      if (Overlap(line.box.y0, line.box.y1, w.box.y0, w.box.y1) < 0.5 * std::min(h, lh)) continue;
      bool collides = std::any_of(line.words.begin(), line.words.end(), [&](const PageWord& o) {
        return Overlap(o.box.x0, o.box.x1, w.box.x0, w.box.x1) > 0.3 * std::min(Width(o.box), Width(w.box));
      });
      if (collides) continue;
      double dy = std::abs(CenterY(line.box) - CenterY(w.box));
      if (best == nullptr || dy < best_dy) best = &line, best_dy = dy;
    }
    if (best == nullptr) {
      lines.emplace_back();
      best = &lines.back();
      best->box = w.box;
    } else {
      best->box = UnionBox(best->box, w.box);
    }
    best->size = std::max(best->size, w.size);
    best->words.push_back(std::move(w));
  }
  for (TextLine& line : lines) {
    std::sort(line.words.begin(), line.words.end(),
              [](const PageWord& a, const PageWord& b) { return a.box.x0 < b.box.x0; });
  }
  std::sort(lines.begin(), lines.end(), [](const TextLine& a, const TextLine& b) {
    return CenterY(a.box) < CenterY(b.box);
  });
  return lines;
}

std::vector<TextLine> SplitAtGaps(const TextLine& line, double gap_em) {
  std::vector<TextLine> out;
  for (std::size_t i = 0; i < line.words.size(); ++i) {
    const PageWord& w = line.words[i];
    if (i == 0 || w.box.x0 - line.words[i - 1].box.x1 > gap_em * line.size) {
      out.emplace_back();
      out.back().box = w.box;
    }
    TextLine& seg = out.back();
    seg.box = UnionBox(seg.box, w.box);
    seg.size = std::max(seg.size, w.size);
    seg.words.push_back(w);
  }
  return out;
}

std::string LineText(const TextLine& line) {
  std::string out;
  for (std::size_t i = 0; i < line.words.size(); ++i) {
    const PageWord& w = line.words[i];
    if (i > 0 && (w.confidence.has_value() || w.box.x0 - line.words[i - 1].box.x1 > 0.12 * w.size)) {
      out += ' ';
    }
    out += w.text;
  }
  return out;
}

TextRegion RegionOf(const std::vector<TextLine>& lines) {
  TextRegion r;
  bool first = true;
  for (const TextLine& line : lines) {
    if (first) {
      r.left = line.box.x0, r.right = line.box.x1, first = false;
    } else {
      r.left = std::min(r.left, line.box.x0);
      r.right = std::max(r.right, line.box.x1);
    }
  }
  return r;
}

std::vector<Block> ParagraphBlocks(const std::vector<TextLine>& lines, const TextRegion& region,
                                   std::optional<int> page) {
  std::vector<Block> out;
  const double pitch = TypicalPitch(lines);
  double conf_sum = 0;
  int conf_n = 0;
  const PageWord* last = nullptr;
  auto finish = [&] {
    if (out.empty()) return;
    if (conf_n > 0) out.back().confidence = conf_sum / conf_n;
    conf_sum = 0, conf_n = 0;
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const TextLine& line = lines[i];
    if (line.words.empty()) continue;
    const bool broken = !out.empty() && BrokenInsideWord(lines[i - 1], line, region);
    const bool fresh = out.empty() || (!broken && StartsParagraph(lines[i - 1], line, region, pitch));
    if (fresh) {
      finish();
      Block b;
      b.kind = BlockKind::kParagraph;
      b.page = page;
      b.index = static_cast<int>(out.size());
      b.box = line.box;
      out.push_back(std::move(b));
      last = nullptr;
    } else {
      Block& b = out.back();
      b.box = UnionBox(*b.box, line.box);
      // The space that joins the wrapped lines goes with the last word's run.
      if (!broken) AppendRun(*last, " ", last, &b.paragraph);
    }
    Paragraph& p = out.back().paragraph;
    ParagraphLine printed;
    printed.orig_begin = p.orig.size();  // after the space joining it to the line before
    printed.box = line.box;
    for (std::size_t k = 0; k < line.words.size(); ++k) {
      const PageWord& w = line.words[k];
      const double gap = k > 0 ? w.box.x0 - line.words[k - 1].box.x1 : 0;
      if (k > 0 && !w.confidence.has_value() && gap > kColumnGapEm * w.size) {
        // Columns typed with spaces ("UBND XÃ AN LẠC<spaces>CỘNG HÒA …"):
        // the gap stands as a tab, as the header reader expects of a typed
        // column; the canonical text makes it one space again.
        AppendRun(*last, "\t", last, &p);
      } else if (k > 0 && (w.confidence.has_value() || gap > 0.12 * w.size)) {
        AppendRun(*last, " ", last, &p);
      }
      AppendRun(w, w.text, last, &p);
      if (w.confidence) conf_sum += *w.confidence, ++conf_n;
    }
    printed.orig_end = p.orig.size();
    p.lines.push_back(printed);
  }
  finish();
  for (Block& b : out) {
    b.paragraph.text = b.paragraph.orig;
    for (ParagraphLine& l : b.paragraph.lines) l.text_begin = l.orig_begin, l.text_end = l.orig_end;
  }
  return out;
}

}  // namespace baocao
