// The words of one PDF page's text layer (poppler-cpp), upright, in page
// points with a top-left origin.
//
//   PdfPageWords w = ReadPageWords(*page);
//   for (const PageWord& word : w.words) ...
//
// poppler's text_list() reports words in the page's displayed orientation
// (after /Rotate) but does not turn text that was drawn sideways; the
// dominant text direction is turned upright here, and `quarter_turns` says
// how far, so the rendered page image can be turned the same way. Words
// outside the crop box are dropped. Text is NFC; a combining mark that
// poppler left as a word of its own (hook above, dot below, horn on some
// fonts) is put back after the letter under it.
//
// Thread safety: poppler documents are not thread-safe; call from the thread
// that owns the document.
#ifndef BAOCAO_INGEST_PDF_WORDS_H_
#define BAOCAO_INGEST_PDF_WORDS_H_

#include <string>
#include <vector>

#include "ingest/layout/page.h"

namespace poppler {
class page;
}

namespace baocao {

struct PdfPageWords {
  std::vector<PageWord> words;
  double width = 0;        // upright page size, points
  double height = 0;
  int quarter_turns = 0;   // clockwise quarter turns applied to the displayed page
  double display_width = 0;   // the page as displayed (/Rotate applied), points
  double display_height = 0;
  int sideways = 0;        // words dropped: written in another direction
};

PdfPageWords ReadPageWords(const poppler::page& page);

// Font flags from a PDF font name ("ABCDEF+LiberationSerif-BoldItalic",
// "Times New Roman,Bold"): the name without subset prefix, bold, italic.
void ParseFontName(const std::string& raw, std::string* family, bool* bold, bool* italic);

// Whether a font name is one of the pre-Unicode Vietnamese families: TCVN3
// (".VnTime", ".VnArialH", "VnTime" once a PDF drops the dot), VNI
// ("VNI-Times", "VNI Helve"), VISCII. Only these names tell what the codes of
// a PDF's text mean; any other name (often a substitute the printer chose)
// says nothing, so PDF runs keep a font name only when it is one of these and
// normalize/ judges the rest by character statistics.
bool IsLegacyVietnameseFont(const std::string& family);

// NFC of `utf8` (ICU); returns the input unchanged when it is already NFC.
std::string ToNfc(const std::string& utf8);

}  // namespace baocao

#endif  // BAOCAO_INGEST_PDF_WORDS_H_
