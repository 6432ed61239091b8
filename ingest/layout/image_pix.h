// Ownership of Leptonica images: PixPtr frees a PIX when it goes out of
// scope, so no early return leaks a page bitmap.
//
//   PixPtr gray(pixConvertTo8(pix.get(), 0));
//   if (!gray) return Status::Internal("...");
//
// Also: silencing Leptonica's messages (it prints to stderr on bad input,
// which a hostile file must not be able to flood).
#ifndef BAOCAO_INGEST_LAYOUT_IMAGE_PIX_H_
#define BAOCAO_INGEST_LAYOUT_IMAGE_PIX_H_

#include <memory>

struct Pix;
struct Box;
struct Boxa;

namespace baocao {

struct PixDeleter {
  void operator()(Pix* pix) const;
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

struct BoxDeleter {
  void operator()(Box* box) const;
};
using BoxPtr = std::unique_ptr<Box, BoxDeleter>;

struct BoxaDeleter {
  void operator()(Boxa* boxa) const;
};
using BoxaPtr = std::unique_ptr<Boxa, BoxaDeleter>;

// Turns Leptonica's stderr messages off, once per process. Thread-safe.
void QuietLeptonica();

}  // namespace baocao

#endif  // BAOCAO_INGEST_LAYOUT_IMAGE_PIX_H_
