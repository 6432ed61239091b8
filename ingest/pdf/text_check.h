// Is a page's text layer worth reading? A PDF can carry text that is not the
// printed text: fonts without a ToUnicode map (glyph codes that come out as
// private-use or control characters), or text drawn letter by letter ("B Á O
// C Á O"). Such a page is read by OCR instead, never loaded as nonsense.
//
// Text in a legacy 8-bit Vietnamese font (.VnTime, VNI-Times: "B¸o c¸o" for
// "Báo cáo") is not garbage: its codes map one to one onto Vietnamese, and
// normalize/legacy.h decodes them exactly, keyed on the font name the runs
// keep, or on character statistics. OCR would only add errors.
//
//   TextLayerVerdict v = JudgeTextLayer(words);
//   if (v.kind != TextLayer::kUsable) ocr_pages.push_back(n);  // v.why says why
//
// Thread safety: pure function.
#ifndef BAOCAO_INGEST_PDF_TEXT_CHECK_H_
#define BAOCAO_INGEST_PDF_TEXT_CHECK_H_

#include <string>
#include <vector>

#include "ingest/layout/page.h"

namespace baocao {

enum class TextLayer {
  kUsable,
  kNone,     // no text (a scanned page, or a blank one)
  kGarbage,  // text that is not what is printed
};

struct TextLayerVerdict {
  TextLayer kind = TextLayer::kUsable;
  std::string why;  // for kGarbage: one line, e.g. "letters spaced out one by one"
};

TextLayerVerdict JudgeTextLayer(const std::vector<PageWord>& words);

// Whether a page's words may sit in a table, so that the page is worth
// rendering to find its rules: a line cut by wide gaps into four parts or
// more (a header row), or two lines into three or more. Prose and the
// two-column header have at most two.
bool MayHoldTable(const std::vector<PageWord>& words);

}  // namespace baocao

#endif  // BAOCAO_INGEST_PDF_TEXT_CHECK_H_
