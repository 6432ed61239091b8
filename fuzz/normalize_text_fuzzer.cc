// Canonical text and the folded key (normalize/text.h) on any bytes, with
// options from hash bits, checking what the header promises: valid UTF-8
// out whatever comes in, CanonicalText idempotent, FoldKey one code point
// per code point (rules match on the key, provenance quotes the text by the
// same offsets), and the offset conversions inverse of each other.
#include <algorithm>
#include <string>

#include "fuzz/fuzz_support.h"
#include "fuzz/fuzz_target.h"
#include "normalize/text.h"

namespace {

namespace normalize = baocao::normalize;

int FuzzNormalizeText(const std::uint8_t* data, std::size_t size) {
  if (size > 4096) return -1;
  const std::uint32_t hash = baocao::fuzz::Hash(data, size);
  normalize::TextOptions options;
  options.keep_newlines = (hash & 1) != 0;
  options.join_wrapped_lines = (hash & 2) != 0;
  options.modern_tone_marks = (hash & 4) != 0;

  const std::string canonical = normalize::CanonicalText(baocao::fuzz::AsText(data, size), options);
  FUZZ_CHECK(baocao::fuzz::IsValidUtf8(canonical));
  FUZZ_CHECK(normalize::CanonicalText(canonical, options) == canonical);

  const std::string key = normalize::FoldKey(canonical);
  FUZZ_CHECK(baocao::fuzz::IsValidUtf8(key));
  const std::size_t code_points = baocao::fuzz::CodePointCount(canonical);
  FUZZ_CHECK(baocao::fuzz::CodePointCount(key) == code_points);

  // Each conversion walks from the start: 64 positions spread over the text
  // (its ends included) keep an input linear.
  const std::size_t step = code_points / 64 + 1;
  for (std::size_t cp = 0; cp <= code_points; cp = cp == code_points ? cp + 1 : std::min(cp + step, code_points)) {
    const std::size_t byte = normalize::CodePointToByte(canonical, cp);
    FUZZ_CHECK(byte <= canonical.size());
    FUZZ_CHECK(normalize::ByteToCodePoint(canonical, byte) == cp);
  }
  FUZZ_CHECK(normalize::CodePointToByte(canonical, code_points + 5) == canonical.size());

  FUZZ_CHECK(baocao::fuzz::IsValidUtf8(normalize::TitleCase(canonical)));
  FUZZ_CHECK(baocao::fuzz::IsValidUtf8(normalize::ToUpper(canonical)));
  FUZZ_CHECK(baocao::fuzz::IsValidUtf8(normalize::ToLower(canonical)));
  normalize::IsAllCaps(canonical);
  return 0;
}

}  // namespace

BAOCAO_FUZZ_TARGET(normalize_text, FuzzNormalizeText)
