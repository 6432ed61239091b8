// OCR look-alikes inside digit runs (NumberOptions::ocr_repair): Tesseract
// reads "2020" as "2O2O", "1.250" as "1.2S0", "115" as "1l5". Only a token
// that starts with a real digit, stands alone (no letter glued to either
// end) and holds at least two real digits is repaired, and only where the
// look-alike sits between digits; at the end of a token only O/o (a zero)
// is, since a trailing letter is more often a code ("10B", "2S") than a
// misread digit. Words ("Số", "BC", "lớp") are never touched.
#include "normalize/number_readers.h"
#include "normalize/numeral.h"
#include "normalize/unicode.h"

namespace baocao::normalize::internal {
namespace {

// The digit an OCR look-alike stands for, or 0.
char DigitFor(char c) {
  switch (c) {
    case 'O': case 'o': return '0';
    case 'l': case 'I': case '|': return '1';
    case 'S': return '5';
    case 'B': return '8';
    default: return 0;
  }
}

bool InToken(char c) { return IsAsciiDigit(c) || DigitFor(c) != 0 || c == '.' || c == ','; }

bool GluedBefore(std::string_view text, std::size_t pos) {
  return pos > 0 && IsWordChar(DecodeBefore(text, pos).cp);
}

}  // namespace

OcrRepair RepairOcrDigits(std::string_view text) {
  OcrRepair out;
  out.text = std::string(text);
  out.repaired.assign(text.size(), false);
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (!IsAsciiDigit(text[pos]) || GluedBefore(text, pos)) {
      ++pos;
      continue;
    }
    std::size_t end = pos;
    while (end < text.size() && InToken(text[end])) ++end;
    // Sentence punctuation after the number is not part of it.
    while (end > pos && (text[end - 1] == '.' || text[end - 1] == ',')) --end;
    const bool glued_after = end < text.size() && IsWordChar(DecodeAt(text, end).cp);
    int digits = 0;
    for (std::size_t i = pos; i < end; ++i) digits += IsAsciiDigit(text[i]) ? 1 : 0;
    if (!glued_after && digits >= 2) {
      std::string token(text.substr(pos, end - pos));
      std::vector<std::size_t> changed;
      for (std::size_t i = 0; i < token.size(); ++i) {
        const char d = DigitFor(token[i]);
        if (d == 0) continue;
        // A run of look-alikes must be followed by a digit or a separator
        // (the token goes on), or be zeros at the end.
        std::size_t j = i;
        while (j < token.size() && DigitFor(token[j]) != 0) ++j;
        bool zeros = true;
        for (std::size_t k = i; k < j; ++k) zeros = zeros && (token[k] == 'O' || token[k] == 'o');
        const bool inside = j < token.size() && (IsAsciiDigit(token[j]) || token[j] == '.' || token[j] == ',');
        const bool after_digit = i > 0 && (IsAsciiDigit(token[i - 1]) || DigitFor(token[i - 1]) != 0 ||
                                           token[i - 1] == '.' || token[i - 1] == ',');
        if (!after_digit || !(inside || (j == token.size() && zeros))) {
          changed.clear();
          break;  // one look-alike that is no digit: the token is a code
        }
        for (std::size_t k = i; k < j; ++k) {
          token[k] = DigitFor(token[k]);
          changed.push_back(pos + k);
        }
        i = j - 1;
      }
      // The repaired token must be a number (a lexable numeral).
      std::size_t token_end = 0;
      if (!changed.empty() && LexNumeral(token, 0, {}, &token_end) && token_end == token.size()) {
        for (std::size_t at : changed) {
          out.text[at] = token[at - pos];
          out.repaired[at] = true;
        }
        out.any = true;
      }
    }
    pos = end > pos ? end : pos + 1;
  }
  return out;
}

}  // namespace baocao::normalize::internal
