// A scanned page made ready for OCR with Leptonica: grey, a photo's page
// outline and lighting corrected (ocr/photo.h), turned upright (90/180/270
// degrees, from the page's own text), deskewed (a few degrees), a photo's
// keystone squared by its table's rules, binarised against its background
// (uneven lighting, noise, JPEG).
//
//   std::optional<PreparedImage> p = PrepareForOcr(image);
//   if (p) ocr(p->binary);
//
// Thread safety: reentrant; `image` is only read.
#ifndef BAOCAO_INGEST_OCR_IMAGE_PREP_H_
#define BAOCAO_INGEST_OCR_IMAGE_PREP_H_

#include <optional>

#include "ingest/layout/image_pix.h"
#include "ingest/ocr/photo.h"

namespace baocao {

struct PreparedImage {
  PixPtr gray;             // 8 bpp, upright, deskewed
  PixPtr binary;           // 1 bpp, ink = 1, same geometry as `gray`
  int quarter_turns = 0;   // clockwise quarter turns applied
  double skew_degrees = 0; // rotation applied to straighten the lines
  PhotoFix photo;          // what was done to a photo
  // Pixels of the image given -> pixels of `gray`: every step above
  // composed, so OCR boxes map back to the image (layout/page_frame.h).
  PageFrame frame;
};

// `dpi`: the image's resolution. nullopt when Leptonica cannot convert the
// image (unsupported depth).
std::optional<PreparedImage> PrepareForOcr(Pix* image, double dpi);

// Background-normalised Otsu binarisation of an 8 bpp image.
PixPtr Binarize(Pix* gray);

}  // namespace baocao

#endif  // BAOCAO_INGEST_OCR_IMAGE_PREP_H_
