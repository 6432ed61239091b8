// SHA-256 of a byte string, as 64 lowercase hex digits (OpenSSL's libcrypto).
#ifndef BAOCAO_UTIL_SHA256_H_
#define BAOCAO_UTIL_SHA256_H_

#include <string>
#include <string_view>

namespace baocao {

std::string Sha256Hex(std::string_view bytes);

}  // namespace baocao

#endif  // BAOCAO_UTIL_SHA256_H_
