// Phone photos of a page made to look like scans, with Leptonica, before
// the page is read as any scan (ocr/image_prep.h):
//
//   the page's outline, when the desk shows around it: the paper is the
//   largest bright region of the picture, its four corners are mapped onto
//   an upright rectangle (perspective corrected), the desk cut away;
//
//   the lighting, when the paper's brightness varies over the page (a lamp
//   on one side, the phone's shadow, the lens's dark corners): divided by
//   the paper's own brightness, tile by tile, so the page is evenly white;
//
//   the keystone that remains when the camera was not square to the page
//   and no desk shows: the outermost long rules of the page's table — top,
//   bottom, left, right — meet at four corners that are mapped onto a
//   rectangle, so every rule is level or upright again.
//
//   PhotoFix fix;
//   PageFrame frame;                                   // pixels of `gray`
//   PixPtr flat = FlattenPhoto(gray, dpi, &fix, &frame);      // outline and lighting
//   ... turn upright, deskew ...
//   PixPtr square = SquareByRules(flat, dpi, &fix, &frame);   // keystone; null if none
//
// Each function composes the geometry it changed (the outline's or the
// keystone's projective map, in pixels) onto *frame, so boxes found on
// the result map back to the picture (layout/page_frame.h).
//
// A flat scan passes through unchanged (no desk, even paper, square rules).
//
// Thread safety: reentrant.
#ifndef BAOCAO_INGEST_OCR_PHOTO_H_
#define BAOCAO_INGEST_OCR_PHOTO_H_

#include "ingest/layout/image_pix.h"
#include "ingest/layout/page_frame.h"

namespace baocao {

struct PhotoFix {
  bool outline = false;   // the page's quadrilateral was found and straightened
  bool lighting = false;  // uneven lighting was evened out
  bool keystone = false;  // converging rules were made square
};

// REQUIRES: `gray` 8 bpp at `dpi`. Returns the page (a new image, or a
// clone of `gray` when nothing was done).
PixPtr FlattenPhoto(Pix* gray, double dpi, PhotoFix* fix, PageFrame* frame);

// REQUIRES: `gray` 8 bpp, upright and deskewed. Returns the squared page,
// or nullptr when its rules are square already (or too few to tell).
PixPtr SquareByRules(Pix* gray, double dpi, PhotoFix* fix, PageFrame* frame);

}  // namespace baocao

#endif  // BAOCAO_INGEST_OCR_PHOTO_H_
