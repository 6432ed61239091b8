#include "ingest/pdf/words.h"

#include <poppler/cpp/poppler-page.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

#include "util/utf8.h"

namespace baocao {
namespace {

struct RawWord {
  std::u32string text;
  std::vector<double> char_cx;  // upright centre x of each character
  BoundingBox box;
  int rotation = 0;
  std::string font;
  double size = 0;
  bool bold = false, italic = false;
  bool dropped = false;
};

std::u32string FromUtf16(const poppler::ustring& s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char32_t c = s[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
      ++i;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;  // a lone surrogate
    }
    out.push_back(c);
  }
  return out;
}

bool IsMark(char32_t c) {
  const int8_t type = u_charType(static_cast<UChar32>(c));
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
}

bool IsSpace(char32_t c) { return c == ' ' || c == 0xA0 || u_isUWhiteSpace(static_cast<UChar32>(c)); }

// Maps boxes of the displayed page (w x h) to the upright page.
struct Turn {
  int rotation = 0;  // the dominant text rotation being undone
  double w = 0, h = 0;

  BoundingBox Apply(const poppler::rectf& r) const {
    const double x0 = r.x(), y0 = r.y(), x1 = r.x() + r.width(), y1 = r.y() + r.height();
    switch (rotation) {
      case 1:  // text runs downwards: turn the page a quarter anticlockwise
        return {y0, w - x1, y1, w - x0};
      case 2:
        return {w - x1, h - y1, w - x0, h - y0};
      case 3:  // text runs upwards: a quarter clockwise
        return {h - y1, x0, h - y0, x1};
      default:
        return {x0, y0, x1, y1};
    }
  }
};

// A word of marks only, left apart by poppler: insert its marks after the
// letter beneath them in the word it overlaps.
void AttachLooseMarks(std::vector<RawWord>* words) {
  for (RawWord& m : *words) {
    if (m.dropped || m.text.empty() || !std::all_of(m.text.begin(), m.text.end(), IsMark)) continue;
    const double cx = CenterX(m.box);
    RawWord* best = nullptr;
    double best_d = 0;
    for (RawWord& w : *words) {
      if (&w == &m || w.dropped || w.rotation != m.rotation || w.char_cx.empty()) continue;
      if (cx < w.box.x0 - 0.5 || cx > w.box.x1 + 0.5) continue;
      const double d = std::abs(CenterY(w.box) - CenterY(m.box));
      if (d > std::max(Height(w.box), 1.0)) continue;
      if (best == nullptr || d < best_d) best = &w, best_d = d;
    }
    if (best == nullptr) continue;
    std::size_t at = 0;
    for (std::size_t i = 1; i < best->char_cx.size(); ++i) {
      if (std::abs(best->char_cx[i] - cx) < std::abs(best->char_cx[at] - cx)) at = i;
    }
    at = std::min(at, best->text.size() - 1);
    best->text.insert(at + 1, m.text);
    best->char_cx.insert(best->char_cx.begin() + static_cast<std::ptrdiff_t>(std::min(at + 1, best->char_cx.size())),
                         m.text.size(), cx);
    m.dropped = true;
  }
}

}  // namespace

void ParseFontName(const std::string& raw, std::string* family, bool* bold, bool* italic) {
  std::string name = raw;
  // Subset prefix: six capitals and '+'.
  if (name.size() > 7 && name[6] == '+' &&
      std::all_of(name.begin(), name.begin() + 6, [](char c) { return c >= 'A' && c <= 'Z'; })) {
    name.erase(0, 7);
  }
  std::string lower = name;
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  *bold = lower.find("bold") != std::string::npos || lower.find("black") != std::string::npos ||
          lower.find("heavy") != std::string::npos || lower.find("semibold") != std::string::npos;
  *italic = lower.find("italic") != std::string::npos || lower.find("oblique") != std::string::npos;
  *family = name;
}

bool IsLegacyVietnameseFont(const std::string& family) {
  std::string lower;
  for (char c : family) lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  auto starts = [&lower](std::string_view p) { return lower.compare(0, p.size(), p) == 0; };
  const bool vn_capital = family.size() > 2 && family[0] == 'V' && family[1] == 'n' && family[2] >= 'A' &&
                          family[2] <= 'Z';
  return starts(".vn") || starts("vni-") || starts("vni ") || vn_capital ||
         lower.find("viscii") != std::string::npos;
}

std::string ToNfc(const std::string& utf8) {
  bool ascii = std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) return utf8;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return utf8;
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(utf8);
  if (nfc->isNormalized(s, status) && U_SUCCESS(status)) return utf8;
  status = U_ZERO_ERROR;
  icu::UnicodeString out = nfc->normalize(s, status);
  if (U_FAILURE(status)) return utf8;
  std::string result;
  out.toUTF8String(result);
  return result;
}

PdfPageWords ReadPageWords(const poppler::page& page) {
  PdfPageWords out;
  const poppler::rectf crop = page.page_rect(poppler::crop_box);
  const poppler::page::orientation_enum o = page.orientation();
  const bool turned = o == poppler::page::landscape || o == poppler::page::seascape;
  const double view_w = turned ? crop.height() : crop.width();
  const double view_h = turned ? crop.width() : crop.height();

  std::vector<poppler::text_box> boxes = page.text_list(poppler::page::text_list_include_font);
  std::array<std::size_t, 4> chars_by_rotation{};
  for (const poppler::text_box& b : boxes) {
    chars_by_rotation[static_cast<std::size_t>(b.rotation() & 3)] += b.text().size();
  }
  Turn turn;
  turn.rotation = static_cast<int>(std::max_element(chars_by_rotation.begin(), chars_by_rotation.end()) -
                                   chars_by_rotation.begin());
  turn.w = view_w, turn.h = view_h;
  const bool sideways_page = turn.rotation == 1 || turn.rotation == 3;
  out.width = sideways_page ? view_h : view_w;
  out.height = sideways_page ? view_w : view_h;
  out.quarter_turns = (4 - turn.rotation) % 4;
  out.display_width = view_w, out.display_height = view_h;

  std::vector<RawWord> raw;
  raw.reserve(boxes.size());
  for (const poppler::text_box& b : boxes) {
    if (b.rotation() != turn.rotation) {
      ++out.sideways;
      continue;
    }
    RawWord w;
    for (char32_t c : FromUtf16(b.text())) {
      if (!IsSpace(c)) w.text.push_back(c);
    }
    if (w.text.empty()) continue;
    w.box = turn.Apply(b.bbox());
    if (CenterX(w.box) < 0 || CenterX(w.box) > out.width || CenterY(w.box) < 0 || CenterY(w.box) > out.height) {
      continue;  // outside the crop box: not printed
    }
    for (std::size_t i = 0; i < b.text().size(); ++i) w.char_cx.push_back(CenterX(turn.Apply(b.char_bbox(i))));
    w.rotation = b.rotation();
    if (b.has_font_info()) ParseFontName(b.get_font_name(), &w.font, &w.bold, &w.italic);
    w.size = b.get_font_size();
    if (w.size <= 0) w.size = Height(w.box);
    raw.push_back(std::move(w));
  }
  AttachLooseMarks(&raw);

  for (RawWord& w : raw) {
    if (w.dropped) continue;
    PageWord pw;
    std::string utf8;
    for (char32_t c : w.text) AppendUtf8(c, &utf8);
    pw.text = ToNfc(utf8);
    pw.box = w.box;
    pw.font = std::move(w.font);
    pw.size = w.size;
    pw.bold = w.bold;
    pw.italic = w.italic;
    out.words.push_back(std::move(pw));
  }
  return out;
}

}  // namespace baocao
