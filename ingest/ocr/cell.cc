#include "ingest/ocr/cell.h"

#include <leptonica/allheaders.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <string_view>

#include "ingest/layout/image_pix.h"
#include "normalize/syllable.h"

namespace baocao {
namespace {

// White margin around the cell, pixels.
constexpr int kMargin = 20;

// Grey levels between paper and the darkest pixels of a cell with print.
constexpr l_uint32 kMinInkContrast = 60;

// A word less sure than this sends the cell to a second reading at 1.5x:
// thin repeated strokes ("III", "11") merge at 300 dpi and separate there.
constexpr float kRereadBelow = 88.0f;
constexpr float kUpscale = 1.5f;

// A figure read less surely than this, even with digits only, is read again
// at 1.5x (confidence below 75 is what the checks flag).
constexpr float kUnsureFigure = 80.0f;

// What a word that cannot be Vietnamese costs a reading, in confidence.
constexpr float kBrokenWordPenalty = 15.0f;

// Words are read again from the grey cell at this scale; that reading is
// kept unless it is this much less plausible (confidence points).
constexpr float kFineScale = 2.0f;
constexpr float kGreyPreference = 5.0f;

// A glyph read again on its own is framed by this share of its height.
constexpr double kCloseMargin = 0.25;

// Ink at least this tall (points) is print, not a speck: a digit of 9 pt
// type stands about 6 pt.
constexpr double kMinGlyphHeight = 4.0;

// Characters of a figure cell: "1.245", "750.000đ", "120,1%", "16/19".
const std::string kFigureChars = "0123456789.,%/-\xC4\x91";

// Letters OCR puts for digits in small print: S/5, O/o/ọ/0, l/I/|/Ị/1,
// B/8, G/b/6, Z/2, g/q/9, ?/7.
bool DigitLookAlike(UChar32 c) {
  static constexpr std::u32string_view kLike = U"SsOoọôơlI|!ỊịíìBGbZzgqDđd?";
  return kLike.find(static_cast<char32_t>(c)) != std::u32string_view::npos;
}

// One character that is a bare vertical stroke: in a cell of figures, a "1"
// the model did not take for a digit. ("I" is left alone: it may be a Roman
// section number.)
bool IsLoneStroke(const std::string& text) {
  static const char* const kStrokes[] = {"|", "l", "!", "\xE1\xBB\x8A", "\xE1\xBB\x8B", "\xC3\xAD", "\xC3\xAC"};
  return std::any_of(std::begin(kStrokes), std::end(kStrokes), [&](const char* s) { return text == s; });
}

// The characters of a reading by kind: digits, the punctuation figures are
// written with ("1.245", "120,1%", "16/19"), letters OCR puts for digits;
// `other` when anything else was read.
struct FigureChars {
  int digits = 0, punct = 0, like = 0;
  bool other = false;
};

FigureChars CountFigureChars(const std::vector<OcrWord>& words) {
  FigureChars n;
  for (const OcrWord& w : words) {
    const std::string& s = w.text;
    for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
      UChar32 c = 0;
      U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
      if (c >= '0' && c <= '9') {
        ++n.digits;
      } else if (c == '.' || c == ',' || c == '%' || c == '/' || c == '-') {
        ++n.punct;
      } else if (DigitLookAlike(c)) {
        ++n.like;
      } else {
        n.other = true;
        return n;
      }
    }
  }
  return n;
}

// Whether a reading holds no letter and no digit ("°", "'", "~"): on a cell
// whose ink is as tall as print, a figure Tesseract's line model did not
// know (a lone "5" read "°" at 49), which is then dropped as a speck and
// leaves the cell blank and unflagged.
bool OnlySymbols(const std::vector<OcrWord>& words) {
  if (words.empty()) return false;
  for (const OcrWord& w : words) {
    for (int32_t i = 0; i < static_cast<int32_t>(w.text.size());) {
      UChar32 c = 0;
      U8_NEXT(w.text.data(), i, static_cast<int32_t>(w.text.size()), c);
      if (u_isalnum(c)) return false;
    }
  }
  return true;
}

// Whether every character read is one a figure is written with.
bool OnlyFigureChars(const std::vector<OcrWord>& words) {
  const FigureChars n = CountFigureChars(words);
  return !words.empty() && !n.other && n.like == 0;
}

float MinConfidence(const std::vector<OcrWord>& words) {
  float m = 100;
  for (const OcrWord& w : words) m = std::min(m, w.confidence);
  return m;
}

// Words that hold a Vietnamese letter yet are no Vietnamese syllable ("Sø",
// "nử"): a misread mark, which a second reading may get right.
int BrokenWords(const std::vector<OcrWord>& words) {
  int broken = 0;
  for (const OcrWord& w : words) {
    std::string letters;
    bool marked = false, other = false;
    for (int32_t i = 0; i < static_cast<int32_t>(w.text.size());) {
      const int32_t start = i;
      UChar32 c = 0;
      U8_NEXT(w.text.data(), i, static_cast<int32_t>(w.text.size()), c);
      if (c > 0x7F && u_isalpha(c)) {
        marked = true;
      } else if (!u_isalpha(c)) {
        if (u_ispunct(c) && letters.empty()) continue;  // leading punctuation
        if (u_ispunct(c)) break;                        // trailing punctuation ends the word
        other = true;
        break;
      }
      letters.append(w.text, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
    }
    if (marked && !other && !normalize::IsVietnameseSyllable(letters)) ++broken;
  }
  return broken;
}

// How believable a reading of words is: its confidence, less for each word
// that cannot be Vietnamese.
float Plausibility(const std::vector<OcrWord>& words) {
  if (words.empty()) return 0;
  float mean = 0;
  for (const OcrWord& w : words) mean += w.confidence;
  return mean / static_cast<float>(words.size()) - kBrokenWordPenalty * static_cast<float>(BrokenWords(words));
}

// Whether the ink of a binary cell is one line of print: its height is less
// than twice its tallest piece (a digit, a capital; marks above and below a
// line are pieces of their own and stay within that). A line is read
// without Tesseract's block layout analysis, which costs as much as reading
// a short cell.
bool OneLineOfInk(Pix* binary) {
  BoxaPtr boxes(pixConnCompBB(binary, 8));
  if (!boxes) return false;
  const int n = boxaGetCount(boxes.get());
  if (n == 0) return false;
  int top = pixGetHeight(binary), bottom = 0, tallest = 0;
  for (int i = 0; i < n; ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    if (boxaGetBoxGeometry(boxes.get(), i, &x, &y, &w, &h) != 0) continue;
    top = std::min(top, y), bottom = std::max(bottom, y + h), tallest = std::max(tallest, h);
  }
  return tallest > 0 && bottom - top < 2 * tallest;
}

// The height of the tallest piece of ink of a binary cell, in pixels.
int TallestInk(Pix* binary) {
  BoxaPtr boxes(pixConnCompBB(binary, 8));
  if (!boxes) return 0;
  int tallest = 0;
  for (int i = 0; i < boxaGetCount(boxes.get()); ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    if (boxaGetBoxGeometry(boxes.get(), i, &x, &y, &w, &h) == 0) tallest = std::max(tallest, h);
  }
  return tallest;
}

// The words of a reading run together: "1.245", "36".
std::string Text(const std::vector<OcrWord>& words) {
  std::string t;
  for (const OcrWord& w : words) t += w.text;
  return t;
}

// The figure most of `readings` agree on (their confidences summed), as
// its surest reading; readings that are no figure have no vote.
std::vector<OcrWord> Vote(const std::vector<std::vector<OcrWord>>& readings) {
  std::map<std::string, float> votes;
  for (const std::vector<OcrWord>& r : readings) {
    if (LooksNumeric(r) && OnlyFigureChars(r)) votes[Text(r)] += MinConfidence(r);
  }
  const std::vector<OcrWord>* best = &readings.back();
  float best_votes = -1, best_conf = -1;
  for (const std::vector<OcrWord>& r : readings) {
    if (!LooksNumeric(r) || !OnlyFigureChars(r)) continue;
    const float v = votes[Text(r)], c = MinConfidence(r);
    if (v > best_votes || (v == best_votes && c > best_conf)) best = &r, best_votes = v, best_conf = c;
  }
  return *best;
}

// Reads `image` (the thresholded cell, 1 bpp, or 8 bpp black on white)
// framed in white; boxes in the cell's pixels divided by `scale`.
std::vector<OcrWord> ReadFramed(Pix* image, double dpi, float scale, OcrMode mode, OcrEngine* engine,
                                int margin = kMargin) {
  PixPtr framed(pixAddBorder(image, margin, pixGetDepth(image) == 1 ? 0 : 255));
  if (!framed) return {};
  engine->SetImage(framed.get(), static_cast<int>(std::lround(dpi * scale)));
  const OcrRect all{0, 0, pixGetWidth(framed.get()), pixGetHeight(framed.get())};
  std::vector<OcrWord> read = engine->Read(all, mode);
  if (LooksNumeric(read) && !(OnlyFigureChars(read) && MinConfidence(read) >= kRereadBelow)) {
    // A figure not read cleanly: read again knowing it is one ("S11" ->
    // "511", "1ọo" -> "100"). One read clean and sure is kept: the second
    // read is a third of a table page's OCR time.
    // (The reading returned still looks numeric: ReadCell relies on it.)
    std::vector<OcrWord> digits = engine->Read(all, mode, kFigureChars);
    if (!digits.empty()) {
      read = std::move(digits);
    } else if (read.size() == 1 && IsLoneStroke(read[0].text)) {
      read[0].text = "1";  // a lone stroke in a figure cell: "|", "l", "Ị"
    }
  }
  for (OcrWord& w : read) {
    auto back = [scale, margin](int v) { return static_cast<int>(std::lround((v - margin) / scale)); };
    w.x0 = back(w.x0), w.x1 = back(w.x1), w.y0 = back(w.y0), w.y1 = back(w.y1);
    w.row_height /= scale;
  }
  return read;
}

}  // namespace

bool LooksNumeric(const std::vector<OcrWord>& words) {
  const FigureChars n = CountFigureChars(words);
  if (n.other) return false;
  const int total = n.digits + n.punct + n.like;
  if (n.digits > 0) return total <= 16 && n.digits * 2 >= total;
  return n.like > 0 && total <= 4;
}

std::vector<OcrWord> ReadCell(Pix* gray_cell, double dpi, OcrEngine* engine) {
  l_uint32 paper = 255, ink = 0;
  pixGetRankValue(gray_cell, 1, 0.5f, &paper);
  pixGetRankValue(gray_cell, 1, 0.002f, &ink);
  if (paper < ink + kMinInkContrast) return {};  // nothing printed
  const l_int32 threshold = static_cast<l_int32>((paper + ink) / 2);
  PixPtr binary(pixThresholdToBinary(gray_cell, threshold));
  if (!binary) return {};
  const OcrMode mode = OneLineOfInk(binary.get()) ? OcrMode::kLine : OcrMode::kBlock;
  std::vector<OcrWord> read = ReadFramed(binary.get(), dpi, 1.0f, mode, engine);
  std::vector<std::vector<OcrWord>> readings;  // other readings of a figure, for the vote
  const bool no_word = read.empty() || OnlySymbols(read);
  if ((no_word || (read.size() == 1 && read[0].confidence < kUnsureFigure)) &&
      TallestInk(binary.get()) >= kMinGlyphHeight * dpi / 72) {
    // Print read as nothing, as a symbol ("5" as "°" at 49) or as one
    // unsure word ("5" as "R" at 0) is read
    // again clipped to its ink and framed closely: a lone glyph in a margin
    // half its height misleads Tesseract's line model, framed by a quarter
    // of its height it does not.
    BOX* ink_box = nullptr;
    PixPtr clipped;
    Pix* c = nullptr;
    if (pixClipToForeground(binary.get(), &c, &ink_box) == 0 && c != nullptr && ink_box != nullptr) {
      clipped.reset(c);
      l_int32 bx = 0, by = 0, bw = 0, bh = 0;
      boxGetGeometry(ink_box, &bx, &by, &bw, &bh);
      const int margin = std::max(2, static_cast<int>(std::lround(kCloseMargin * bh)));
      std::vector<OcrWord> close = ReadFramed(clipped.get(), dpi, 1.0f, mode, engine, margin);
      for (OcrWord& w : close) w.x0 += bx, w.x1 += bx, w.y0 += by, w.y1 += by;
      if (!close.empty() && !OnlySymbols(close) && (no_word || MinConfidence(close) > MinConfidence(read))) {
        readings.push_back(std::move(read));
        read = std::move(close);
      } else if (LooksNumeric(close)) {
        readings.push_back(std::move(close));
      }
    }
    boxDestroy(&ink_box);
  }
  if (read.empty()) return read;
  const bool figure = LooksNumeric(read);
  // A figure read with some doubt is read from the grey cell too:
  // thresholding fills bold print in, and the line model then reads a
  // digit that is not there ("36" read "346" at 81 thresholded, "36" at 95
  // from the grey). The grey may drop a thin digit as surely ("71" read
  // "7"), so when the two differ the grey at twice the size decides: the
  // figure two of the three readings agree on is kept, else the first.
  if (figure && MinConfidence(read) >= kUnsureFigure && MinConfidence(read) < kRereadBelow) {
    std::vector<OcrWord> grey = ReadFramed(gray_cell, dpi, 1.0f, mode, engine);
    if (LooksNumeric(grey) && OnlyFigureChars(grey) && Text(grey) != Text(read)) {
      PixPtr fine_cell(pixScale(gray_cell, kFineScale, kFineScale));
      std::vector<OcrWord> fine = fine_cell ? ReadFramed(fine_cell.get(), dpi, kFineScale, mode, engine)
                                            : std::vector<OcrWord>{};
      if (Text(fine) == Text(grey)) read = std::move(grey);
    }
  }
  std::vector<OcrWord> best = read;
  // Figures were read again with digits only; words, and figures still
  // unsure after that ("51" read "91" at 64), get a second look: the
  // thresholded cell enlarged with smooth edges (black on white grey).
  if (figure ? MinConfidence(read) < kUnsureFigure : MinConfidence(read) < kRereadBelow || BrokenWords(read)) {
    PixPtr grey(pixConvertTo8(binary.get(), 0));
    PixPtr big(grey ? pixScale(grey.get(), kUpscale, kUpscale) : nullptr);
    if (big) {
      std::vector<OcrWord> again = ReadFramed(big.get(), dpi, kUpscale, mode, engine);
      if (figure) {
        // Still unsure: the grey cell read too, and the figure most readings
        // agree on kept ("51" read "91" at 67 thresholded, "51" framed
        // closely and from the grey).
        readings.push_back(std::move(again));
        readings.push_back(ReadFramed(gray_cell, dpi, 1.0f, mode, engine));
        readings.push_back(read);
        return Vote(readings);
      }
      if (Plausibility(again) > Plausibility(read)) best = std::move(again);
    }
  }
  if (figure) return best;
  // Words are read once more from the grey cell itself at twice the size:
  // thresholding takes tone marks apart or together at scan resolution
  // ("Thắng" read "Thăng", "Cổ" read "Cố", "Tân" read "Tần"), the grey
  // keeps them. The grey reading wins unless it is clearly less plausible.
  PixPtr fine_cell(pixScale(gray_cell, kFineScale, kFineScale));
  if (!fine_cell) return best;
  std::vector<OcrWord> fine = ReadFramed(fine_cell.get(), dpi, kFineScale, mode, engine);
  if (fine.empty() || OnlySymbols(fine)) return best;
  return Plausibility(fine) + kGreyPreference >= Plausibility(best) ? fine : best;
}

}  // namespace baocao
