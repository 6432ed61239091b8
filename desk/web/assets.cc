#include "desk/web/assets.h"

namespace baocao::web {

std::string_view FindAsset(std::string_view name) {
  for (const EmbeddedAsset& a : EmbeddedAssets()) {
    if (name == a.name) return {reinterpret_cast<const char*>(a.data), a.size};
  }
  return {};
}

}  // namespace baocao::web
