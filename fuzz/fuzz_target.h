// How a fuzz target is written once and built twice.
//
// Each fuzz/*_fuzzer.cc defines one entry function over raw bytes and names
// it with BAOCAO_FUZZ_TARGET:
//
//   int FuzzDocx(const std::uint8_t* data, std::size_t size) { ...; return 0; }
//   BAOCAO_FUZZ_TARGET(docx, FuzzDocx)
//
// - With BAOCAO_FUZZ (clang), fuzz/CMakeLists.txt builds it as the libFuzzer
//   binary fuzz_docx: the macro defines LLVMFuzzerTestOneInput, and
//   bench/fuzz.sh runs it.
// - In every build it is also compiled into fuzz_replay, where the macro
//   registers the entry under its name; `fuzz_replay docx FILE|DIR...` runs
//   it once on each file. CTest replays tests/data/fuzz-regressions/TARGET/
//   (every input a fuzzer ever crashed on) and the seeds this way, so a fixed
//   crash stays fixed in the ordinary build and the sanitizer build alike.
//
// An entry returns 0, or -1 for an input it will not look at (libFuzzer
// then keeps it out of the corpus). It reports a broken promise of the code
// under test (an invariant its header states) through FUZZ_CHECK, which
// aborts with the condition and the place: a crash the fuzzer keeps.
#ifndef BAOCAO_FUZZ_FUZZ_TARGET_H_
#define BAOCAO_FUZZ_FUZZ_TARGET_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace baocao::fuzz {

using Entry = int (*)(const std::uint8_t* data, std::size_t size);

// Registers `entry` for fuzz_replay (replay_main.cc). Returns true.
bool RegisterTarget(const char* name, Entry entry);

// Prints "fuzz check failed: WHAT at FILE:LINE" and aborts.
[[noreturn]] void CheckFailed(const char* what, const char* file, int line);

// Bob Jenkins' one-at-a-time hash of the input, as re2's fuzzer uses to pick
// options: the same input always gets the same options, and a mutation
// anywhere may flip any of them.
std::uint32_t Hash(const std::uint8_t* data, std::size_t size);

// The input as text.
inline std::string_view AsText(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// The source tree's rules/ (a compile-time path: fuzzers run from the tree).
const char* SourceRulesDirectory();

}  // namespace baocao::fuzz

#define FUZZ_CHECK(cond) \
  ((cond) ? static_cast<void>(0) : ::baocao::fuzz::CheckFailed(#cond, __FILE__, __LINE__))

#if defined(BAOCAO_LIBFUZZER)
#define BAOCAO_FUZZ_TARGET(name, entry)                                                      \
  extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {      \
    return entry(data, size);                                                                \
  }
#else
#define BAOCAO_FUZZ_TARGET(name, entry) \
  [[maybe_unused]] static const bool baocao_fuzz_registered_##name = ::baocao::fuzz::RegisterTarget(#name, entry);
#endif

#endif  // BAOCAO_FUZZ_FUZZ_TARGET_H_
