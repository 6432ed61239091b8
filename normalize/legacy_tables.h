// The legacy-encoding tables of normalize/data/*.tsv, compiled into the
// binary (embed_tables.cmake generates legacy_tables.cc from the TSV files at
// build time). Internal to baocao_normalize; other stages use legacy.h.
//
// Thread safety: constant data.
#ifndef BAOCAO_NORMALIZE_LEGACY_TABLES_H_
#define BAOCAO_NORMALIZE_LEGACY_TABLES_H_

#include <cstdint>
#include <span>

namespace baocao::normalize::internal {

// One letter of a legacy code: one or two bytes and the Unicode letter.
struct LegacyRow {
  std::uint8_t bytes[2];
  std::uint8_t length;  // 1 or 2
  char32_t unicode;
};

std::span<const LegacyRow> Tcvn3Rows();   // tcvn3.tsv: TCVN 5712:1993 VN3 (ABC fonts)
std::span<const LegacyRow> VniRows();     // vni.tsv: VNI-Windows
std::span<const LegacyRow> VisciiRows();  // viscii.tsv: VISCII 1.1 (RFC 1456)

}  // namespace baocao::normalize::internal

#endif  // BAOCAO_NORMALIZE_LEGACY_TABLES_H_
