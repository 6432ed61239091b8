#include "ingest/layout/page_frame.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>
#include <utility>

namespace baocao {
namespace {

using Matrix = std::array<double, 9>;

constexpr Matrix kIdentity = {1, 0, 0, 0, 1, 0, 0, 0, 1};

// a then b: b * a.
Matrix Compose(const Matrix& a, const Matrix& b) {
  Matrix m{};
  for (int r = 0; r < 3; ++r) {
    for (int c = 0; c < 3; ++c) {
      double s = 0;
      for (int k = 0; k < 3; ++k) s += b[static_cast<std::size_t>(r * 3 + k)] * a[static_cast<std::size_t>(k * 3 + c)];
      m[static_cast<std::size_t>(r * 3 + c)] = s;
    }
  }
  return m;
}

PagePoint Apply(const Matrix& m, PagePoint p) {
  const double w = m[6] * p.x + m[7] * p.y + m[8];
  const double x = m[0] * p.x + m[1] * p.y + m[2], y = m[3] * p.x + m[4] * p.y + m[5];
  if (std::abs(w) < 1e-12) return {x, y};  // a point at infinity: cannot happen on a page
  return {x / w, y / w};
}

// The homography taking from[k] to to[k] (h33 = 1): eight linear equations,
// solved by Gaussian elimination with partial pivoting.
std::optional<Matrix> SolveProjective(const std::array<PagePoint, 4>& from, const std::array<PagePoint, 4>& to) {
  double a[8][9] = {};
  for (std::size_t k = 0; k < 4; ++k) {
    const double x = from[k].x, y = from[k].y, u = to[k].x, v = to[k].y;
    double* r0 = a[2 * k];
    double* r1 = a[2 * k + 1];
    r0[0] = x, r0[1] = y, r0[2] = 1, r0[6] = -u * x, r0[7] = -u * y, r0[8] = u;
    r1[3] = x, r1[4] = y, r1[5] = 1, r1[6] = -v * x, r1[7] = -v * y, r1[8] = v;
  }
  for (int col = 0; col < 8; ++col) {
    int pivot = col;
    for (int r = col + 1; r < 8; ++r) {
      if (std::abs(a[r][col]) > std::abs(a[pivot][col])) pivot = r;
    }
    if (std::abs(a[pivot][col]) < 1e-12) return std::nullopt;
    for (int c = 0; c < 9; ++c) std::swap(a[col][c], a[pivot][c]);
    for (int r = 0; r < 8; ++r) {
      if (r == col) continue;
      const double f = a[r][col] / a[col][col];
      for (int c = col; c < 9; ++c) a[r][c] -= f * a[col][c];
    }
  }
  Matrix m{};
  for (int i = 0; i < 8; ++i) m[static_cast<std::size_t>(i)] = a[i][8] / a[i][i];
  m[8] = 1;
  return m;
}

}  // namespace

PageFrame::PageFrame() : forward_(kIdentity), inverse_(kIdentity) {}

PageFrame PageFrame::Scale(double s) {
  return PageFrame({s, 0, 0, 0, s, 0, 0, 0, 1}, {1 / s, 0, 0, 0, 1 / s, 0, 0, 0, 1});
}

PageFrame PageFrame::QuarterTurns(int turns, double width, double height) {
  switch (((turns % 4) + 4) % 4) {
    case 1:  // x' = h - y, y' = x
      return PageFrame({0, -1, height, 1, 0, 0, 0, 0, 1}, {0, 1, 0, -1, 0, height, 0, 0, 1});
    case 2:  // x' = w - x, y' = h - y
      return PageFrame({-1, 0, width, 0, -1, height, 0, 0, 1}, {-1, 0, width, 0, -1, height, 0, 0, 1});
    case 3:  // x' = y, y' = w - x
      return PageFrame({0, 1, 0, -1, 0, width, 0, 0, 1}, {0, -1, width, 1, 0, 0, 0, 0, 1});
    default:
      return PageFrame();
  }
}

PageFrame PageFrame::Rotation(double radians, double cx, double cy) {
  // Clockwise on a page whose y grows downwards.
  const double c = std::cos(radians), s = std::sin(radians);
  const Matrix forward = {c, -s, cx - c * cx + s * cy, s, c, cy - s * cx - c * cy, 0, 0, 1};
  const Matrix inverse = {c, s, cx - c * cx - s * cy, -s, c, cy + s * cx - c * cy, 0, 0, 1};
  return PageFrame(forward, inverse);
}

std::optional<PageFrame> PageFrame::Projective(const std::array<PagePoint, 4>& from,
                                               const std::array<PagePoint, 4>& to) {
  std::optional<Matrix> forward = SolveProjective(from, to);
  std::optional<Matrix> inverse = SolveProjective(to, from);
  if (!forward || !inverse) return std::nullopt;
  return PageFrame(*forward, *inverse);
}

PageFrame PageFrame::Then(const PageFrame& next) const {
  return PageFrame(Compose(forward_, next.forward_), Compose(next.inverse_, inverse_));
}

PagePoint PageFrame::ToFound(PagePoint archived) const { return Apply(forward_, archived); }

PagePoint PageFrame::ToArchived(PagePoint found) const { return Apply(inverse_, found); }

BoundingBox PageFrame::ToArchived(const BoundingBox& found) const {
  if (IsIdentity()) return found;
  const PagePoint corners[4] = {{found.x0, found.y0}, {found.x1, found.y0}, {found.x1, found.y1}, {found.x0, found.y1}};
  BoundingBox out;
  for (int k = 0; k < 4; ++k) {
    const PagePoint p = ToArchived(corners[k]);
    if (k == 0) {
      out = {p.x, p.y, p.x, p.y};
      continue;
    }
    out.x0 = std::min(out.x0, p.x), out.y0 = std::min(out.y0, p.y);
    out.x1 = std::max(out.x1, p.x), out.y1 = std::max(out.y1, p.y);
  }
  return out;
}

bool PageFrame::IsIdentity() const { return forward_ == kIdentity; }

double ImageDpi(Pix* pix) {
  const int res = pixGetXRes(pix);
  if (res >= 70 && res <= 1200) return res;
  const int longest = std::max(pixGetWidth(pix), pixGetHeight(pix));
  return std::clamp(longest / 11.7, 100.0, 600.0);
}

}  // namespace baocao
