#include "ingest/ocr/image_prep.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>
#include <optional>

namespace baocao {
namespace {

constexpr double kPi = 3.14159265358979323846;

// Orientation confidence Leptonica needs before a page is turned: its
// up/down and left/right tests count ascender and descender shapes, and
// Vietnamese diacritics blur them a little, so a clear margin is required.
constexpr float kMinOrientConfidence = 6.0f;
constexpr float kMinOrientRatio = 2.5f;

// Clockwise quarter turns that make the text upright from Leptonica's
// up/down and left/right confidences on `binary`, or nullopt when neither
// is clear.
std::optional<int> ClearTurns(Pix* binary) {
  l_float32 up = 0, left = 0;
  if (pixOrientDetect(binary, &up, &left, 0, 0) != 0) return std::nullopt;
  const float aup = std::abs(up), aleft = std::abs(left);
  if (aup >= kMinOrientConfidence && aup > kMinOrientRatio * aleft) return up < 0 ? 2 : 0;
  if (aleft >= kMinOrientConfidence && aleft > kMinOrientRatio * aup) return left > 0 ? 1 : 3;
  return std::nullopt;
}

// Clockwise quarter turns that make the text upright, read at the page's
// full resolution. Not at half size, though that is a quarter of the work
// (40 ms a page): halving thickens strokes, and a 200 dpi scan of Times
// New Roman rendered at 300 then reads clearly upside down (-7 where the
// full page says +11), and the same page upside down reads upright.
int UprightTurns(Pix* binary) { return ClearTurns(binary).value_or(0); }

}  // namespace

PixPtr Binarize(Pix* gray) {
  PixPtr bin(pixOtsuThreshOnBackgroundNorm(gray, nullptr, 10, 15, 100, 50, 255, 2, 2, 0.1f, nullptr));
  if (!bin) bin.reset(pixThresholdToBinary(gray, 140));
  return bin;
}

std::optional<PreparedImage> PrepareForOcr(Pix* image, double dpi) {
  QuietLeptonica();
  PreparedImage p;
  p.gray.reset(pixConvertTo8(image, 0));
  if (!p.gray) return std::nullopt;
  if (PixPtr flat = FlattenPhoto(p.gray.get(), dpi, &p.photo, &p.frame)) p.gray = std::move(flat);
  p.binary = Binarize(p.gray.get());
  if (!p.binary) return std::nullopt;

  const int turns = UprightTurns(p.binary.get());
  if (turns != 0) {
    PixPtr g(pixRotateOrth(p.gray.get(), turns));
    PixPtr b(pixRotateOrth(p.binary.get(), turns));
    if (g && b) {
      p.frame = p.frame.Then(PageFrame::QuarterTurns(turns, pixGetWidth(p.gray.get()), pixGetHeight(p.gray.get())));
      p.gray = std::move(g), p.binary = std::move(b);
      p.quarter_turns = turns;
    }
  }

  l_float32 angle = 0, conf = 0;
  if (pixFindSkew(p.binary.get(), &angle, &conf) == 0 && conf >= 2.5f && std::abs(angle) >= 0.05f &&
      std::abs(angle) <= 10.0f) {
    PixPtr g(pixRotate(p.gray.get(), static_cast<l_float32>(kPi / 180.0 * angle), L_ROTATE_AREA_MAP,
                       L_BRING_IN_WHITE, 0, 0));
    // The binary page is turned too, by sampling, not binarised again: it
    // only tells where ink is (Tesseract and the cells read the grey page),
    // and a turn of a degree or two moves no pixel more than one place.
    PixPtr b(g ? pixRotate(p.binary.get(), static_cast<l_float32>(kPi / 180.0 * angle), L_ROTATE_SAMPLING,
                           L_BRING_IN_WHITE, 0, 0)
               : nullptr);
    if (g && b) {
      // pixRotate turns about the image's centre, keeping its size.
      p.frame = p.frame.Then(PageFrame::Rotation(kPi / 180.0 * angle, pixGetWidth(g.get()) / 2.0,
                                                 pixGetHeight(g.get()) / 2.0));
      p.gray = std::move(g), p.binary = std::move(b);
      p.skew_degrees = angle;
    }
  }
  PageFrame squared = p.frame;
  if (PixPtr square = SquareByRules(p.gray.get(), dpi, &p.photo, &squared)) {
    PixPtr b = Binarize(square.get());
    if (b) p.gray = std::move(square), p.binary = std::move(b), p.frame = squared;
  }
  return p;
}

}  // namespace baocao
