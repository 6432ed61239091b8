#include "extractors/place_reading.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <optional>
#include <sstream>

#include "normalize/syllable.h"
#include "normalize/text.h"

namespace baocao {
namespace {

constexpr char16_t kAcute = 0x0301;
constexpr char16_t kHookAbove = 0x0309;

// `word` with its acute made a hook above or the other way round; nullopt
// when it carries neither.
std::optional<std::string> ToneTwin(std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::nullopt;
  icu::UnicodeString s = nfd->normalize(icu::UnicodeString::fromUTF8(word), status);
  if (U_FAILURE(status)) return std::nullopt;
  bool swapped = false;
  for (int32_t i = 0; i < s.length(); ++i) {
    if (s[i] == kAcute || s[i] == kHookAbove) {
      s.setCharAt(i, s[i] == kAcute ? kHookAbove : kAcute);
      swapped = true;
    }
  }
  if (!swapped) return std::nullopt;
  icu::UnicodeString composed = nfc->normalize(s, status);
  if (U_FAILURE(status)) return std::nullopt;
  std::string out;
  composed.toUTF8String(out);
  return out;
}

bool Attested(const Rule& attested, std::string_view word) {
  return RuleSet::Match(attested, normalize::ToLower(word), nullptr);
}

bool IsNumber(std::string_view word) {
  if (word.empty()) return false;
  for (char ch : word) {
    if (ch < '0' || ch > '9') return false;
  }
  return true;
}

}  // namespace

std::string ReadPlaceName(const RuleSet& rules, std::string_view name) {
  const Rule* attested = rules.Find("place_syllable", "attested");
  if (attested == nullptr) return std::string(name);
  std::string out;
  std::size_t from = 0;
  while (from <= name.size()) {
    std::size_t space = name.find(' ', from);
    if (space == std::string_view::npos) space = name.size();
    std::string_view word = name.substr(from, space - from);
    std::string read(word);
    if (!word.empty() && !Attested(*attested, word)) {
      std::optional<std::string> twin = ToneTwin(word);
      // A twin that is no syllable ("Phát" -> "Phảt": a hook on a rhyme in
      // t) is never what was printed.
      if (twin && normalize::IsVietnameseSyllable(*twin) && Attested(*attested, *twin)) read = *twin;
    }
    if (from > 0) out += ' ';
    out += read;
    from = space + 1;
  }
  return out;
}

bool LooksLikePlaceName(std::string_view name) {
  std::istringstream words{std::string(name)};
  std::string word;
  bool any = false;
  while (words >> word) {
    any = true;
    if (!IsNumber(word) && !normalize::IsVietnameseSyllable(word)) return false;
  }
  return any;
}

void ReadPlaceNames(const RuleSet& rules, Extraction* extraction) {
  DocumentInfo& info = extraction->document;
  if (!info.ocr) return;
  for (std::optional<std::string>* field : {&info.commune, &info.district, &info.province, &info.issuer}) {
    if (*field) **field = ReadPlaceName(rules, **field);
  }
  for (Record& r : extraction->records) {
    if (r.commune) *r.commune = ReadPlaceName(rules, *r.commune);
  }
}

}  // namespace baocao
