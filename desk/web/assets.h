// The files the browser loads (stylesheet, script) and the interface's
// strings, compiled into the binary from desk/web/assets/ (embed_assets.cmake).
#ifndef BAOCAO_DESK_WEB_ASSETS_H_
#define BAOCAO_DESK_WEB_ASSETS_H_

#include <cstddef>
#include <span>
#include <string_view>

namespace baocao::web {

struct EmbeddedAsset {
  const char* name;  // file name under assets/, e.g. "desk.js"
  const unsigned char* data;
  std::size_t size;
};

std::span<const EmbeddedAsset> EmbeddedAssets();

// The asset's bytes; empty when there is none of that name.
std::string_view FindAsset(std::string_view name);

}  // namespace baocao::web

#endif  // BAOCAO_DESK_WEB_ASSETS_H_
