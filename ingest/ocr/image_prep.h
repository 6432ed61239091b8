// A scanned page made ready for OCR with Leptonica: grey, turned upright
// (90/180/270 degrees, from the page's own text), deskewed (a few degrees),
// binarised against its background (uneven lighting, noise, JPEG).
//
//   std::optional<PreparedImage> p = PrepareForOcr(image);
//   if (p) ocr(p->binary);
//
// Thread safety: reentrant; `image` is only read.
#ifndef BAOCAO_INGEST_OCR_IMAGE_PREP_H_
#define BAOCAO_INGEST_OCR_IMAGE_PREP_H_

#include <optional>

#include "ingest/layout/image_pix.h"

namespace baocao {

struct PreparedImage {
  PixPtr gray;             // 8 bpp, upright, deskewed
  PixPtr binary;           // 1 bpp, ink = 1, same geometry as `gray`
  PixPtr faint;            // 1 bpp, anything darker than the paper: thin grey rules
  int quarter_turns = 0;   // clockwise quarter turns applied
  double skew_degrees = 0; // rotation applied to straighten the lines
};

// nullopt when Leptonica cannot convert the image (unsupported depth).
std::optional<PreparedImage> PrepareForOcr(Pix* image);

// Background-normalised Otsu binarisation of an 8 bpp image.
PixPtr Binarize(Pix* gray);

// Every pixel clearly darker than the paper (its median shade): keeps the
// thin, light table rules of a scan that Otsu's threshold drops.
PixPtr BinarizeFaint(Pix* gray);

}  // namespace baocao

#endif  // BAOCAO_INGEST_OCR_IMAGE_PREP_H_
