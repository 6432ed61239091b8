// The worker wire (batch/worker_wire.h): what the parent reads from a
// child's pipe, on any bytes (a child that died mid-write, a bug, a
// compromised converter). A message that decodes must encode to bytes that
// decode to the same message.
#include <string>

#include "batch/worker_wire.h"
#include "fuzz/fuzz_target.h"

namespace {

int FuzzWorkerWire(const std::uint8_t* data, std::size_t size) {
  if (size > (64 << 10)) return -1;
  std::optional<baocao::Result<baocao::Processed>> outcome =
      baocao::DecodeOutcome(baocao::fuzz::AsText(data, size));
  if (!outcome) return 0;
  const std::string encoded = baocao::EncodeOutcome(*outcome);
  std::optional<baocao::Result<baocao::Processed>> again = baocao::DecodeOutcome(encoded);
  FUZZ_CHECK(again.has_value());
  FUZZ_CHECK(baocao::EncodeOutcome(*again) == encoded);
  return 0;
}

}  // namespace

BAOCAO_FUZZ_TARGET(worker_wire, FuzzWorkerWire)
