// The batch test hooks (batch/test_hooks.h) driven by the environment,
// installed when the program starts. Linked only into test executables: the
// inbox tests and build/tests/batch/baocao_hooked (the real command line
// with these hooks), never into build/baocao.
//
//   BAOCAO_TEST_KILL_AT=<point>[:<n>]  the n-th time (default the first) this
//       process reaches <point>, it sends itself SIGKILL, exactly as `kill -9`
//       or a power cut would stop it there.
//   BAOCAO_TEST_HOOKS=1  a worker child whose file starts with
//       "BAOCAO-TEST-CHILD:segfault"  raises SIGSEGV,
//       "BAOCAO-TEST-CHILD:hang"      loops forever,
//       "BAOCAO-TEST-CHILD:allocate"  allocates (and touches) memory without bound,
//       "BAOCAO-TEST-CHILD:abort"     aborts (signal 6).
#include <signal.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <string_view>

#include "batch/test_hooks.h"

// AddressSanitizer, as clang (__has_feature) and GCC (__SANITIZE_ADDRESS__)
// say it: nested, since GCC 12 cannot parse __has_feature(...) at all.
#if defined(__SANITIZE_ADDRESS__)
#define BAOCAO_TEST_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BAOCAO_TEST_UNDER_ASAN 1
#endif
#endif

namespace baocao {
namespace {

class EnvTestHooks : public TestHooks {
 public:
  void At(const char* point) override {
    // Read once per process, at the first point: the kill count is the run's.
    static Target* target = ParseTarget();
    if (target == nullptr || target->point != point) return;
    if (++target->seen == target->nth) ::kill(::getpid(), SIGKILL);
  }

  void InWorkerChild(std::string_view bytes) override {
    const char* enabled = std::getenv("BAOCAO_TEST_HOOKS");
    if (enabled == nullptr || std::string_view(enabled) != "1") return;
    constexpr std::string_view kPrefix = "BAOCAO-TEST-CHILD:";
    if (bytes.substr(0, kPrefix.size()) != kPrefix) return;
    std::string_view what = bytes.substr(kPrefix.size());
    if (what.substr(0, 8) == "segfault") {
      // The default action, as the kernel gives a crashing converter: in the
      // sanitizer build ASan's own SIGSEGV handler would report and exit(1).
      ::signal(SIGSEGV, SIG_DFL);
      ::raise(SIGSEGV);
    }
    if (what.substr(0, 5) == "abort") std::abort();
    if (what.substr(0, 4) == "hang") {
      volatile std::uint64_t spin = 0;
      while (true) spin = spin + 1;
    }
    if (what.substr(0, 8) == "allocate") {
      while (true) {
        constexpr std::size_t kChunk = 16u << 20;
        char* chunk = AllocateOrCallNewHandler(kChunk);  // never freed: that is the point
        std::memset(chunk, 1, kChunk);
        *static_cast<volatile char*>(chunk) = 2;
      }
    }
  }

 private:
  // new char[n], as a converter allocates. ASan's operator new reports an
  // allocation failure and exits instead of calling the new-handler the worker
  // installs, so the sanitizer build takes what libstdc++'s operator new does
  // by hand: malloc (null under allocator_may_return_null), then the handler.
  static char* AllocateOrCallNewHandler(std::size_t n) {
#ifdef BAOCAO_TEST_UNDER_ASAN
    while (true) {
      if (void* p = std::malloc(n)) return static_cast<char*>(p);
      std::new_handler handler = std::get_new_handler();
      if (handler == nullptr) throw std::bad_alloc();
      handler();
    }
#else
    return new char[n];
#endif
  }

  struct Target {
    std::string point;
    int nth = 1;
    int seen = 0;
  };

  static Target* ParseTarget() {
    const char* env = std::getenv("BAOCAO_TEST_KILL_AT");
    if (env == nullptr || *env == '\0') return nullptr;
    auto* t = new Target();  // lives as long as the process
    std::string spec = env;
    std::size_t colon = spec.find(':');
    t->point = spec.substr(0, colon);
    if (colon != std::string::npos) t->nth = std::atoi(spec.c_str() + colon + 1);
    return t;
  }
};

// Installed before main() runs; this file is compiled into each test
// executable itself, so the initialiser is never dropped by the linker.
[[maybe_unused]] const bool kInstalled = [] {
  static EnvTestHooks hooks;
  InstallTestHooks(&hooks);
  return true;
}();

}  // namespace
}  // namespace baocao
